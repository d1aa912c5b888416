// fuzz_rotation_policy: the Key Vault rotation-policy JSON (what `key policy set --from-json` reads, what a vault
// file and a PKCS#11 key record keep, what Key Vault answers). A policy that reads must write back to JSON that
// reads as the same policy, and its checks and due dates must not fail on any durations it holds.
#include "FuzzSupport.h"

#include "keystore/IsoDuration.h"
#include "keystore/KeyStore.h"

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace keyward;
    using namespace keyward::keystore;
    const QByteArray bytes = fuzz::bytesOf(data, size);

    // The duration grammar on its own: what parses prints as a duration that parses to the same value.
    if (auto d = IsoDuration::parse(QString::fromUtf8(bytes))) {
        auto again = IsoDuration::parse(d->toString());
        KW_FUZZ_CHECK(again && again->years * 12 + again->months == d->years * 12 + d->months &&
                      again->days == d->days);
    }

    const QJsonObject json = QJsonDocument::fromJson(bytes).object();
    auto policy = RotationPolicy::fromKeyVaultJson(json);
    if (!policy)
        return 0;
    const QByteArray written = QJsonDocument(policy->toKeyVaultJson()).toJson(QJsonDocument::Compact);
    auto again = RotationPolicy::fromKeyVaultJson(QJsonDocument::fromJson(written).object());
    KW_FUZZ_CHECK(again);
    KW_FUZZ_CHECK(*again == *policy);
    const Status valid = policy->validate();
    KW_FUZZ_CHECK(valid.ok() == again->validate().ok());
    KeyVersionInfo latest;
    latest.created = QDateTime(QDate(2026, 1, 31), QTime(12, 0), Qt::UTC);
    latest.expires = latest.created.addYears(2);
    // A policy that rotates after creation always has a due date.
    const auto due = policy->nextRotation(latest);
    KW_FUZZ_CHECK(!policy->rotateAfterCreate || due);
    return 0;
}
