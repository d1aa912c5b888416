// WrapProbe: wrap a secret under a key version and unwrap it again before anything relies on the wrapping.
#pragma once

#include "keystore/KeyStore.h"

namespace keyward::keystore {

// Wraps `secret` under `key`/`version` and checks that unwrapping gives the same bytes back. The wrapping on
// success; the store's error, or a Key error when the bytes differ.
Result<WrappedKey> wrapAndProbe(KeyStore &store, const QString &key, const QString &version,
                                const crypto::SecureBytes &secret);

// The same with a fresh random 32-byte secret (the size of a feature key): does the store serve this version?
Status probeWrapRoundTrip(KeyStore &store, const QString &key, const QString &version);

} // namespace keyward::keystore
