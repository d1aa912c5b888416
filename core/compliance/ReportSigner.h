// ReportSigner: signed evidence. A report's bytes are signed (PS256: RSA-PSS, SHA-256, MGF1-SHA-256, 32-byte
// salt) with the report-signing key kept in a local vault of the data directory, the signature written beside
// the report; a signed report is checked by its signature, then by the rotation history's head it carries, so a
// history rewritten after the report was signed shows.
#pragma once

#include "compliance/HistoryAnchor.h"
#include "keystore/LocalVault.h"
#include "services/Context.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <map>
#include <memory>

namespace keyward::compliance {

// A report's signature and the key version that made it (vault://<vault>/keys/keyward-report-signing/<version>).
struct SignedReport
{
    QString keyId;
    QByteArray signature; // raw, as `openssl dgst -signature` reads it
};

// The public half of one version of the report-signing key.
struct SigningPublicKey
{
    QString keyId;
    QByteArray pem; // SubjectPublicKeyInfo, PEM
};

class ReportSigner
{
public:
    explicit ReportSigner(services::Context &context);
    ~ReportSigner();
    ReportSigner(const ReportSigner &) = delete;
    ReportSigner &operator=(const ReportSigner &) = delete;

    // "keyward-report-signing": RSA-3072, operations sign and verify; versions expire after two years and a new
    // one is made 30 days before (its rotation policy).
    static QString keyName();

    // The local vault that keeps the key: `vault` when named (NotFound, StoreNotFound, when the registry has no
    // such store; InvalidArgument, SigningVaultNotLocal, when it is not a local vault), else the registry's only
    // local vault (NotFound, SigningVaultNone, when it has none; InvalidArgument, SigningVaultAmbiguous, when it
    // has several).
    Result<QString> chooseVault(const QString &vault = {}) const;

    // Signs `document` with the newest version of the key. The key is made on first use, and a new version once
    // its rotation policy says so or the newest has expired; both are audited ("report.signing-key").
    Result<SignedReport> sign(QByteArrayView document, const QString &vault = {});
    // The newest version's public key, PEM (made on first use, as for sign()), and that version's id.
    Result<SigningPublicKey> currentPublicKey(const QString &vault = {});
    Result<QByteArray> publicKeyPem(const QString &vault = {});
    // Every version's public key, newest first, to check a report signed by any of them. Makes nothing:
    // NotFound (KeyNotFound) when the vault has no report-signing key.
    Result<QList<SigningPublicKey>> publicKeys(const QString &vault = {});

private:
    Result<keystore::LocalVault *> open(const QString &vault);
    // The newest version, made or rotated (audited) as sign() says.
    Result<keystore::KeyVersionInfo> currentVersion(keystore::LocalVault &vault, const QString &vaultName);
    // The chosen vault, opened, and the key's newest version in it (made or rotated as currentVersion() says).
    struct CurrentKey
    {
        QString vault;
        keystore::LocalVault *store = nullptr;
        keystore::KeyVersionInfo version;
    };
    Result<CurrentKey> current(const QString &vault);

    services::Context &m_context;
    std::map<QString, std::unique_ptr<keystore::LocalVault>> m_vaults; // opened (and unlocked) once each
};

// Where a report's signature goes: `reportPath` + ".sig".
QString signaturePath(const QString &reportPath);

// Writes the report to `path` and its raw signature to signaturePath(path), each through a temporary file renamed
// into place (util/SafeWrite), readable by all (0644: reports are for auditors). A symbolic link at either target
// is refused before anything is written. On failure: Io, reason OutputNotWritten.
Status writeSignedReport(const QString &path, const QByteArray &document, const SignedReport &signature);

// How a signed report's history anchor compares with the catalog's rotation history now.
enum class AnchorState
{
    NotChecked,    // the signature does not verify, so nothing the report says was trusted
    NoAnchor,      // the report carries no "history" (or is not a JSON object)
    Malformed,     // its "history" is not of the documented shape
    Intact,        // the chain verifies and still holds the report's head entry, with the same hash
    ChainBroken,   // the chain itself no longer verifies (an entry edited, removed, inserted or reordered)
    HeadMissing,   // the chain verifies but has no entry S: the history was rewritten shorter
    HeadDiffers,   // entry S is there with another hash: the history was rewritten
    EntriesDiffer, // entry S matches but the report counts another number of entries up to it
};

struct ReportVerification
{
    bool signatureValid = false;
    QString keyId;             // the vault key version that verified; empty for a key given as a PEM
    QByteArray keyFingerprint; // SHA-256 of the verifying key's DER SubjectPublicKeyInfo; empty when none verified
    AnchorState anchor = AnchorState::NotChecked;
    bool historyChecked = false; // the anchor was read and compared (Intact, ChainBroken, HeadMissing, ...)
    bool historyIntact = false;  // anchor == Intact
    QString historyProblem;      // English, for logs and --json: what is wrong, when something is
    qint64 entries = 0;          // as the report says
    qint64 headSeq = 0;
    QByteArray headHash;
    qint64 badSeq = -1; // ChainBroken: where the chain breaks
};

// Checks `signature` over `document` with `publicKeyPem` (Format when it is not an RSA public key PEM), then, if
// it verifies, the history anchor against the catalog.
Result<ReportVerification> verifyReport(services::Context &context, const QByteArray &document,
                                        const QByteArray &signature, const QByteArray &publicKeyPem);
// The same with the first of `keys` that verifies (ReportSigner::publicKeys).
Result<ReportVerification> verifyReport(services::Context &context, const QByteArray &document,
                                        const QByteArray &signature, const QList<SigningPublicKey> &keys);

} // namespace keyward::compliance
