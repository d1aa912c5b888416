// ReportSigner: the report-signing key in a local vault, signed reports on disk, and their verification against
// the signature and the rotation history.
#include "compliance/ReportSigner.h"

#include "catalog/HistoryChain.h"
#include "crypto/RsaKey.h"
#include "util/SafeWrite.h"

#include <QJsonDocument>
#include <QJsonValue>

namespace keyward::compliance {

namespace {

constexpr int SigningKeyBits = 3072;
const QString AuditAction = QStringLiteral("report.signing-key");

QStringList signingOperations()
{
    return {QStringLiteral("sign"), QStringLiteral("verify")};
}

// NIST SP 800-57 Part 1 gives a private signature key a cryptoperiod of one to three years: versions live two,
// and the next one is made a month before.
keystore::RotationPolicy signingPolicy()
{
    keystore::RotationPolicy policy;
    policy.expiryTime = keystore::IsoDuration{2, 0, 0};
    policy.rotateBeforeExpiry = keystore::IsoDuration{0, 0, 30};
    return policy;
}

QString dateText(const std::optional<QDateTime> &t)
{
    return t ? t->toUTC().toString(Qt::ISODate) : QStringLiteral("never");
}

// The vault's refusals of a version, as the reasons the front ends already word.
Error withReason(Error e, const QString &vault, const keystore::KeyVersionInfo &v)
{
    if (e.reason != Reason::None)
        return e;
    switch (e.code) {
    case ErrorCode::KeyDisabled:
        return Error::because(e.code, Reason::KeyVersionDisabled, {vault, v.name, v.version}, e.detail);
    case ErrorCode::KeyExpired:
        return Error::because(e.code, Reason::KeyVersionExpired, {vault, v.name, v.version, dateText(v.expires)},
                              e.detail);
    case ErrorCode::KeyNotYetValid:
        return Error::because(e.code, Reason::KeyVersionNotYetValid, {vault, v.name, v.version, dateText(v.notBefore)},
                              e.detail);
    case ErrorCode::Forbidden:
        return Error::because(e.code, Reason::KeyOperationMissing,
                              {vault, v.name, v.version, QStringLiteral("sign"), v.operations.join(QLatin1Char(','))},
                              e.detail);
    default:
        return e;
    }
}

Error keyMissing(const QString &vault)
{
    return Error::because(ErrorCode::NotFound, Reason::KeyNotFound, {vault, ReportSigner::keyName()},
                          QStringLiteral("vault '%1' has no report-signing key").arg(vault));
}

void checkAnchor(services::Context &context, const QByteArray &document, ReportVerification &out, Status &failure)
{
    auto anchor = HistoryAnchor::fromReport(document);
    if (!anchor) {
        out.anchor = anchor.error().code == ErrorCode::NotFound ? AnchorState::NoAnchor : AnchorState::Malformed;
        out.historyProblem = anchor.error().detail;
        return;
    }
    out.entries = anchor->entries;
    out.headSeq = anchor->headSeq;
    out.headHash = anchor->headHash;
    out.historyChecked = true;

    auto catalog = context.catalog();
    if (!catalog) {
        failure = catalog.error();
        return;
    }
    auto check = (*catalog)->verifyHistory();
    if (!check) {
        failure = check.error();
        return;
    }
    if (!check->intact) {
        out.anchor = AnchorState::ChainBroken;
        out.badSeq = check->badSeq;
        out.historyProblem = check->problem;
        return;
    }
    auto entries = (*catalog)->history();
    if (!entries) {
        failure = entries.error();
        return;
    }
    out.anchor = AnchorState::Intact;
    if (anchor->headSeq == 0)
        return; // signed over an empty history: only the chain's own check applies
    const catalog::HistoryEntry *head = nullptr;
    qint64 upToHead = 0;
    for (const catalog::HistoryEntry &e : *entries) {
        if (e.seq <= anchor->headSeq)
            ++upToHead;
        if (e.seq == anchor->headSeq)
            head = &e;
    }
    if (!head) {
        out.anchor = AnchorState::HeadMissing;
        out.historyProblem =
            QStringLiteral("the rotation history has no entry %1, which was its head when the report was signed: it "
                           "was rewritten")
                .arg(anchor->headSeq);
    } else if (head->hash != anchor->headHash) {
        out.anchor = AnchorState::HeadDiffers;
        out.historyProblem = QStringLiteral("entry %1 of the rotation history has another hash than when the report "
                                            "was signed: the history was rewritten")
                                 .arg(anchor->headSeq);
    } else if (upToHead != anchor->entries) {
        out.anchor = AnchorState::EntriesDiffer;
        out.historyProblem = QStringLiteral("the report counts %1 entries up to entry %2; the history holds %3")
                                 .arg(anchor->entries)
                                 .arg(anchor->headSeq)
                                 .arg(upToHead);
    }
}

} // namespace

ReportSigner::ReportSigner(services::Context &context) : m_context(context) {}

ReportSigner::~ReportSigner() = default;

QString ReportSigner::keyName()
{
    return QStringLiteral("keyward-report-signing");
}

Result<QString> ReportSigner::chooseVault(const QString &vault) const
{
    if (!vault.isEmpty()) {
        auto config = m_context.registry().find(vault);
        if (!config) {
            if (config.error().code == ErrorCode::NotFound)
                return Error::because(ErrorCode::NotFound, Reason::StoreNotFound, {vault}, config.error().detail);
            return config.error();
        }
        if (config->kind != QLatin1String("local"))
            return Error::because(ErrorCode::InvalidArgument, Reason::SigningVaultNotLocal, {vault},
                                  QStringLiteral("store '%1' is not a local vault").arg(vault));
        return vault;
    }
    auto all = m_context.registry().list();
    if (!all)
        return all.error();
    QStringList local;
    for (const keystore::StoreConfig &c : *all)
        if (c.kind == QLatin1String("local"))
            local << c.name;
    if (local.isEmpty())
        return Error::because(ErrorCode::NotFound, Reason::SigningVaultNone, {},
                              QStringLiteral("there is no local vault to keep the report-signing key in"));
    if (local.size() > 1)
        return Error::because(
            ErrorCode::InvalidArgument, Reason::SigningVaultAmbiguous, {local.join(QStringLiteral(", "))},
            QStringLiteral("several local vaults (%1): name the one that keeps the report-signing key")
                .arg(local.join(QStringLiteral(", "))));
    return local.first();
}

Result<keystore::LocalVault *> ReportSigner::open(const QString &vault)
{
    if (const auto it = m_vaults.find(vault); it != m_vaults.end())
        return it->second.get();
    auto config = m_context.registry().find(vault);
    if (!config)
        return config.error();
    auto opened =
        keystore::LocalVault::open(config->vaultPath, m_context.secrets(), m_context.prompt(), m_context.clock());
    if (!opened)
        return opened.error();
    auto *raw = opened->get();
    m_vaults[vault] = std::move(opened).value();
    return raw;
}

Result<keystore::KeyVersionInfo> ReportSigner::currentVersion(keystore::LocalVault &vault, const QString &vaultName)
{
    const QString name = keyName();
    const QString target = vaultName + QLatin1Char('/') + name;
    const QDateTime now = m_context.clock().now();
    auto latest = vault.keyVersion(name);
    if (!latest && latest.error().code != ErrorCode::NotFound)
        return latest.error();

    keystore::KeyVersionInfo made;
    QString detail; // Context::change reads it once the change has run
    if (!latest) {
        const keystore::RotationPolicy policy = signingPolicy();
        const Status st = m_context.change(AuditAction, target, detail, [&](catalog::Catalog &) -> Status {
            keystore::CreateKeyRequest request(name, keystore::KeyKind::Rsa, SigningKeyBits);
            request.operations = signingOperations();
            request.expires = policy.expiryTime->addTo(now);
            auto v = vault.createKey(request);
            if (!v)
                return v.error();
            made = *v;
            detail = QStringLiteral("made RSA-%1 (sign, verify), version %2, expires %3")
                         .arg(SigningKeyBits)
                         .arg(v->version, dateText(v->expires));
            // The key is usable without its policy: a policy that cannot be set is noted, not a failure.
            if (auto set = vault.setRotationPolicy(name, policy); !set)
                detail += QStringLiteral("; rotation policy not set: %1").arg(set.error().detail);
            return {};
        });
        if (!st)
            return st.error();
        return made;
    }

    auto policy = vault.rotationPolicy(name);
    if (!policy)
        return policy.error();
    const auto due = policy->nextRotation(*latest);
    if (!latest->isExpired(now) && !(due && *due <= now))
        return *latest;
    const QString previous = latest->version;
    const Status st = m_context.change(AuditAction, target, detail, [&](catalog::Catalog &) -> Status {
        auto v = vault.rotateKey(name);
        if (!v)
            return v.error();
        made = *v;
        detail = QStringLiteral("new version %1 after %2, expires %3").arg(v->version, previous, dateText(v->expires));
        return {};
    });
    if (!st)
        return st.error();
    return made;
}

Result<ReportSigner::CurrentKey> ReportSigner::current(const QString &vault)
{
    auto name = chooseVault(vault);
    if (!name)
        return name.error();
    auto opened = open(*name);
    if (!opened)
        return opened.error();
    auto version = currentVersion(**opened, *name);
    if (!version)
        return version.error();
    return CurrentKey{*name, *opened, *version};
}

Result<SignedReport> ReportSigner::sign(QByteArrayView document, const QString &vault)
{
    auto key = current(vault);
    if (!key)
        return key.error();
    auto signature = key->store->sign(keyName(), key->version.version, document);
    if (!signature)
        return withReason(signature.error(), key->vault, key->version);
    return SignedReport{key->version.id, *signature};
}

Result<QByteArray> ReportSigner::publicKeyPem(const QString &vault)
{
    auto key = currentPublicKey(vault);
    if (!key)
        return key.error();
    return key->pem;
}

Result<SigningPublicKey> ReportSigner::currentPublicKey(const QString &vault)
{
    auto key = current(vault);
    if (!key)
        return key.error();
    auto pem = key->store->publicKeyPem(keyName(), key->version.version);
    if (!pem)
        return pem.error();
    return SigningPublicKey{key->version.id, *pem};
}

Result<QList<SigningPublicKey>> ReportSigner::publicKeys(const QString &vault)
{
    auto name = chooseVault(vault);
    if (!name)
        return name.error();
    auto opened = open(*name);
    if (!opened)
        return opened.error();
    auto versions = (*opened)->listVersions(keyName());
    if (!versions) {
        if (versions.error().code == ErrorCode::NotFound)
            return keyMissing(*name);
        return versions.error();
    }
    QList<SigningPublicKey> keys;
    for (auto it = versions->crbegin(); it != versions->crend(); ++it) {
        auto pem = (*opened)->publicKeyPem(keyName(), it->version);
        if (!pem)
            return pem.error();
        keys << SigningPublicKey{it->id, *pem};
    }
    return keys;
}

QString signaturePath(const QString &reportPath)
{
    return reportPath + QStringLiteral(".sig");
}

Status writeSignedReport(const QString &path, const QByteArray &document, const SignedReport &signature)
{
    const QString sigPath = signaturePath(path);
    // Both refused before either is written, so a refusal leaves no report without its signature.
    if (auto st = refuseSymbolicLink(path); !st)
        return st;
    if (auto st = refuseSymbolicLink(sigPath); !st)
        return st;
    // Owner-only, like everything Keyward writes; the owner hands the pair on.
    const QFileDevice::Permissions readable = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (auto st = writeFileAtomically(path, document, readable); !st)
        return st;
    return writeFileAtomically(sigPath, signature.signature, readable);
}

Result<ReportVerification> verifyReport(services::Context &context, const QByteArray &document,
                                        const QByteArray &signature, const QByteArray &publicKeyPem)
{
    return verifyReport(context, document, signature, QList<SigningPublicKey>{{QString(), publicKeyPem}});
}

Result<ReportVerification> verifyReport(services::Context &context, const QByteArray &document,
                                        const QByteArray &signature, const QList<SigningPublicKey> &keys)
{
    ReportVerification out;
    for (const SigningPublicKey &k : keys) {
        auto key = crypto::RsaPublicKey::fromPem(k.pem);
        if (!key)
            return key.error();
        const Status verified = key->verifyPssSha256(document, signature);
        if (!verified) {
            if (verified.error().code != ErrorCode::Auth)
                return verified.error();
            continue;
        }
        auto fingerprint = key->spkiSha256();
        if (!fingerprint)
            return fingerprint.error();
        out.signatureValid = true;
        out.keyId = k.keyId;
        out.keyFingerprint = *fingerprint;
        break;
    }
    if (!out.signatureValid) {
        out.historyProblem = QStringLiteral("the signature does not verify, so the report's history head is not read");
        return out;
    }
    Status failure;
    checkAnchor(context, document, out, failure);
    if (!failure)
        return failure.error();
    out.historyIntact = out.anchor == AnchorState::Intact;
    return out;
}

} // namespace keyward::compliance
