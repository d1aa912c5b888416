// RsaKey: RSA keys in EVP_PKEY form, RSA-OAEP-256 encryption/decryption and RSA-PSS (PS256) signatures.
#include "crypto/RsaKey.h"

#include "crypto/Digest.h"
#include "crypto/OpenSsl.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <cstring>

namespace keyward::crypto {

struct RsaKeyHandle
{
    ossl::Pkey pkey;
};

namespace {

struct BioFree
{
    void operator()(BIO *b) const { BIO_free(b); }
};
using Bio = std::unique_ptr<BIO, BioFree>;

constexpr int MinimumBits = 2048;
// Far above any RSA key this product handles (a 16384-bit private key is under 10 KiB of PEM); it also keeps
// sizes well inside the int and long that BIO_new_mem_buf and d2i take (a negative int would mean strlen).
constexpr qsizetype MaximumEncodedSize = 1 << 20;

bool plausibleSize(QByteArrayView encoded)
{
    return !encoded.isEmpty() && encoded.size() <= MaximumEncodedSize;
}

Result<std::shared_ptr<const RsaKeyHandle>> adopt(ossl::Pkey pkey, const char *what)
{
    if (!pkey)
        return ossl::failure(ErrorCode::Format, what);
    if (!EVP_PKEY_is_a(pkey.get(), "RSA"))
        return Error::make(ErrorCode::Unsupported, QStringLiteral("the key is not an RSA key"));
    if (EVP_PKEY_get_bits(pkey.get()) < MinimumBits)
        return Error::make(ErrorCode::Unsupported, QStringLiteral("RSA keys under 2048 bits are refused"));
    auto handle = std::make_shared<RsaKeyHandle>();
    handle->pkey = std::move(pkey);
    return std::shared_ptr<const RsaKeyHandle>(std::move(handle));
}

ossl::PkeyCtx oaepContext(EVP_PKEY *pkey, bool encrypt, QByteArrayView label)
{
    ossl::PkeyCtx ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, pkey, nullptr));
    if (!ctx)
        return {};
    const int init = encrypt ? EVP_PKEY_encrypt_init(ctx.get()) : EVP_PKEY_decrypt_init(ctx.get());
    if (init != 1 || EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_OAEP_PADDING) != 1 ||
        EVP_PKEY_CTX_set_rsa_oaep_md(ctx.get(), EVP_sha256()) != 1 ||
        EVP_PKEY_CTX_set_rsa_mgf1_md(ctx.get(), EVP_sha256()) != 1)
        return {};
    if (!label.isEmpty()) {
        void *copy = OPENSSL_memdup(label.data(), std::size_t(label.size()));
        if (!copy)
            return {};
        if (EVP_PKEY_CTX_set0_rsa_oaep_label(ctx.get(), copy, int(label.size())) != 1) {
            OPENSSL_free(copy);
            return {};
        }
    }
    return ctx;
}

// PS256's salt: as long as the digest, as Key Vault, JOSE (RFC 7518 3.5) and the openssl command line use it.
constexpr int PssSaltLength = 32;

// A digest-sign or digest-verify context for PS256 over `pkey`.
ossl::MdCtx pssContext(EVP_PKEY *pkey, bool sign)
{
    ossl::MdCtx ctx(EVP_MD_CTX_new());
    if (!ctx)
        return {};
    EVP_PKEY_CTX *pctx = nullptr; // owned by ctx
    const int init = sign ? EVP_DigestSignInit(ctx.get(), &pctx, EVP_sha256(), nullptr, pkey)
                          : EVP_DigestVerifyInit(ctx.get(), &pctx, EVP_sha256(), nullptr, pkey);
    if (init != 1 || EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) != 1 ||
        EVP_PKEY_CTX_set_rsa_mgf1_md(pctx, EVP_sha256()) != 1 ||
        EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, PssSaltLength) != 1)
        return {};
    return ctx;
}

} // namespace

Result<RsaPublicKey> RsaPublicKey::fromPem(QByteArrayView pem)
{
    if (!plausibleSize(pem))
        return Error::make(ErrorCode::Format, QStringLiteral("not a PEM public key"));
    Bio bio(BIO_new_mem_buf(pem.data(), int(pem.size())));
    if (!bio)
        return ossl::failure(ErrorCode::Crypto, "memory BIO allocation failed");
    auto handle = adopt(ossl::Pkey(PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr)), "not a PEM public key");
    if (!handle)
        return handle.error();
    return RsaPublicKey(std::move(handle).value());
}

Result<RsaPublicKey> RsaPublicKey::fromSpkiDer(QByteArrayView der)
{
    if (!plausibleSize(der))
        return Error::make(ErrorCode::Format, QStringLiteral("not a DER SubjectPublicKeyInfo"));
    const auto *p = reinterpret_cast<const unsigned char *>(der.data());
    const auto *end = p + der.size();
    ossl::Pkey parsed(d2i_PUBKEY(nullptr, &p, long(der.size())));
    // d2i reads one object from the front; trailing bytes are refused so that the bytes a fingerprint or an
    // escrow record names are exactly the bytes that were parsed.
    if (p != end)
        parsed.reset();
    auto handle = adopt(std::move(parsed), "not a DER SubjectPublicKeyInfo");
    if (!handle)
        return handle.error();
    return RsaPublicKey(std::move(handle).value());
}

int RsaPublicKey::bits() const
{
    return EVP_PKEY_get_bits(m_handle->pkey.get());
}

Result<QByteArray> RsaPublicKey::spkiDer() const
{
    unsigned char *buf = nullptr;
    const int len = i2d_PUBKEY(m_handle->pkey.get(), &buf);
    if (len <= 0)
        return ossl::failure(ErrorCode::Crypto, "public key encoding failed");
    QByteArray out(reinterpret_cast<const char *>(buf), len);
    OPENSSL_free(buf);
    return out;
}

Result<QByteArray> RsaPublicKey::toPem() const
{
    Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), m_handle->pkey.get()) != 1)
        return ossl::failure(ErrorCode::Crypto, "public key encoding failed");
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    if (len <= 0 || !data)
        return ossl::failure(ErrorCode::Crypto, "public key encoding failed");
    return QByteArray(data, qsizetype(len));
}

Result<QByteArray> RsaPublicKey::spkiSha256() const
{
    auto der = spkiDer();
    if (!der)
        return der.error();
    return Sha256::hash(*der);
}

Result<QByteArray> RsaPublicKey::encryptOaepSha256(QByteArrayView message, QByteArrayView label) const
{
    ossl::PkeyCtx ctx = oaepContext(m_handle->pkey.get(), true, label);
    if (!ctx)
        return ossl::failure(ErrorCode::Crypto, "RSA-OAEP-256 set-up failed");
    std::size_t outLen = 0;
    const auto *in = reinterpret_cast<const unsigned char *>(message.data());
    if (EVP_PKEY_encrypt(ctx.get(), nullptr, &outLen, in, std::size_t(message.size())) != 1)
        return ossl::failure(ErrorCode::Crypto, "RSA-OAEP-256 encryption failed");
    QByteArray out(qsizetype(outLen), Qt::Uninitialized);
    if (EVP_PKEY_encrypt(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &outLen, in,
                         std::size_t(message.size())) != 1)
        return ossl::failure(ErrorCode::InvalidArgument, "RSA-OAEP-256 encryption failed (message too long?)");
    out.truncate(qsizetype(outLen));
    return out;
}

Status RsaPublicKey::verifyPssSha256(QByteArrayView message, QByteArrayView signature) const
{
    ossl::MdCtx ctx = pssContext(m_handle->pkey.get(), false);
    if (!ctx)
        return ossl::failure(ErrorCode::Crypto, "RSA-PSS set-up failed");
    const int verified = EVP_DigestVerify(
        ctx.get(), reinterpret_cast<const unsigned char *>(signature.data()), std::size_t(signature.size()),
        reinterpret_cast<const unsigned char *>(message.data()), std::size_t(message.size()));
    if (verified != 1) {
        ERR_clear_error();
        return Error::make(ErrorCode::Auth, QStringLiteral("the RSA-PSS signature does not verify"));
    }
    return {};
}

Result<RsaPrivateKey> RsaPrivateKey::generate(int bits)
{
    if (bits != 2048 && bits != 3072 && bits != 4096)
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("RSA key size must be 2048, 3072 or 4096 bits"));
    ossl::PkeyCtx ctx(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    EVP_PKEY *raw = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_CTX_set_rsa_keygen_bits(ctx.get(), bits) != 1 ||
        EVP_PKEY_generate(ctx.get(), &raw) != 1)
        return ossl::failure(ErrorCode::Crypto, "RSA key generation failed");
    auto handle = adopt(ossl::Pkey(raw), "RSA key generation failed");
    if (!handle)
        return handle.error();
    return RsaPrivateKey(std::move(handle).value());
}

Result<RsaPrivateKey> RsaPrivateKey::fromPem(QByteArrayView pem)
{
    if (!plausibleSize(pem))
        return Error::make(ErrorCode::Format, QStringLiteral("not a PEM private key"));
    Bio bio(BIO_new_mem_buf(pem.data(), int(pem.size())));
    if (!bio)
        return ossl::failure(ErrorCode::Crypto, "memory BIO allocation failed");
    // No passphrase callback: an encrypted PEM fails instead of prompting on the terminal.
    static pem_password_cb *noPrompt = [](char *, int, int, void *) { return -1; };
    auto handle =
        adopt(ossl::Pkey(PEM_read_bio_PrivateKey(bio.get(), nullptr, noPrompt, nullptr)), "not a PEM private key");
    if (!handle)
        return handle.error();
    return RsaPrivateKey(std::move(handle).value());
}

bool RsaPrivateKey::isEncryptedPem(QByteArrayView pem)
{
    const QByteArray text = pem.toByteArray();
    return text.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----") || text.contains("Proc-Type: 4,ENCRYPTED");
}

Result<RsaPrivateKey> RsaPrivateKey::fromPem(QByteArrayView pem, const SecureBytes &passphrase)
{
    if (!isEncryptedPem(pem))
        return fromPem(pem);
    if (!plausibleSize(pem))
        return Error::make(ErrorCode::Format, QStringLiteral("not a PEM private key"));
    Bio bio(BIO_new_mem_buf(pem.data(), int(pem.size())));
    if (!bio)
        return ossl::failure(ErrorCode::Crypto, "memory BIO allocation failed");
    // The passphrase goes to OpenSSL through the callback only; it is never copied anywhere else.
    static pem_password_cb *given = [](char *buf, int size, int, void *user) {
        const auto *secret = static_cast<const SecureBytes *>(user);
        if (!secret || secret->size() > std::size_t(size))
            return -1;
        std::memcpy(buf, secret->data(), secret->size());
        return int(secret->size());
    };
    ossl::Pkey parsed(
        PEM_read_bio_PrivateKey(bio.get(), nullptr, given, const_cast<void *>(static_cast<const void *>(&passphrase))));
    if (!parsed) {
        ERR_clear_error();
        return Error::make(ErrorCode::WrongPassphrase, QStringLiteral("the passphrase does not open the private key"));
    }
    auto handle = adopt(std::move(parsed), "not a PEM private key");
    if (!handle)
        return handle.error();
    return RsaPrivateKey(std::move(handle).value());
}

Result<RsaPrivateKey> RsaPrivateKey::fromPkcs8Der(QByteArrayView der)
{
    if (!plausibleSize(der))
        return Error::make(ErrorCode::Format, QStringLiteral("not a DER private key"));
    const auto *p = reinterpret_cast<const unsigned char *>(der.data());
    const auto *end = p + der.size();
    ossl::Pkey parsed(d2i_AutoPrivateKey(nullptr, &p, long(der.size())));
    if (p != end) // one key and nothing after it, as for the public key
        parsed.reset();
    auto handle = adopt(std::move(parsed), "not a DER private key");
    if (!handle)
        return handle.error();
    return RsaPrivateKey(std::move(handle).value());
}

int RsaPrivateKey::bits() const
{
    return EVP_PKEY_get_bits(m_handle->pkey.get());
}

RsaPublicKey RsaPrivateKey::publicKey() const
{
    // The private EVP_PKEY serves public operations too; sharing it avoids exporting anything.
    return RsaPublicKey(m_handle);
}

Result<SecureBytes> RsaPrivateKey::toPkcs8Der() const
{
    unsigned char *buf = nullptr;
    const int len = i2d_PrivateKey(m_handle->pkey.get(), &buf);
    if (len <= 0)
        return ossl::failure(ErrorCode::Crypto, "private key encoding failed");
    SecureBytes out(buf, std::size_t(len));
    OPENSSL_clear_free(buf, std::size_t(len));
    return out;
}

Result<SecureBytes> RsaPrivateKey::decryptOaepSha256(QByteArrayView ciphertext, QByteArrayView label) const
{
    const Error failed = Error::make(ErrorCode::Key, QStringLiteral("RSA-OAEP-256 decryption failed"));
    ossl::PkeyCtx ctx = oaepContext(m_handle->pkey.get(), false, label);
    if (!ctx)
        return ossl::failure(ErrorCode::Crypto, "RSA-OAEP-256 set-up failed");
    const auto *in = reinterpret_cast<const unsigned char *>(ciphertext.data());
    std::size_t outLen = std::size_t(EVP_PKEY_get_size(m_handle->pkey.get()));
    SecureBytes out(outLen);
    if (EVP_PKEY_decrypt(ctx.get(), out.data(), &outLen, in, std::size_t(ciphertext.size())) != 1) {
        ERR_clear_error();
        return failed;
    }
    out.truncate(outLen);
    return out;
}

Result<QByteArray> RsaPrivateKey::signPssSha256(QByteArrayView message) const
{
    ossl::MdCtx ctx = pssContext(m_handle->pkey.get(), true);
    if (!ctx)
        return ossl::failure(ErrorCode::Crypto, "RSA-PSS set-up failed");
    const auto *in = reinterpret_cast<const unsigned char *>(message.data());
    std::size_t outLen = 0;
    if (EVP_DigestSign(ctx.get(), nullptr, &outLen, in, std::size_t(message.size())) != 1)
        return ossl::failure(ErrorCode::Crypto, "RSA-PSS signing failed");
    QByteArray out(qsizetype(outLen), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &outLen, in,
                       std::size_t(message.size())) != 1)
        return ossl::failure(ErrorCode::Crypto, "RSA-PSS signing failed");
    out.truncate(qsizetype(outLen));
    return out;
}

} // namespace keyward::crypto
