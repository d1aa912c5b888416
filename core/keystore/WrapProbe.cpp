// WrapProbe: a wrap and unwrap round trip through a key store.
#include "keystore/WrapProbe.h"

#include "crypto/Random.h"

namespace keyward::keystore {

Result<WrappedKey> wrapAndProbe(KeyStore &store, const QString &key, const QString &version,
                                const crypto::SecureBytes &secret)
{
    auto wrapped = store.wrapKey(key, version, secret);
    if (!wrapped)
        return wrapped.error();
    auto unwrapped = store.unwrapKey(key, version, wrapped->wrapped);
    if (!unwrapped)
        return unwrapped.error();
    if (!(*unwrapped == secret))
        return Error::make(ErrorCode::Key,
                           QStringLiteral("a key wrapped under %1 does not unwrap to itself").arg(wrapped->keyId));
    return wrapped;
}

Status probeWrapRoundTrip(KeyStore &store, const QString &key, const QString &version)
{
    auto secret = crypto::SystemRandom::instance().secretBytes(32);
    if (!secret)
        return secret.error();
    auto wrapped = wrapAndProbe(store, key, version, *secret);
    if (!wrapped)
        return wrapped.error();
    return {};
}

} // namespace keyward::keystore
