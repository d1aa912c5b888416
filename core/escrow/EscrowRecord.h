// EscrowRecord: the `keyward-escrow/1` break-glass record: one FK re-wrapped to an escrow RSA public key.
#pragma once

#include "crypto/RsaKey.h"
#include "crypto/SecureBytes.h"
#include "util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace keyward::escrow {

struct EscrowRecord
{
    static constexpr const char *FormatName = "keyward-escrow/1";

    QString workspace;
    QString feature;            // managed-services | dbfs-root | managed-disks | platform
    QByteArray fkId;            // 16 bytes
    QString alg;                // RSA-OAEP-256
    QByteArray recipientSha256; // 32 bytes: SHA-256 of the recipient's DER SubjectPublicKeyInfo
    QByteArray wrappedFk;

    // Format errors for anything that is not a well-formed record of this format.
    static Result<EscrowRecord> fromJson(const QByteArray &json);
    QByteArray toJson() const;

    // Wraps `fk` to `recipient` (RSA-OAEP-256).
    static Result<EscrowRecord> create(const QString &workspace, const QString &feature, const QByteArray &fkId,
                                       const crypto::SecureBytes &fk, const crypto::RsaPublicKey &recipient);
    // Key errors: the record is for another escrow key, or the FK does not decrypt to 32 bytes.
    Result<crypto::SecureBytes> open(const crypto::RsaPrivateKey &escrowKey) const;
};

} // namespace keyward::escrow
