// fuzz_pkcs11_record: what Keyward reads back from a PKCS#11 token: its key records (keyward-pkcs11-key/1 JSON in
// a data object anyone with the PIN can write) and pkcs11: URIs (RFC 7512) of key objects. What parses must write
// back to the same thing.
#include "FuzzSupport.h"

#include "keystore/Pkcs11KeyRecord.h"
#include "keystore/Pkcs11Uri.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace keyward;
    using namespace keyward::keystore;
    const QByteArray bytes = fuzz::bytesOf(data, size);

    if (auto uri = Pkcs11Uri::parse(QString::fromUtf8(bytes))) {
        auto again = Pkcs11Uri::parse(uri->toString());
        KW_FUZZ_CHECK(again);
        KW_FUZZ_CHECK(*again == *uri);
    }

    auto record = Pkcs11KeyRecord::fromJson(bytes);
    if (!record)
        return 0;
    // The newest version resolves, when there is one; a named one resolves to itself.
    KW_FUZZ_CHECK(record->versions.isEmpty() || record->resolve(QString()) != nullptr);
    for (const auto &v : std::as_const(record->versions)) {
        const auto *found = record->resolve(v.version);
        KW_FUZZ_CHECK(found && found->version == v.version);
    }
    auto again = Pkcs11KeyRecord::fromJson(record->toJson());
    KW_FUZZ_CHECK(again);
    KW_FUZZ_CHECK(again->name == record->name && again->kind == record->kind && again->bits == record->bits &&
                  again->revision == record->revision && again->versions.size() == record->versions.size() &&
                  again->rotationPolicy.has_value() == record->rotationPolicy.has_value() &&
                  again->deleted.has_value() == record->deleted.has_value());
    KW_FUZZ_CHECK(again->toJson() == record->toJson());
    return 0;
}
