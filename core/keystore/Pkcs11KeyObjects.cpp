// Pkcs11KeyObjects: the attribute templates of key version objects, and the token calls that make, find,
// change and use them. docs/PKCS11.md lists the attributes.
#include "keystore/Pkcs11KeyObjects.h"

#include "crypto/Random.h"
#include "keystore/Pkcs11Error.h"
#include "keystore/Pkcs11Session.h"

#include <cstring>

namespace keyward::keystore {

namespace {

constexpr int kVersionIdSize = 16;

// Every object of the version, whatever its class: they share the key name and the version's CKA_ID.
Pkcs11Template &versionMatch(Pkcs11Template &t, const QString &name, const QString &version)
{
    return t.addBool(CKA_TOKEN, true)
        .addText(CKA_LABEL, name)
        .addBytes(CKA_ID, QByteArray::fromHex(version.toLatin1()));
}

} // namespace

Pkcs11Template &Pkcs11KeyObjects::featureKeyTemplate(Pkcs11Template &t)
{
    return t.addULong(CKA_CLASS, CKO_SECRET_KEY)
        .addULong(CKA_KEY_TYPE, CKK_GENERIC_SECRET)
        .addBool(CKA_TOKEN, false)
        .addBool(CKA_PRIVATE, true)
        .addBool(CKA_SENSITIVE, false)
        .addBool(CKA_EXTRACTABLE, true)
        .addBool(CKA_ENCRYPT, false)
        .addBool(CKA_DECRYPT, false)
        .addBool(CKA_SIGN, false)
        .addBool(CKA_VERIFY, false)
        .addBool(CKA_WRAP, false)
        .addBool(CKA_UNWRAP, false)
        .addBool(CKA_DERIVE, false);
}

CK_RSA_PKCS_OAEP_PARAMS Pkcs11KeyObjects::oaepSha256Params()
{
    return CK_RSA_PKCS_OAEP_PARAMS{CKM_SHA256, CKG_MGF1_SHA256, CKZ_DATA_SPECIFIED, nullptr, 0};
}

bool Pkcs11KeyObjects::isMechanismRefusal(CK_RV rv)
{
    return rv == CKR_MECHANISM_INVALID || rv == CKR_MECHANISM_PARAM_INVALID || rv == CKR_ARGUMENTS_BAD ||
           rv == CKR_FUNCTION_NOT_SUPPORTED;
}

Pkcs11KeyObjects::Pkcs11KeyObjects(Pkcs11Session &session, QString tokenText)
    : m_session(session), m_tokenText(std::move(tokenText))
{
}

Result<QString> Pkcs11KeyObjects::generate(const Pkcs11KeyRecord &record, const std::optional<QDateTime> &notBefore,
                                           const std::optional<QDateTime> &expires, const QStringList &operations)
{
    auto idBytes = crypto::SystemRandom::instance().publicBytes(kVersionIdSize);
    if (!idBytes)
        return idBytes.error();
    const QString version = QString::fromLatin1(idBytes->toHex());
    const QString context = QStringLiteral("generating %1 %2-bit key %3 on %4")
                                .arg(keyKindName(record.kind))
                                .arg(record.bits)
                                .arg(record.name, m_tokenText);
    const bool wrap = operations.contains(QStringLiteral("wrapKey"));
    const bool unwrap = operations.contains(QStringLiteral("unwrapKey"));
    const bool encrypt = operations.contains(QStringLiteral("encrypt"));
    const bool decrypt = operations.contains(QStringLiteral("decrypt"));

    // Common to every object of the version: found by label and id, the dates as the token can hold them
    // (whole days; the metadata has the exact times).
    auto common = [&](Pkcs11Template &t) -> Pkcs11Template & {
        t.addBool(CKA_TOKEN, true)
            .addBool(CKA_MODIFIABLE, true) // so that disabling can also clear CKA_WRAP / CKA_UNWRAP
            .addText(CKA_LABEL, record.name)
            .addBytes(CKA_ID, *idBytes);
        if (notBefore)
            t.addDate(CKA_START_DATE, notBefore->toUTC().date());
        if (expires)
            t.addDate(CKA_END_DATE, expires->toUTC().date());
        return t;
    };

    if (record.kind == KeyKind::Aes) {
        CK_MECHANISM mech{CKM_AES_KEY_GEN, nullptr, 0};
        Pkcs11Template t;
        common(t)
            .addULong(CKA_CLASS, CKO_SECRET_KEY)
            .addULong(CKA_KEY_TYPE, CKK_AES)
            .addULong(CKA_VALUE_LEN, CK_ULONG(record.bits / 8))
            .addBool(CKA_PRIVATE, true)
            .addBool(CKA_SENSITIVE, true)
            .addBool(CKA_EXTRACTABLE, false)
            .addBool(CKA_WRAP, wrap)
            .addBool(CKA_UNWRAP, unwrap)
            .addBool(CKA_ENCRYPT, encrypt)
            .addBool(CKA_DECRYPT, decrypt)
            .addBool(CKA_SIGN, false)
            .addBool(CKA_VERIFY, false)
            .addBool(CKA_DERIVE, false);
        auto key = m_session.generateKey(mech, t, context);
        if (!key)
            return key.error();
        return version;
    }

    CK_MECHANISM mech{CKM_RSA_PKCS_KEY_PAIR_GEN, nullptr, 0};
    const QByteArray exponent("\x01\x00\x01", 3);
    Pkcs11Template pub;
    common(pub)
        .addULong(CKA_CLASS, CKO_PUBLIC_KEY)
        .addULong(CKA_KEY_TYPE, CKK_RSA)
        .addULong(CKA_MODULUS_BITS, CK_ULONG(record.bits))
        .addBytes(CKA_PUBLIC_EXPONENT, exponent)
        .addBool(CKA_PRIVATE, false)
        .addBool(CKA_WRAP, wrap)
        .addBool(CKA_ENCRYPT, encrypt)
        .addBool(CKA_VERIFY, false)
        .addBool(CKA_DERIVE, false);
    Pkcs11Template priv;
    common(priv)
        .addULong(CKA_CLASS, CKO_PRIVATE_KEY)
        .addULong(CKA_KEY_TYPE, CKK_RSA)
        .addBool(CKA_PRIVATE, true)
        .addBool(CKA_SENSITIVE, true)
        .addBool(CKA_EXTRACTABLE, false)
        .addBool(CKA_UNWRAP, unwrap)
        .addBool(CKA_DECRYPT, decrypt)
        .addBool(CKA_SIGN, false)
        .addBool(CKA_DERIVE, false);
    auto pair = m_session.generateKeyPair(mech, pub, priv, context);
    if (!pair)
        return pair.error();
    return version;
}

Result<QList<std::pair<CK_OBJECT_HANDLE, CK_OBJECT_CLASS>>>
Pkcs11KeyObjects::keyObjects(const QString &name, const QString &version, const QString &context)
{
    Pkcs11Template match;
    versionMatch(match, name, version);
    auto objects = m_session.find(match, context);
    if (!objects)
        return objects.error();
    QList<std::pair<CK_OBJECT_HANDLE, CK_OBJECT_CLASS>> keys;
    for (CK_OBJECT_HANDLE h : *objects) {
        auto cls = m_session.attribute(h, CKA_CLASS, context);
        if (!cls)
            return cls.error();
        CK_OBJECT_CLASS c = CKO_DATA;
        if (cls->size() == sizeof c)
            memcpy(&c, cls->constData(), sizeof c);
        if (c == CKO_SECRET_KEY || c == CKO_PRIVATE_KEY || c == CKO_PUBLIC_KEY)
            keys.append({h, c}); // anything else is not ours: a certificate filed under the same label and id
    }
    return keys;
}

Status Pkcs11KeyObjects::destroy(const QString &name, const QString &version)
{
    const QString context = QStringLiteral("destroying version %1 of key %2 on %3").arg(version, name, m_tokenText);
    auto objects = keyObjects(name, version, context);
    if (!objects)
        return objects.error();
    for (const auto &[h, c] : *objects) {
        Q_UNUSED(c);
        if (Status s = m_session.destroy(h, context); !s)
            return s;
    }
    return {};
}

Status Pkcs11KeyObjects::setUsage(const QString &name, const QString &version, bool enabled,
                                  const QStringList &operations)
{
    // The metadata is what Keyward enforces; clearing the usage flags on the token as well keeps other tools
    // from using a disabled version. Tokens that refuse the change keep the metadata's word alone.
    const QString context =
        QStringLiteral("%1 version %2 of key %3 on %4")
            .arg(enabled ? QStringLiteral("enabling") : QStringLiteral("disabling"), version, name, m_tokenText);
    const bool wrap = enabled && operations.contains(QStringLiteral("wrapKey"));
    const bool unwrap = enabled && operations.contains(QStringLiteral("unwrapKey"));
    auto objects = keyObjects(name, version, context);
    if (!objects)
        return objects.error();
    for (const auto &[h, c] : *objects) {
        Pkcs11Template t;
        if (c == CKO_SECRET_KEY)
            t.addBool(CKA_WRAP, wrap).addBool(CKA_UNWRAP, unwrap);
        else if (c == CKO_PUBLIC_KEY)
            t.addBool(CKA_WRAP, wrap);
        else if (c == CKO_PRIVATE_KEY)
            t.addBool(CKA_UNWRAP, unwrap);
        else
            continue;
        const CK_RV rv = m_session.functions()->C_SetAttributeValue(m_session.handle(), h, t.data(), t.size());
        if (rv != CKR_OK && rv != CKR_ATTRIBUTE_READ_ONLY && rv != CKR_ACTION_PROHIBITED &&
            rv != CKR_ATTRIBUTE_TYPE_INVALID && rv != CKR_TEMPLATE_INCONSISTENT)
            return pkcs11Error(rv, context);
    }
    return {};
}

Result<CK_OBJECT_HANDLE> Pkcs11KeyObjects::find(const QString &name, KeyKind kind, const QString &version, bool wrap,
                                                const QString &id, const QString &context)
{
    // Wrapping uses an RSA KEK's public half, unwrapping its private half; an AES KEK is one object.
    const CK_OBJECT_CLASS keyClass = kind == KeyKind::Aes ? CKO_SECRET_KEY : (wrap ? CKO_PUBLIC_KEY : CKO_PRIVATE_KEY);
    Pkcs11Template match;
    match.addULong(CKA_CLASS, keyClass)
        .addBool(CKA_TOKEN, true)
        .addText(CKA_LABEL, name)
        .addBytes(CKA_ID, QByteArray::fromHex(version.toLatin1()));
    auto found = m_session.find(match, context);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::make(ErrorCode::NotFound,
                           QStringLiteral("%1 no longer holds the key object of %2").arg(m_tokenText, id));
    return found->first();
}

Result<QByteArray> Pkcs11KeyObjects::wrap(KeyKind kind, CK_OBJECT_HANDLE kek, const crypto::SecureBytes &key,
                                          const QString &context)
{
    Pkcs11Template t;
    featureKeyTemplate(t).addSecret(CKA_VALUE, key);
    auto fk = m_session.create(t, context);
    if (!fk)
        return fk.error();
    Pkcs11Session::ScopedObject fkObject(m_session, *fk);

    CK_RSA_PKCS_OAEP_PARAMS params = oaepSha256Params();
    CK_MECHANISM mech = kind == KeyKind::Aes ? CK_MECHANISM{CKM_AES_KEY_WRAP_PAD, nullptr, 0}
                                             : CK_MECHANISM{CKM_RSA_PKCS_OAEP, &params, sizeof params};
    CK_RV rv = CKR_OK;
    auto wrapped = m_session.wrap(mech, kek, fkObject.get(), context, &rv);
    if (!wrapped && kind == KeyKind::Rsa && isMechanismRefusal(rv))
        return Error::make(ErrorCode::Unsupported,
                           QStringLiteral("%1: %2 refuses RSA-OAEP-256 (OAEP-SHA-256: CKM_RSA_PKCS_OAEP with SHA-256 "
                                          "and MGF1-SHA-256) with %3; Keyward never falls back to SHA-1, "
                                          "PKCS#1 v1.5 or raw RSA")
                               .arg(context, m_tokenText, pkcs11ReturnName(rv)));
    return wrapped;
}

Result<crypto::SecureBytes> Pkcs11KeyObjects::unwrap(KeyKind kind, CK_OBJECT_HANDLE kek, const QByteArray &wrapped,
                                                     const QString &context)
{
    CK_RSA_PKCS_OAEP_PARAMS params = oaepSha256Params();
    CK_MECHANISM mech = kind == KeyKind::Aes ? CK_MECHANISM{CKM_AES_KEY_WRAP_PAD, nullptr, 0}
                                             : CK_MECHANISM{CKM_RSA_PKCS_OAEP, &params, sizeof params};
    Pkcs11Template t;
    featureKeyTemplate(t);
    CK_RV rv = CKR_OK;
    auto unwrapped = m_session.unwrap(mech, kek, wrapped, t, context, &rv);
    if (!unwrapped) {
        if (kind == KeyKind::Rsa && isMechanismRefusal(rv) && rv != CKR_ARGUMENTS_BAD)
            return Error::make(ErrorCode::Unsupported,
                               QStringLiteral("%1: %2 refuses RSA-OAEP-256 (OAEP-SHA-256) with %3")
                                   .arg(context, m_tokenText, pkcs11ReturnName(rv)));
        // Tokens report a failed integrity check in different ways (SoftHSM2 says CKR_GENERAL_ERROR); with a
        // usable key and a mechanism the token takes, it means the input does not belong to this version.
        if (unwrapped.error().code == ErrorCode::Crypto)
            return Error::make(ErrorCode::Key,
                               QStringLiteral("%1: the wrapped key does not unwrap under this version; it is damaged "
                                              "or was wrapped under another key (%2)")
                                   .arg(context, pkcs11ReturnName(rv)));
        return unwrapped.error();
    }
    Pkcs11Session::ScopedObject fkObject(m_session, *unwrapped);
    auto value = m_session.secretValue(fkObject.get(), context);
    if (!value)
        return value.error();
    if (value->size() != kFeatureKeySize)
        return Error::make(ErrorCode::Key,
                           QStringLiteral("%1: the wrapped key is %2 bytes long, not a 32-byte feature key")
                               .arg(context)
                               .arg(value->size()));
    return std::move(*value);
}

} // namespace keyward::keystore
