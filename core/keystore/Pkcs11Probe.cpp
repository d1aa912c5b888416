// Pkcs11Probe: the mechanism list and the trial wraps behind Pkcs11Capabilities.
#include "keystore/Pkcs11Probe.h"

#include "crypto/Random.h"
#include "keystore/Pkcs11Error.h"
#include "keystore/Pkcs11KeyObjects.h"
#include "keystore/Pkcs11Session.h"

#include <utility>
#include <vector>

namespace keyward::keystore {

namespace {

Status compareRoundTrip(const crypto::SecureBytes &sent, const crypto::SecureBytes &back)
{
    if (!(sent == back))
        return Error::make(ErrorCode::Crypto, QStringLiteral("the key came back different from the one wrapped"));
    return {};
}

// Wraps a random 32-byte key and unwraps it again with throw-away keys: the only sure way to know that a
// token takes a mechanism with these exact parameters.
Status trialRoundTrip(Pkcs11Session &s, CK_MECHANISM &mechanism, CK_OBJECT_HANDLE wrapKey, CK_OBJECT_HANDLE unwrapKey,
                      CK_RV *rv, qsizetype *wrappedSize)
{
    auto fk = crypto::SystemRandom::instance().secretBytes(Pkcs11KeyObjects::kFeatureKeySize);
    if (!fk)
        return fk.error();
    Pkcs11Template t;
    Pkcs11KeyObjects::featureKeyTemplate(t).addSecret(CKA_VALUE, *fk);
    auto object = s.create(t, QStringLiteral("importing a trial key"));
    if (!object)
        return object.error();
    Pkcs11Session::ScopedObject fkObject(s, *object);
    auto wrapped = s.wrap(mechanism, wrapKey, fkObject.get(), QStringLiteral("C_WrapKey"), rv);
    if (!wrapped)
        return wrapped.error();
    *wrappedSize = wrapped->size();
    Pkcs11Template u;
    Pkcs11KeyObjects::featureKeyTemplate(u);
    auto unwrapped = s.unwrap(mechanism, unwrapKey, *wrapped, u, QStringLiteral("C_UnwrapKey"), rv);
    if (!unwrapped)
        return unwrapped.error();
    Pkcs11Session::ScopedObject backObject(s, *unwrapped);
    auto back = s.secretValue(backObject.get(), QStringLiteral("reading the unwrapped trial key"));
    if (!back)
        return back.error();
    return compareRoundTrip(*fk, *back);
}

} // namespace

Pkcs11Probe::Pkcs11Probe(Pkcs11Session &session, QString tokenText)
    : m_session(session), m_tokenText(std::move(tokenText))
{
}

Result<Pkcs11Capabilities> Pkcs11Probe::run()
{
    Pkcs11Capabilities caps;
    caps.module = m_session.module().description();
    if (Status s = listMechanisms(caps); !s)
        return s.error();
    tryAesKeyWrapPad(caps);
    tryRsaOaep256(caps);
    return caps;
}

Status Pkcs11Probe::listMechanisms(Pkcs11Capabilities &caps)
{
    CK_FUNCTION_LIST *f = m_session.functions();
    const CK_SLOT_ID slot = m_session.slot();
    const QString context = QStringLiteral("asking %1 for its mechanisms").arg(m_tokenText);
    CK_ULONG count = 0;
    CK_RV rv = f->C_GetMechanismList(slot, nullptr, &count);
    std::vector<CK_MECHANISM_TYPE> types(count);
    if (rv == CKR_OK && count > 0)
        rv = f->C_GetMechanismList(slot, types.data(), &count);
    if (rv != CKR_OK)
        return pkcs11Error(rv, context);
    types.resize(count);
    static const std::pair<CK_FLAGS, const char *> flagNames[] = {
        {CKF_HW, "hardware"},       {CKF_ENCRYPT, "encrypt"},
        {CKF_DECRYPT, "decrypt"},   {CKF_DIGEST, "digest"},
        {CKF_SIGN, "sign"},         {CKF_VERIFY, "verify"},
        {CKF_GENERATE, "generate"}, {CKF_GENERATE_KEY_PAIR, "generate-key-pair"},
        {CKF_WRAP, "wrap"},         {CKF_UNWRAP, "unwrap"},
        {CKF_DERIVE, "derive"},
    };
    for (CK_MECHANISM_TYPE type : types) {
        CK_MECHANISM_INFO mi{};
        rv = f->C_GetMechanismInfo(slot, type, &mi);
        if (rv != CKR_OK)
            return pkcs11Error(rv, context);
        Pkcs11Capabilities::Mechanism m;
        m.type = type;
        m.name = pkcs11MechanismName(type);
        m.minKeySize = mi.ulMinKeySize;
        m.maxKeySize = mi.ulMaxKeySize;
        for (const auto &[flag, name] : flagNames)
            if (mi.flags & flag)
                m.flags << QLatin1String(name);
        caps.mechanisms.append(m);
    }

    if (const auto *gen = caps.mechanism(CKM_RSA_PKCS_KEY_PAIR_GEN)) {
        for (int bits : {2048, 3072, 4096})
            if (CK_ULONG(bits) >= gen->minKeySize && (gen->maxKeySize == 0 || CK_ULONG(bits) <= gen->maxKeySize))
                caps.rsaKeySizes.append(bits);
    }
    return {};
}

void Pkcs11Probe::tryAesKeyWrapPad(Pkcs11Capabilities &caps)
{
    // AES-256 with CKM_AES_KEY_WRAP_PAD, tried with a session key that vanishes with the session.
    CK_MECHANISM gen{CKM_AES_KEY_GEN, nullptr, 0};
    Pkcs11Template t;
    t.addULong(CKA_CLASS, CKO_SECRET_KEY)
        .addULong(CKA_KEY_TYPE, CKK_AES)
        .addULong(CKA_VALUE_LEN, 32)
        .addBool(CKA_TOKEN, false)
        .addBool(CKA_PRIVATE, true)
        .addBool(CKA_SENSITIVE, true)
        .addBool(CKA_EXTRACTABLE, false)
        .addBool(CKA_WRAP, true)
        .addBool(CKA_UNWRAP, true);
    auto kek = m_session.generateKey(gen, t, QStringLiteral("generating a trial AES-256 key"));
    if (!kek) {
        caps.aesKeyWrapPadDetail = kek.error().detail;
        return;
    }
    Pkcs11Session::ScopedObject kekObject(m_session, *kek);
    CK_MECHANISM wrap{CKM_AES_KEY_WRAP_PAD, nullptr, 0};
    CK_RV trialRv = CKR_OK;
    qsizetype size = 0;
    const Status trial = trialRoundTrip(m_session, wrap, kekObject.get(), kekObject.get(), &trialRv, &size);
    caps.aesKeyWrapPad = trial.ok();
    caps.aesKeyWrapPadDetail =
        trial ? QStringLiteral("a 32-byte key wrapped to %1 bytes and unwrapped back to itself").arg(size)
              : QStringLiteral("the trial failed: %1").arg(trial.error().detail);
}

void Pkcs11Probe::tryRsaOaep256(Pkcs11Capabilities &caps)
{
    // RSA-OAEP-256, tried with a throw-away session key pair of the smallest size Keyward makes.
    if (caps.rsaKeySizes.isEmpty()) {
        caps.rsaOaep256Detail = QStringLiteral("the token cannot generate RSA key pairs of 2048 to 4096 bits");
        return;
    }
    if (!caps.mechanism(CKM_RSA_PKCS_OAEP)) {
        caps.rsaOaep256Detail = QStringLiteral("the token does not offer CKM_RSA_PKCS_OAEP");
        return;
    }
    CK_MECHANISM gen{CKM_RSA_PKCS_KEY_PAIR_GEN, nullptr, 0};
    const QByteArray exponent("\x01\x00\x01", 3);
    Pkcs11Template pub;
    pub.addBool(CKA_TOKEN, false)
        .addULong(CKA_MODULUS_BITS, CK_ULONG(caps.rsaKeySizes.first()))
        .addBytes(CKA_PUBLIC_EXPONENT, exponent)
        .addBool(CKA_WRAP, true);
    Pkcs11Template priv;
    priv.addBool(CKA_TOKEN, false)
        .addBool(CKA_PRIVATE, true)
        .addBool(CKA_SENSITIVE, true)
        .addBool(CKA_EXTRACTABLE, false)
        .addBool(CKA_UNWRAP, true);
    auto pair = m_session.generateKeyPair(gen, pub, priv, QStringLiteral("generating a trial RSA key pair"));
    if (!pair) {
        caps.rsaOaep256Detail = pair.error().detail;
        return;
    }
    Pkcs11Session::ScopedObject pubObject(m_session, pair->first);
    Pkcs11Session::ScopedObject privObject(m_session, pair->second);
    CK_RSA_PKCS_OAEP_PARAMS params = Pkcs11KeyObjects::oaepSha256Params();
    CK_MECHANISM oaep{CKM_RSA_PKCS_OAEP, &params, sizeof params};
    CK_RV trialRv = CKR_OK;
    qsizetype size = 0;
    const Status trial = trialRoundTrip(m_session, oaep, pubObject.get(), privObject.get(), &trialRv, &size);
    caps.rsaOaep256 = trial.ok();
    if (trial) {
        caps.rsaOaep256Detail =
            QStringLiteral("a 32-byte key wrapped to %1 bytes and unwrapped back to itself").arg(size);
        return;
    }
    caps.rsaOaep256Detail = QStringLiteral("the trial failed: %1").arg(trial.error().detail);
    if (!Pkcs11KeyObjects::isMechanismRefusal(trialRv))
        return;
    // Only to explain the refusal: SHA-1 is tried, and its result never used.
    CK_RSA_PKCS_OAEP_PARAMS sha1{CKM_SHA_1, CKG_MGF1_SHA1, CKZ_DATA_SPECIFIED, nullptr, 0};
    CK_MECHANISM oaep1{CKM_RSA_PKCS_OAEP, &sha1, sizeof sha1};
    CK_RV sha1Rv = CKR_OK;
    qsizetype ignored = 0;
    caps.rsaOaepSha1Only = trialRoundTrip(m_session, oaep1, pubObject.get(), privObject.get(), &sha1Rv, &ignored).ok();
    if (caps.rsaOaepSha1Only)
        caps.rsaOaep256Detail += QStringLiteral("; the token takes CKM_RSA_PKCS_OAEP only with SHA-1, which Keyward "
                                                "does not use");
}

} // namespace keyward::keystore
