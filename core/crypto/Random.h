// Random: the CSPRNG (OpenSSL RAND_priv_bytes / RAND_bytes) behind an injectable source for reproducible tests.
#pragma once

#include "crypto/SecureBytes.h"
#include "util/Result.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace keyward::crypto {

// Where the envelope writer and key generators take their randomness. The default is the system CSPRNG;
// tests inject fixed bytes to reproduce known-answer vectors.
class RandomSource
{
public:
    virtual ~RandomSource() = default;
    // Fills `out` with `size` bytes; `secret` says the bytes become key material.
    virtual Status fill(std::uint8_t *out, std::size_t size, bool secret) = 0;

    Result<SecureBytes> secretBytes(std::size_t size);
    Result<QByteArray> publicBytes(std::size_t size);
};

class SystemRandom final : public RandomSource
{
public:
    Status fill(std::uint8_t *out, std::size_t size, bool secret) override;
    static SystemRandom &instance();
};

} // namespace keyward::crypto
