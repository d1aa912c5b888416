// OpenSsl: private owners for OpenSSL handles and error-queue draining; included by crypto .cpp files only.
#pragma once

#include "util/Error.h"

#include <openssl/evp.h>
#include <openssl/kdf.h>

#include <memory>

namespace keyward::crypto::ossl {

struct CipherCtxFree
{
    void operator()(EVP_CIPHER_CTX *p) const { EVP_CIPHER_CTX_free(p); }
};
struct PkeyFree
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
};
struct PkeyCtxFree
{
    void operator()(EVP_PKEY_CTX *p) const { EVP_PKEY_CTX_free(p); }
};
struct MdCtxFree
{
    void operator()(EVP_MD_CTX *p) const { EVP_MD_CTX_free(p); }
};
struct KdfFree
{
    void operator()(EVP_KDF *p) const { EVP_KDF_free(p); }
};
struct KdfCtxFree
{
    void operator()(EVP_KDF_CTX *p) const { EVP_KDF_CTX_free(p); }
};
struct MacFree
{
    void operator()(EVP_MAC *p) const { EVP_MAC_free(p); }
};
struct MacCtxFree
{
    void operator()(EVP_MAC_CTX *p) const { EVP_MAC_CTX_free(p); }
};

using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree>;
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;
using PkeyCtx = std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;
using Kdf = std::unique_ptr<EVP_KDF, KdfFree>;
using KdfCtx = std::unique_ptr<EVP_KDF_CTX, KdfCtxFree>;
using Mac = std::unique_ptr<EVP_MAC, MacFree>;
using MacCtx = std::unique_ptr<EVP_MAC_CTX, MacCtxFree>;

// Clears the thread's OpenSSL error queue and returns an Error whose detail names the failing step.
// The queue's own text is not included: it can echo input bytes.
Error failure(ErrorCode code, const char *step);

} // namespace keyward::crypto::ossl
