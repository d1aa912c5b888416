// Digest: SHA-256 and HMAC-SHA256 over EVP.
#include "crypto/Digest.h"

#include "crypto/OpenSsl.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/params.h>

namespace keyward::crypto {

struct Sha256::State
{
    ossl::MdCtx ctx{EVP_MD_CTX_new()};
    bool ready = false;
};

Sha256::Sha256() : m_state(std::make_unique<State>())
{
    m_state->ready = m_state->ctx && EVP_DigestInit_ex(m_state->ctx.get(), EVP_sha256(), nullptr) == 1;
}

Sha256::~Sha256() = default;
Sha256::Sha256(Sha256 &&) noexcept = default;
Sha256 &Sha256::operator=(Sha256 &&) noexcept = default;

Status Sha256::update(QByteArrayView data)
{
    if (!m_state->ready)
        return ossl::failure(ErrorCode::Crypto, "SHA-256 is not available");
    if (EVP_DigestUpdate(m_state->ctx.get(), data.data(), std::size_t(data.size())) != 1)
        return ossl::failure(ErrorCode::Crypto, "SHA-256 update failed");
    return {};
}

Result<QByteArray> Sha256::final()
{
    if (!m_state->ready)
        return ossl::failure(ErrorCode::Crypto, "SHA-256 is not available");
    QByteArray out(Size, Qt::Uninitialized);
    unsigned int len = 0;
    m_state->ready = false;
    if (EVP_DigestFinal_ex(m_state->ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &len) != 1 || len != Size)
        return ossl::failure(ErrorCode::Crypto, "SHA-256 final failed");
    return out;
}

Result<QByteArray> Sha256::hash(QByteArrayView data)
{
    Sha256 h;
    if (auto st = h.update(data); !st)
        return st.error();
    return h.final();
}

Result<QByteArray> hmacSha256(QByteArrayView key, QByteArrayView message)
{
    ossl::Mac mac(EVP_MAC_fetch(nullptr, "HMAC", nullptr));
    if (!mac)
        return ossl::failure(ErrorCode::Crypto, "HMAC is not available");
    ossl::MacCtx ctx(EVP_MAC_CTX_new(mac.get()));
    char digest[] = "SHA256";
    const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
                                 OSSL_PARAM_construct_end()};
    // An empty key is legal for HMAC; EVP_MAC_init wants a non-null pointer for it.
    static const unsigned char emptyKey[1] = {0};
    const auto *keyData = key.isEmpty() ? emptyKey : reinterpret_cast<const unsigned char *>(key.data());
    if (!ctx || EVP_MAC_init(ctx.get(), keyData, std::size_t(key.size()), params) != 1)
        return ossl::failure(ErrorCode::Crypto, "HMAC init failed");
    if (EVP_MAC_update(ctx.get(), reinterpret_cast<const unsigned char *>(message.data()),
                       std::size_t(message.size())) != 1)
        return ossl::failure(ErrorCode::Crypto, "HMAC update failed");
    QByteArray out(32, Qt::Uninitialized);
    std::size_t len = 0;
    if (EVP_MAC_final(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &len, std::size_t(out.size())) != 1 ||
        len != 32)
        return ossl::failure(ErrorCode::Crypto, "HMAC final failed");
    return out;
}

Result<bool> hmacSha256Verify(QByteArrayView key, QByteArrayView message, QByteArrayView tag)
{
    if (tag.size() < 16 || tag.size() > 32)
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("HMAC tag must be 16 to 32 bytes"));
    auto full = hmacSha256(key, message);
    if (!full)
        return full.error();
    return CRYPTO_memcmp(full->constData(), tag.data(), std::size_t(tag.size())) == 0;
}

} // namespace keyward::crypto
