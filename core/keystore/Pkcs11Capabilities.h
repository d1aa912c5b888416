// Pkcs11Capabilities: what a token can do for Keyward, found by asking it (C_GetMechanismList,
// C_GetMechanismInfo) and by trying (a trial wrap and unwrap with session keys).
#pragma once

#include "keystore/KeyStore.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace keyward::keystore {

struct Pkcs11Capabilities
{
    struct Mechanism
    {
        unsigned long type = 0;
        QString name;                 // CKM_AES_KEY_WRAP_PAD, or the hex value
        unsigned long minKeySize = 0; // as the token reports them: bits for RSA, bytes for AES
        unsigned long maxKeySize = 0;
        QStringList flags; // "generate", "generate-key-pair", "wrap", "unwrap", "encrypt", "decrypt", ...
        QJsonObject toJson() const;
    };

    QString module; // library description from C_GetInfo
    QString tokenLabel;
    QString tokenSerial;
    QString tokenModel;
    QString tokenManufacturer;
    QList<Mechanism> mechanisms; // every mechanism the token lists

    // The trial results: each is true only when a 32-byte key wrapped and unwrapped back to itself.
    bool aesKeyWrapPad = false; // CKM_AES_KEY_WRAP_PAD under an AES-256 key
    QString aesKeyWrapPadDetail;
    bool rsaOaep256 = false; // CKM_RSA_PKCS_OAEP with CKM_SHA256 and CKG_MGF1_SHA256
    QString rsaOaep256Detail;
    // Only looked at when RSA-OAEP-256 fails, to tell the admin why: Keyward never wraps with SHA-1.
    bool rsaOaepSha1Only = false;
    QList<int> rsaKeySizes; // of 2048/3072/4096, those CKM_RSA_PKCS_KEY_PAIR_GEN allows

    const Mechanism *mechanism(unsigned long type) const;
    // Ok when a KEK of this kind and size can be made and used on the token, else Unsupported saying why.
    Status supports(KeyKind kind, int bits) const;
    QJsonObject toJson() const;
};

} // namespace keyward::keystore
