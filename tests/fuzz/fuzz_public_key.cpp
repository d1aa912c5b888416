// fuzz_public_key: the RSA keys Keyward reads from files a user names: the escrow recipient's public key (PEM or
// SPKI DER) and the escrow private key for recovery (PEM or PKCS#8 DER). A key that reads must write back to the
// same key, and a public key must encrypt a feature key or refuse cleanly.
#include "FuzzSupport.h"

#include "crypto/RsaKey.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace keyward;
    using namespace keyward::crypto;
    const QByteArray bytes = fuzz::bytesOf(data, size);

    for (auto pub : {RsaPublicKey::fromPem(bytes), RsaPublicKey::fromSpkiDer(bytes)}) {
        if (!pub)
            continue;
        auto der = pub->spkiDer();
        KW_FUZZ_CHECK(der);
        auto again = RsaPublicKey::fromSpkiDer(*der);
        KW_FUZZ_CHECK(again);
        auto a = pub->spkiSha256();
        auto b = again->spkiSha256();
        KW_FUZZ_CHECK(a && b && *a == *b);
        auto pem = pub->toPem();
        KW_FUZZ_CHECK(pem && RsaPublicKey::fromPem(*pem).ok());
        // Sealing a feature key for an escrow recipient: works or refuses, for any key that parsed.
        const QByteArray fk(32, '\x5a');
        if (auto sealed = pub->encryptOaepSha256(fk))
            KW_FUZZ_CHECK(sealed->size() >= 32);
    }
    for (auto priv : {RsaPrivateKey::fromPem(bytes), RsaPrivateKey::fromPkcs8Der(bytes)}) {
        if (!priv)
            continue;
        auto der = priv->toPkcs8Der();
        KW_FUZZ_CHECK(der);
        auto again = RsaPrivateKey::fromPkcs8Der(der->view());
        KW_FUZZ_CHECK(again);
    }
    return 0;
}
