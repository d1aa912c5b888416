// KeyWrap: AES key wrap (RFC 3394) and key wrap with padding (RFC 5649, CKM_AES_KEY_WRAP_PAD).
#pragma once

#include "crypto/SecureBytes.h"
#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace keyward::crypto {

enum class KeyWrapMode
{
    Rfc3394, // KW: input a multiple of 8 bytes, at least 16 (SP 800-38F; the 8-byte form RFC 3394 allows is refused)
    Rfc5649, // KWP: any input of 1 byte or more
};

// The KEK is 16, 24 or 32 bytes (AES-128/192/256).
Result<QByteArray> aesKeyWrap(QByteArrayView kek, QByteArrayView key, KeyWrapMode mode);
// A Key error when the integrity check fails (wrong KEK, altered input or padding).
Result<SecureBytes> aesKeyUnwrap(QByteArrayView kek, QByteArrayView wrapped, KeyWrapMode mode);

} // namespace keyward::crypto
