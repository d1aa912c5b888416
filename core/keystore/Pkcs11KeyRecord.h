// Pkcs11KeyRecord: the Key Vault-like metadata of one key name on a token (its versions and their
// attributes, rotation policy, soft-delete state), kept as JSON in a CKO_DATA object beside the key objects.
#pragma once

#include "keystore/KeyStore.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace keyward::keystore {

struct Pkcs11KeyRecord
{
    struct Version
    {
        QString version; // 32 lowercase hex digits: the key objects' CKA_ID
        QDateTime created;
        QDateTime updated;
        std::optional<QDateTime> notBefore;
        std::optional<QDateTime> expires;
        bool enabled = true;
        QStringList operations;
    };

    struct Deletion
    {
        QDateTime deletedOn;
        QDateTime scheduledPurge;
        QString recoveryId;
    };

    QString name;
    KeyKind kind = KeyKind::Aes;
    int bits = 256;
    // Grows by one with every write. A data object's CKA_VALUE cannot be changed in place on every token,
    // so a write adds a new object and then removes the old one; after a crash between the two, the
    // higher revision is the truth.
    qint64 revision = 0;
    QList<Version> versions; // oldest first
    std::optional<RotationPolicy> rotationPolicy;
    std::optional<Deletion> deleted;

    Version *findVersion(const QString &version);
    const Version *findVersion(const QString &version) const;
    // An empty version means the newest.
    const Version *resolve(const QString &version) const;

    QByteArray toJson() const; // compact UTF-8, format "keyward-pkcs11-key/1"
    // Format error when the bytes are not a key record Keyward wrote.
    static Result<Pkcs11KeyRecord> fromJson(const QByteArray &json);
};

} // namespace keyward::keystore
