// Pkcs11Capabilities: turning probe results into yes/no answers with reasons, and into JSON.
#include "keystore/Pkcs11Capabilities.h"

#include <QJsonArray>

#include <p11-kit/pkcs11.h>

namespace keyward::keystore {

QJsonObject Pkcs11Capabilities::Mechanism::toJson() const
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("type"), QStringLiteral("0x%1").arg(type, 0, 16)},
                       {QStringLiteral("min_key_size"), qint64(minKeySize)},
                       {QStringLiteral("max_key_size"), qint64(maxKeySize)},
                       {QStringLiteral("flags"), QJsonArray::fromStringList(flags)}};
}

const Pkcs11Capabilities::Mechanism *Pkcs11Capabilities::mechanism(unsigned long type) const
{
    for (const Mechanism &m : mechanisms)
        if (m.type == type)
            return &m;
    return nullptr;
}

Status Pkcs11Capabilities::supports(KeyKind kind, int bits) const
{
    if (kind == KeyKind::Aes) {
        if (!aesKeyWrapPad)
            return Error::make(ErrorCode::Unsupported,
                               QStringLiteral("token '%1' cannot wrap keys with CKM_AES_KEY_WRAP_PAD under an AES-256 "
                                              "key: %2")
                                   .arg(tokenLabel, aesKeyWrapPadDetail));
        if (bits != 256)
            return Error::make(ErrorCode::Unsupported, QStringLiteral("Keyward makes AES keys of 256 bits only"));
        return {};
    }
    if (!rsaOaep256)
        return Error::make(ErrorCode::Unsupported,
                           QStringLiteral("token '%1' cannot wrap keys with RSA-OAEP-256 (OAEP-SHA-256: "
                                          "CKM_RSA_PKCS_OAEP with SHA-256 and MGF1-SHA-256): %2. Keyward never "
                                          "falls back to OAEP with "
                                          "SHA-1, PKCS#1 v1.5 or raw RSA; create an AES-256 key "
                                          "(CKM_AES_KEY_WRAP_PAD) on this token instead")
                               .arg(tokenLabel, rsaOaep256Detail));
    if (!rsaKeySizes.contains(bits)) {
        const Mechanism *gen = mechanism(CKM_RSA_PKCS_KEY_PAIR_GEN);
        return Error::make(ErrorCode::Unsupported,
                           gen ? QStringLiteral("token '%1' cannot generate %2-bit RSA keys (it allows %3 to %4 bits)")
                                     .arg(tokenLabel)
                                     .arg(bits)
                                     .arg(gen->minKeySize)
                                     .arg(gen->maxKeySize)
                               : QStringLiteral("token '%1' cannot generate RSA key pairs").arg(tokenLabel));
    }
    return {};
}

QJsonObject Pkcs11Capabilities::toJson() const
{
    QJsonArray mechs;
    for (const Mechanism &m : mechanisms)
        mechs.append(m.toJson());
    QJsonArray sizes;
    for (int s : rsaKeySizes)
        sizes.append(s);
    return QJsonObject{
        {QStringLiteral("module"), module},
        {QStringLiteral("token"), tokenLabel},
        {QStringLiteral("serial"), tokenSerial},
        {QStringLiteral("model"), tokenModel},
        {QStringLiteral("manufacturer"), tokenManufacturer},
        {QStringLiteral("mechanisms"), mechs},
        {QStringLiteral("aes_key_wrap_pad"),
         QJsonObject{{QStringLiteral("usable"), aesKeyWrapPad}, {QStringLiteral("detail"), aesKeyWrapPadDetail}}},
        {QStringLiteral("rsa_oaep_256"), QJsonObject{{QStringLiteral("usable"), rsaOaep256},
                                                     {QStringLiteral("detail"), rsaOaep256Detail},
                                                     {QStringLiteral("sha1_only"), rsaOaepSha1Only}}},
        {QStringLiteral("rsa_key_sizes"), sizes},
    };
}

} // namespace keyward::keystore
