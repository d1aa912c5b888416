// Scrypt: passphrase-based key derivation (RFC 7914) through OpenSSL's EVP_KDF.
#pragma once

#include "crypto/SecureBytes.h"
#include "util/Result.h"

#include <QByteArrayView>

#include <cstdint>

namespace keyward::crypto {

struct ScryptParams
{
    std::uint64_t n = 1u << 16; // CPU/memory cost, a power of two
    std::uint32_t r = 8;
    std::uint32_t p = 1;

    Status validate() const; // n a power of two in 2^10..2^22, r 1..32, p 1..16 (bounded work and memory)
};

Result<SecureBytes> scrypt(QByteArrayView passphrase, QByteArrayView salt, const ScryptParams &params,
                           std::size_t size);

} // namespace keyward::crypto
