// AesGcm: EVP AES-GCM contexts, keyed once and re-nonced per message.
#include "crypto/AesGcm.h"

#include "crypto/OpenSsl.h"

#include <openssl/crypto.h>
#include <openssl/err.h>

#include <climits>

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
        EVP_DecryptInit_ex(s.dec.get(), cipher, nullptr, nullptr, nullptr) != 1)
        return ossl::failure(ErrorCode::Crypto, "AES-GCM initialisation failed");
    s.encIvLen = s.decIvLen = -1;
    return {};
}

static bool setNonce(EVP_CIPHER_CTX *ctx, int &currentLen, const SecureBytes &key, QByteArrayView iv, int enc)
{
    const auto *ivp = reinterpret_cast<const unsigned char *>(iv.data());
    if (currentLen == int(iv.size()))
        return EVP_CipherInit_ex(ctx, nullptr, nullptr, nullptr, ivp, enc) == 1;
    if (EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, int(iv.size()), nullptr) != 1)
        return false;
    if (EVP_CipherInit_ex(ctx, nullptr, nullptr, key.data(), ivp, enc) != 1)
        return false;
    currentLen = int(iv.size());
    return true;
}

static bool feedAad(EVP_CIPHER_CTX *ctx, QByteArrayView aad)
{
    if (aad.isEmpty())
        return true;
    int outLen = 0;
    return EVP_CipherUpdate(ctx, nullptr, &outLen, reinterpret_cast<const unsigned char *>(aad.data()),
                            int(aad.size())) == 1;
}

Status AesGcm::encrypt(QByteArrayView iv, QByteArrayView aad, const std::uint8_t *in, std::size_t size,
                       std::uint8_t *out, std::uint8_t *tag)
{
    State &s = *m_state;
    if (!s.enc)
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("AES-GCM used without a key"));
    // A zero-length IV is forbidden by SP 800-38D (and OpenSSL refuses it): fail closed.
    if (iv.isEmpty() || !setNonce(s.enc.get(), s.encIvLen, s.key, iv, 1))
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
    State &s = *m_state;
    if (!s.dec)
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("AES-GCM used without a key"));
    if (iv.isEmpty() || !setNonce(s.dec.get(), s.decIvLen, s.key, iv, 0))
        return ossl::failure(ErrorCode::InvalidArgument, "AES-GCM nonce rejected");
    if (!feedAad(s.dec.get(), aad) || !cipherUpdate(s.dec.get(), in, size, out) ||
        EVP_CIPHER_CTX_ctrl(s.dec.get(), EVP_CTRL_GCM_SET_TAG, int(TagSize), const_cast<std::uint8_t *>(tag)) != 1) {
        OPENSSL_cleanse(out, size);
        return ossl::failure(ErrorCode::Crypto, "AES-GCM decryption failed");
    }
    int outLen = 0;
    if (EVP_DecryptFinal_ex(s.dec.get(), out + size, &outLen) != 1) {
        OPENSSL_cleanse(out, size);
        ERR_clear_error();
        return Error::make(ErrorCode::Auth, QStringLiteral("authentication tag mismatch"));
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
