// AesGcm: AES-GCM with 16-byte tags; a reusable keyed context for the envelope's hot path and one-shot helpers.
#pragma once

#include "crypto/SecureBytes.h"
#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>
#include <memory>

namespace keyward::crypto {

class AesGcm
{
public:
    static constexpr std::size_t TagSize = 16;
    // Longest IV accepted (OpenSSL's limit); longer ones are refused as Unsupported. KWE1 uses 12 bytes.
    static constexpr qsizetype MaxIvSize = 128;

    AesGcm();
    ~AesGcm();
    AesGcm(AesGcm &&) noexcept;
    AesGcm &operator=(AesGcm &&) noexcept;

    // Key of 16, 24 or 32 bytes; the key schedule is kept, only the nonce changes per message.
    Status setKey(QByteArrayView key);

    // `in` and `out` may be the same buffer. `tag` receives TagSize bytes. The IV may be 1 byte or longer;
    // 12 bytes is the size to use (SP 800-38D), other sizes exist for interoperability.
    Status encrypt(QByteArrayView iv, QByteArrayView aad, const std::uint8_t *in, std::size_t size, std::uint8_t *out,
                   std::uint8_t *tag);
    // Writes into `out` only what the tag has vouched for: on any failure `out` is wiped.
    Status decrypt(QByteArrayView iv, QByteArrayView aad, const std::uint8_t *in, std::size_t size,
                   const std::uint8_t *tag, std::uint8_t *out);

    // ciphertext || tag
    static Result<QByteArray> seal(QByteArrayView key, QByteArrayView iv, QByteArrayView aad, QByteArrayView plaintext);
    // input is ciphertext || tag
    static Result<QByteArray> open(QByteArrayView key, QByteArrayView iv, QByteArrayView aad,
                                   QByteArrayView ciphertextAndTag);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace keyward::crypto
