// GcmIv: the GF(2^128) arithmetic that folds a long GCM IV into an equivalent 16-byte one.
#include "crypto/GcmIv.h"

#include "crypto/OpenSsl.h"

#include <openssl/crypto.h>

#include <cstdint>
#include <cstring>

namespace keyward::crypto {

namespace {

// A GCM field element: bytes 0..7 and 8..15 of the block, big-endian. Bit 0 of SP 800-38D (the first bit
// of the block) is the top bit of `hi`; the multiplicative identity is therefore hi = 1 << 63.
struct Block
{
    std::uint64_t hi = 0;
    std::uint64_t lo = 0;
};

std::uint64_t load64(const std::uint8_t *p)
{
    std::uint64_t v = 0;
    for (int i = 0; i < 8; ++i)
        v = (v << 8) | p[i];
    return v;
}

void store64(std::uint64_t v, std::uint8_t *p)
{
    for (int i = 7; i >= 0; --i) {
        p[i] = std::uint8_t(v);
        v >>= 8;
    }
}

Block load(const std::uint8_t *p)
{
    return {load64(p), load64(p + 8)};
}

Block operator^(Block a, Block b)
{
    return {a.hi ^ b.hi, a.lo ^ b.lo};
}

// SP 800-38D Algorithm 1, written without secret-dependent branches or table look-ups: H is secret.
Block multiply(Block x, Block y)
{
    Block z;
    Block v = y;
    for (int i = 0; i < 128; ++i) {
        const std::uint64_t bit = i < 64 ? (x.hi >> (63 - i)) & 1 : (x.lo >> (127 - i)) & 1;
        const std::uint64_t take = 0 - bit;
        z.hi ^= v.hi & take;
        z.lo ^= v.lo & take;
        const std::uint64_t carry = 0 - (v.lo & 1);
        v.lo = (v.lo >> 1) | (v.hi << 63);
        v.hi = (v.hi >> 1) ^ (0xE100000000000000ULL & carry);
    }
    return z;
}

// h^(2^128 - 2), which is h^-1 for h != 0 (and 0 for h == 0, where every non-96-bit IV has J0 = 0 anyway).
Block inverse(Block h)
{
    Block r = h;
    for (int i = 0; i < 126; ++i)
        r = multiply(multiply(r, r), h);
    return multiply(r, r);
}

// J0 per SP 800-38D 7.1 step 2.
Block preCounterBlock(Block h, QByteArrayView iv)
{
    const auto *p = reinterpret_cast<const std::uint8_t *>(iv.data());
    if (iv.size() == 12) {
        std::uint8_t j0[16] = {};
        std::memcpy(j0, p, 12);
        j0[15] = 1;
        return load(j0);
    }
    Block y;
    qsizetype offset = 0;
    for (; offset + 16 <= iv.size(); offset += 16)
        y = multiply(y ^ load(p + offset), h);
    if (offset < iv.size()) {
        std::uint8_t last[16] = {};
        std::memcpy(last, p + offset, std::size_t(iv.size() - offset));
        y = multiply(y ^ load(last), h);
        OPENSSL_cleanse(last, sizeof last);
    }
    return multiply(y ^ Block{0, std::uint64_t(iv.size()) * 8}, h);
}

const EVP_CIPHER *ecbFor(qsizetype keySize)
{
    switch (keySize) {
    case 16:
        return EVP_aes_128_ecb();
    case 24:
        return EVP_aes_192_ecb();
    case 32:
        return EVP_aes_256_ecb();
    default:
        return nullptr;
    }
}

} // namespace

Result<SecureBytes> gcmEquivalentIv(QByteArrayView key, QByteArrayView iv)
{
    const EVP_CIPHER *ecb = ecbFor(key.size());
    if (!ecb)
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("AES-GCM key must be 16, 24 or 32 bytes"));
    if (iv.isEmpty() || iv.size() > qsizetype(INT64_MAX / 8))
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("AES-GCM nonce rejected"));

    // H = AES_K(0^128), the GHASH key.
    SecureBytes hBytes(16);
    {
        ossl::CipherCtx ctx(EVP_CIPHER_CTX_new());
        static const unsigned char zero[16] = {};
        const auto *k = reinterpret_cast<const unsigned char *>(key.data());
        int len = 0;
        int tail = 0;
        if (!ctx || EVP_EncryptInit_ex(ctx.get(), ecb, nullptr, k, nullptr) != 1 ||
            EVP_CIPHER_CTX_set_padding(ctx.get(), 0) != 1 ||
            EVP_EncryptUpdate(ctx.get(), hBytes.data(), &len, zero, 16) != 1 || len != 16 ||
            EVP_EncryptFinal_ex(ctx.get(), hBytes.data() + len, &tail) != 1 || tail != 0)
            return ossl::failure(ErrorCode::Crypto, "AES-GCM hash key derivation failed");
    }

    // OpenSSL turns a 16-byte IV X into J0 = ((X * H) ^ L) * H, L being the length block of 128 bits.
    // Solve for X: X = ((J0 * H^-1) ^ L) * H^-1.
    Block h = load(hBytes.data());
    Block j0 = preCounterBlock(h, iv);
    Block hInv = inverse(h);
    Block x = multiply(multiply(j0, hInv) ^ Block{0, 128}, hInv);

    SecureBytes out(16);
    store64(x.hi, out.data());
    store64(x.lo, out.data() + 8);
    OPENSSL_cleanse(&h, sizeof h);
    OPENSSL_cleanse(&j0, sizeof j0);
    OPENSSL_cleanse(&hInv, sizeof hInv);
    OPENSSL_cleanse(&x, sizeof x);
    return out;
}

} // namespace keyward::crypto
