// Hkdf: HKDF-SHA256 through EVP_KDF.
#include "crypto/Hkdf.h"

#include "crypto/OpenSsl.h"

#include <openssl/core_names.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

namespace keyward::crypto {

Result<SecureBytes> hkdfSha256(QByteArrayView ikm, QByteArrayView salt, QByteArrayView info, std::size_t size)
{
    if (size == 0 || size > 255 * 32)
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("HKDF-SHA256 output must be 1 to 8160 bytes"));
    ossl::Kdf kdf(EVP_KDF_fetch(nullptr, "HKDF", nullptr));
    if (!kdf)
        return ossl::failure(ErrorCode::Crypto, "HKDF is not available");
    ossl::KdfCtx ctx(EVP_KDF_CTX_new(kdf.get()));
    if (!ctx)
        return ossl::failure(ErrorCode::Crypto, "HKDF context allocation failed");

    char digest[] = "SHA256";
    static unsigned char empty[1] = {0};
    auto ptr = [](QByteArrayView v) { return v.isEmpty() ? static_cast<void *>(empty) : const_cast<char *>(v.data()); };
    OSSL_PARAM params[5];
    int n = 0;
    params[n++] = OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0);
    params[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, ptr(ikm), std::size_t(ikm.size()));
    // An absent salt and an empty one are the same in RFC 5869 (HashLen zeros); OpenSSL treats both so.
    params[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, ptr(salt), std::size_t(salt.size()));
    params[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, ptr(info), std::size_t(info.size()));
    params[n++] = OSSL_PARAM_construct_end();

    SecureBytes out(size);
    if (EVP_KDF_derive(ctx.get(), out.data(), size, params) != 1)
        return ossl::failure(ErrorCode::Crypto, "HKDF derivation failed");
    return out;
}

} // namespace keyward::crypto
