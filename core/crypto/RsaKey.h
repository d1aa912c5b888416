// RsaKey: RSA public and private keys (2048/3072/4096 bits) with RSA-OAEP-256 (SHA-256, MGF1-SHA-256) and
// RSA-PSS signatures (PS256: SHA-256, MGF1-SHA-256, 32-byte salt).
#pragma once

#include "crypto/SecureBytes.h"
#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace keyward::crypto {

struct RsaKeyHandle; // owns the EVP_PKEY; defined in RsaKey.cpp

class RsaPublicKey
{
public:
    static Result<RsaPublicKey> fromPem(QByteArrayView pem);
    static Result<RsaPublicKey> fromSpkiDer(QByteArrayView der);

    int bits() const;
    Result<QByteArray> spkiDer() const;
    Result<QByteArray> toPem() const;
    // SHA-256 of the DER SubjectPublicKeyInfo, as `recipient_sha256` in escrow records.
    Result<QByteArray> spkiSha256() const;

    Result<QByteArray> encryptOaepSha256(QByteArrayView message, QByteArrayView label = {}) const;
    // Checks a PS256 signature over `message` (hashed here): Ok when it verifies; Auth when it does not, for
    // whatever reason (altered message, other key, wrong length, another salt length); Crypto when OpenSSL
    // cannot be set up.
    Status verifyPssSha256(QByteArrayView message, QByteArrayView signature) const;

private:
    friend class RsaPrivateKey;
    explicit RsaPublicKey(std::shared_ptr<const RsaKeyHandle> handle) : m_handle(std::move(handle)) {}
    std::shared_ptr<const RsaKeyHandle> m_handle;
};

class RsaPrivateKey
{
public:
    static Result<RsaPrivateKey> generate(int bits);
    static Result<RsaPrivateKey> fromPem(QByteArrayView pem);
    // A passphrase-protected PEM (PKCS#8 "ENCRYPTED PRIVATE KEY", or a traditional one with "Proc-Type:
    // 4,ENCRYPTED") opened with `passphrase`: WrongPassphrase when it does not open it.
    static Result<RsaPrivateKey> fromPem(QByteArrayView pem, const SecureBytes &passphrase);
    // Whether `pem` is passphrase-protected (and so needs the overload above).
    static bool isEncryptedPem(QByteArrayView pem);
    static Result<RsaPrivateKey> fromPkcs8Der(QByteArrayView der);

    int bits() const;
    RsaPublicKey publicKey() const;
    Result<SecureBytes> toPkcs8Der() const;

    // Every failure (padding, length, label) is the same Key error, so no padding oracle is exposed.
    Result<SecureBytes> decryptOaepSha256(QByteArrayView ciphertext, QByteArrayView label = {}) const;
    // A PS256 signature over `message` (hashed here): RSA-PSS with SHA-256, MGF1-SHA-256 and a 32-byte salt, as
    // Key Vault's PS256 and `openssl dgst -sha256 -sigopt rsa_padding_mode:pss -sigopt rsa_pss_saltlen:32
    // -sigopt rsa_mgf1_md:sha256` make. As long as the key's modulus.
    Result<QByteArray> signPssSha256(QByteArrayView message) const;

private:
    explicit RsaPrivateKey(std::shared_ptr<const RsaKeyHandle> handle) : m_handle(std::move(handle)) {}
    std::shared_ptr<const RsaKeyHandle> m_handle;
};

} // namespace keyward::crypto
