// VaultFile: the local vault's on-disk form (keyward-vault/1): a checksummed header naming how the master
// key is kept, and a body sealed with AES-256-GCM under a key derived from it; key material inside the
// body is sealed again, per version, bound to the version's identifier.
#pragma once

#include "crypto/Scrypt.h"
#include "crypto/SecureBytes.h"
#include "keystore/KeyStore.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace keyward::keystore {

enum class VaultProtection
{
    Keychain,   // the master key is an entry in the OS keychain
    Passphrase, // the master key is wrapped under a key derived from a passphrase with scrypt
};

struct VaultHeader
{
    QString name;
    QString id; // random; names the keychain entry and salts the key derivations
    VaultProtection protection = VaultProtection::Keychain;
    QString keychainEntry;
    QByteArray salt; // scrypt salt
    crypto::ScryptParams scrypt;
    QByteArray wrappedMaster; // AES-KWP(scrypt(passphrase), master)
    QByteArray keyCheck;      // tells a wrong master key from a tampered body
};

struct VaultVersion
{
    QString version;
    QDateTime created;
    QDateTime updated;
    std::optional<QDateTime> notBefore;
    std::optional<QDateTime> expires;
    bool enabled = true;
    QStringList operations;
    QByteArray sealedMaterial; // nonce || AES-256-GCM(material key, key material) || tag; AAD = the version's id
};

struct VaultKey
{
    QString name;
    KeyKind kind = KeyKind::Rsa;
    int bits = 0;
    QList<VaultVersion> versions; // oldest first
    std::optional<RotationPolicy> policy;
    std::optional<QDateTime> deletedOn;
    std::optional<QDateTime> scheduledPurge;
};

struct VaultContents
{
    bool softDelete = true;
    bool purgeProtection = true;
    int retentionDays = 90;
    qint64 revision = 0;
    QList<VaultKey> keys;
};

class VaultFile
{
public:
    // Checks the checksum and the header, before any key is used. A Format error means a corrupt file.
    static Result<VaultFile> parse(const QByteArray &bytes);
    static Result<QByteArray> encode(const VaultHeader &header, const VaultContents &contents,
                                     const crypto::SecureBytes &master);

    const VaultHeader &header() const { return m_header; }
    // Key: the master key is not this vault's. Format: the body was altered (it authenticates nowhere).
    Result<VaultContents> open(const crypto::SecureBytes &master) const;

    // Passphrase vaults: WrongPassphrase when the passphrase does not unwrap the master key.
    static Result<crypto::SecureBytes> masterFromPassphrase(const VaultHeader &header,
                                                            const crypto::SecureBytes &passphrase);
    // Fills salt, scrypt parameters and wrappedMaster for a new passphrase.
    static Status protectWithPassphrase(VaultHeader &header, const crypto::SecureBytes &master,
                                        const crypto::SecureBytes &passphrase);
    static Result<QByteArray> keyCheckFor(const VaultHeader &header, const crypto::SecureBytes &master);

    // Key material sealing, bound to the full versioned key id.
    static Result<QByteArray> sealMaterial(const VaultHeader &header, const crypto::SecureBytes &master,
                                           const QString &keyId, const crypto::SecureBytes &material);
    static Result<crypto::SecureBytes> openMaterial(const VaultHeader &header, const crypto::SecureBytes &master,
                                                    const QString &keyId, const QByteArray &sealed);

private:
    VaultHeader m_header;
    QByteArray m_headerJson; // the authenticated header bytes (AAD of the body)
    QByteArray m_nonce;
    QByteArray m_body;
};

} // namespace keyward::keystore
