// GcmIv: maps any AES-GCM IV to a 16-byte IV with the same pre-counter block, for IVs OpenSSL will not take.
#pragma once

#include "crypto/SecureBytes.h"
#include "util/Result.h"

#include <QByteArrayView>

namespace keyward::crypto {

// OpenSSL's GCM takes IVs of 1 to 128 bytes; SP 800-38D allows up to 2^64 - 1 bits.
inline constexpr qsizetype GcmNativeIvMax = 128;

// GCM reduces the IV to the pre-counter block J0 (IV || 0^31 || 1 for 96 bits, else GHASH_H(IV || pad ||
// len(IV)) with H = AES_K(0^128)); nothing after that depends on the IV itself. This returns the 16-byte
// IV whose J0 equals that of `iv` under `key`, so that OpenSSL's GCM gives the exact SP 800-38D result
// for IVs longer than it accepts. The value is a function of H: it is key material and must not leave
// core/crypto.
Result<SecureBytes> gcmEquivalentIv(QByteArrayView key, QByteArrayView iv);

} // namespace keyward::crypto
