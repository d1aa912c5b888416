// Scrypt: EVP_KDF "SCRYPT" with a memory ceiling sized to the parameters.
#include "crypto/Scrypt.h"

#include "crypto/OpenSsl.h"

#include <openssl/core_names.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

namespace keyward::crypto {

Status ScryptParams::validate() const
{
    const bool powerOfTwo = n != 0 && (n & (n - 1)) == 0;
    if (!powerOfTwo || n < (1u << 10) || n > (1u << 22) || r < 1 || r > 32 || p < 1 || p > 16)
        return Error::make(ErrorCode::Format,
                           QStringLiteral("scrypt parameters out of range (N=%1, r=%2, p=%3)").arg(n).arg(r).arg(p));
    return {};
}

Result<SecureBytes> scrypt(QByteArrayView passphrase, QByteArrayView salt, const ScryptParams &params, std::size_t size)
{
    if (auto st = params.validate(); !st)
        return st.error();
    ossl::Kdf kdf(EVP_KDF_fetch(nullptr, "SCRYPT", nullptr));
    if (!kdf)
        return ossl::failure(ErrorCode::Crypto, "scrypt is not available");
    ossl::KdfCtx ctx(EVP_KDF_CTX_new(kdf.get()));
    if (!ctx)
        return ossl::failure(ErrorCode::Crypto, "scrypt context allocation failed");
    static unsigned char empty[1] = {0};
    auto ptr = [](QByteArrayView v) { return v.isEmpty() ? static_cast<void *>(empty) : const_cast<char *>(v.data()); };
    std::uint64_t n = params.n;
    std::uint32_t r = params.r;
    std::uint32_t p = params.p;
    // 128 * r * N for V, plus 128 * r * p for B, with room to spare.
    std::uint64_t maxmem = 128ull * r * n + 128ull * r * p + (1ull << 20);
    const OSSL_PARAM ps[] = {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, ptr(passphrase), std::size_t(passphrase.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, ptr(salt), std::size_t(salt.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxmem),
        OSSL_PARAM_construct_end(),
    };
    SecureBytes out(size);
    if (EVP_KDF_derive(ctx.get(), out.data(), size, ps) != 1)
        return ossl::failure(ErrorCode::Crypto, "scrypt derivation failed");
    return out;
}

} // namespace keyward::crypto
