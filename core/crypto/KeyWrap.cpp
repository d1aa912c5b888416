// KeyWrap: AES-KW / AES-KWP through EVP's wrap ciphers.
#include "crypto/KeyWrap.h"

#include "crypto/OpenSsl.h"

#include <openssl/err.h>

namespace keyward::crypto {

namespace {

const EVP_CIPHER *wrapCipher(qsizetype kekSize, KeyWrapMode mode)
{
    const bool pad = mode == KeyWrapMode::Rfc5649;
    switch (kekSize) {
    case 16:
        return pad ? EVP_aes_128_wrap_pad() : EVP_aes_128_wrap();
    case 24:
        return pad ? EVP_aes_192_wrap_pad() : EVP_aes_192_wrap();
    case 32:
        return pad ? EVP_aes_256_wrap_pad() : EVP_aes_256_wrap();
    default:
        return nullptr;
    }
}

// Runs one wrap or unwrap; returns the output length or -1.
int runWrap(const EVP_CIPHER *cipher, QByteArrayView kek, QByteArrayView in, std::uint8_t *out, int enc)
{
    ossl::CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!ctx)
        return -1;
    EVP_CIPHER_CTX_set_flags(ctx.get(), EVP_CIPHER_CTX_FLAG_WRAP_ALLOW);
    if (EVP_CipherInit_ex(ctx.get(), cipher, nullptr, reinterpret_cast<const unsigned char *>(kek.data()), nullptr,
                          enc) != 1)
        return -1;
    int len = 0;
    if (EVP_CipherUpdate(ctx.get(), out, &len, reinterpret_cast<const unsigned char *>(in.data()), int(in.size())) !=
            1 ||
        len <= 0)
        return -1;
    int tail = 0;
    if (EVP_CipherFinal_ex(ctx.get(), out + len, &tail) != 1)
        return -1;
    return len + tail;
}

} // namespace

Result<QByteArray> aesKeyWrap(QByteArrayView kek, QByteArrayView key, KeyWrapMode mode)
{
    const EVP_CIPHER *cipher = wrapCipher(kek.size(), mode);
    if (!cipher)
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("key-wrapping key must be 16, 24 or 32 bytes"));
    if (mode == KeyWrapMode::Rfc3394 && (key.size() < 16 || key.size() % 8 != 0))
        return Error::make(ErrorCode::InvalidArgument,
                           QStringLiteral("AES key wrap needs a key of 16 bytes or more, in 8-byte steps"));
    if (mode == KeyWrapMode::Rfc5649 && key.isEmpty())
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("AES key wrap with padding needs a key"));
    if (key.size() > (1 << 20))
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("key to wrap is too large"));
    QByteArray out(key.size() + 16, Qt::Uninitialized);
    const int len = runWrap(cipher, kek, key, reinterpret_cast<std::uint8_t *>(out.data()), 1);
    if (len < 0)
        return ossl::failure(ErrorCode::Crypto, "AES key wrap failed");
    out.truncate(len);
    return out;
}

Result<SecureBytes> aesKeyUnwrap(QByteArrayView kek, QByteArrayView wrapped, KeyWrapMode mode)
{
    const EVP_CIPHER *cipher = wrapCipher(kek.size(), mode);
    if (!cipher)
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("key-wrapping key must be 16, 24 or 32 bytes"));
    const qsizetype minimum = mode == KeyWrapMode::Rfc3394 ? 24 : 16;
    if (wrapped.size() < minimum || wrapped.size() % 8 != 0 || wrapped.size() > (1 << 20))
        return Error::make(ErrorCode::Key, QStringLiteral("wrapped key has an impossible length"));
    SecureBytes out(std::size_t(wrapped.size()));
    const int len = runWrap(cipher, kek, wrapped, out.data(), 0);
    if (len <= 0) {
        ERR_clear_error();
        return Error::make(ErrorCode::Key, QStringLiteral("wrapped key failed its integrity check"));
    }
    out.truncate(std::size_t(len));
    return out;
}

} // namespace keyward::crypto
