// AesGcm: EVP AES-GCM contexts, keyed once and re-nonced per message.
#include "crypto/AesGcm.h"

#include "crypto/OpenSsl.h"

#include <openssl/crypto.h>
#include <openssl/err.h>

#include <climits>
#include <optional>

namespace keyward::crypto {

namespace {

const EVP_CIPHER *gcmFor(qsizetype keySize)
{
    switch (keySize) {
    case 16:
        return EVP_aes_128_gcm();
    case 24:
        return EVP_aes_192_gcm();
    case 32:
        return EVP_aes_256_gcm();
    default:
        return nullptr;
    }
}

// Feeds `size` bytes through EVP_CipherUpdate in int-sized pieces.
bool cipherUpdate(EVP_CIPHER_CTX *ctx, const std::uint8_t *in, std::size_t size, std::uint8_t *out)
{
    while (size > 0) {
        const int chunk = size > std::size_t(INT_MAX / 2) ? INT_MAX / 2 : int(size);
        int outLen = 0;
        if (EVP_CipherUpdate(ctx, out, &outLen, in, chunk) != 1 || outLen != chunk)
            return false;
        in += chunk;
        out += chunk;
        size -= std::size_t(chunk);
    }
    return true;
}

} // namespace

struct AesGcm::State
{
    ossl::CipherCtx enc;
    ossl::CipherCtx dec;
    SecureBytes key;
    int encIvLen = -1;
    int decIvLen = -1;
};

AesGcm::AesGcm() : m_state(std::make_unique<State>()) {}
AesGcm::~AesGcm() = default;
AesGcm::AesGcm(AesGcm &&) noexcept = default;
AesGcm &AesGcm::operator=(AesGcm &&) noexcept = default;

Status AesGcm::setKey(QByteArrayView key)
{
    const EVP_CIPHER *cipher = gcmFor(key.size());
    if (!cipher)
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("AES-GCM key must be 16, 24 or 32 bytes"));
    State &s = *m_state;
    s.key = SecureBytes::fromView(key);
    s.enc.reset(EVP_CIPHER_CTX_new());
    s.dec.reset(EVP_CIPHER_CTX_new());
    if (!s.enc || !s.dec || EVP_EncryptInit_ex(s.enc.get(), cipher, nullptr, nullptr, nullptr) != 1 ||
        EVP_DecryptInit_ex(s.dec.get(), cipher, nullptr, nullptr, nullptr) != 1) {
        // Leave the object keyless rather than half-initialised.
        s.enc.reset();
        s.dec.reset();
        s.key.clear();
        return ossl::failure(ErrorCode::Crypto, "AES-GCM initialisation failed");
    }
    s.encIvLen = s.decIvLen = -1;
    return {};
}

// Keys the context with a nonce of 1 to MaxIvSize bytes (checked by the callers).
static bool setNonce(EVP_CIPHER_CTX *ctx, int &currentLen, const SecureBytes &key, QByteArrayView iv, int enc)
{
    const auto *ivp = reinterpret_cast<const unsigned char *>(iv.data());
    if (currentLen == int(iv.size()))
        return EVP_CipherInit_ex(ctx, nullptr, nullptr, nullptr, ivp, enc) == 1;
    currentLen = -1; // unknown until both calls below succeed
    if (EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, int(iv.size()), nullptr) != 1)
        return false;
    if (EVP_CipherInit_ex(ctx, nullptr, nullptr, key.data(), ivp, enc) != 1)
        return false;
    currentLen = int(iv.size());
    return true;
}

static bool feedAad(EVP_CIPHER_CTX *ctx, QByteArrayView aad)
{
    const auto *p = reinterpret_cast<const unsigned char *>(aad.data());
    qsizetype left = aad.size();
    while (left > 0) {
        const int chunk = left > INT_MAX / 2 ? INT_MAX / 2 : int(left);
        int outLen = 0;
        if (EVP_CipherUpdate(ctx, nullptr, &outLen, p, chunk) != 1)
            return false;
        p += chunk;
        left -= chunk;
    }
    return true;
}

// SP 800-38D needs an IV of at least one bit (a zero-length IV is CVE-2017-7822's bug); OpenSSL's GCM takes
// at most 128 bytes, and GCM arithmetic is not written outside OpenSSL, so longer IVs are refused.
static std::optional<Error> checkIv(QByteArrayView iv)
{
    if (iv.isEmpty())
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("AES-GCM needs a non-empty IV"));
    if (iv.size() > AesGcm::MaxIvSize)
        return Error::make(ErrorCode::Unsupported,
                           QStringLiteral("AES-GCM IVs longer than 128 bytes are not supported"));
    return std::nullopt;
}

Status AesGcm::encrypt(QByteArrayView iv, QByteArrayView aad, const std::uint8_t *in, std::size_t size,
                       std::uint8_t *out, std::uint8_t *tag)
{
    State &s = *m_state;
    if (!s.enc)
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("AES-GCM used without a key"));
    if (auto bad = checkIv(iv))
        return *bad;
    if (!setNonce(s.enc.get(), s.encIvLen, s.key, iv, 1))
        return ossl::failure(ErrorCode::InvalidArgument, "AES-GCM nonce rejected");
    int outLen = 0;
    if (!feedAad(s.enc.get(), aad) || !cipherUpdate(s.enc.get(), in, size, out) ||
        EVP_EncryptFinal_ex(s.enc.get(), out + size, &outLen) != 1 ||
        EVP_CIPHER_CTX_ctrl(s.enc.get(), EVP_CTRL_GCM_GET_TAG, int(TagSize), tag) != 1)
        return ossl::failure(ErrorCode::Crypto, "AES-GCM encryption failed");
    return {};
}

Status AesGcm::decrypt(QByteArrayView iv, QByteArrayView aad, const std::uint8_t *in, std::size_t size,
                       const std::uint8_t *tag, std::uint8_t *out)
{
    // Whatever fails, `out` is left wiped, never partly decrypted or holding stale bytes the caller could
    // mistake for plaintext.
    const auto fail = [out, size](Error error) {
        if (size > 0)
            OPENSSL_cleanse(out, size);
        return Status(std::move(error));
    };
    State &s = *m_state;
    if (!s.dec)
        return fail(Error::make(ErrorCode::InvalidArgument, QStringLiteral("AES-GCM used without a key")));
    if (auto bad = checkIv(iv))
        return fail(*bad);
    if (!setNonce(s.dec.get(), s.decIvLen, s.key, iv, 0))
        return fail(ossl::failure(ErrorCode::InvalidArgument, "AES-GCM nonce rejected"));
    if (!feedAad(s.dec.get(), aad) || !cipherUpdate(s.dec.get(), in, size, out) ||
        EVP_CIPHER_CTX_ctrl(s.dec.get(), EVP_CTRL_GCM_SET_TAG, int(TagSize), const_cast<std::uint8_t *>(tag)) != 1)
        return fail(ossl::failure(ErrorCode::Crypto, "AES-GCM decryption failed"));
    int outLen = 0;
    if (EVP_DecryptFinal_ex(s.dec.get(), out + size, &outLen) != 1) {
        ERR_clear_error();
        return fail(Error::make(ErrorCode::Auth, QStringLiteral("authentication tag mismatch")));
    }
    return {};
}

Result<QByteArray> AesGcm::seal(QByteArrayView key, QByteArrayView iv, QByteArrayView aad, QByteArrayView plaintext)
{
    AesGcm gcm;
    if (auto st = gcm.setKey(key); !st)
        return st.error();
    QByteArray out(plaintext.size() + qsizetype(TagSize), Qt::Uninitialized);
    auto *o = reinterpret_cast<std::uint8_t *>(out.data());
    if (auto st = gcm.encrypt(iv, aad, reinterpret_cast<const std::uint8_t *>(plaintext.data()),
                              std::size_t(plaintext.size()), o, o + plaintext.size());
        !st)
        return st.error();
    return out;
}

Result<QByteArray> AesGcm::open(QByteArrayView key, QByteArrayView iv, QByteArrayView aad,
                                QByteArrayView ciphertextAndTag)
{
    if (ciphertextAndTag.size() < qsizetype(TagSize))
        return Error::make(ErrorCode::Format, QStringLiteral("ciphertext shorter than its tag"));
    AesGcm gcm;
    if (auto st = gcm.setKey(key); !st)
        return st.error();
    const std::size_t ctLen = std::size_t(ciphertextAndTag.size()) - TagSize;
    QByteArray out(qsizetype(ctLen), Qt::Uninitialized);
    const auto *in = reinterpret_cast<const std::uint8_t *>(ciphertextAndTag.data());
    if (auto st = gcm.decrypt(iv, aad, in, ctLen, in + ctLen, reinterpret_cast<std::uint8_t *>(out.data())); !st)
        return st.error();
    return out;
}

} // namespace keyward::crypto
