// Random: system CSPRNG through OpenSSL.
#include "crypto/Random.h"

#include "crypto/OpenSsl.h"

#include <openssl/rand.h>

#include <climits>

namespace keyward::crypto {

Result<SecureBytes> RandomSource::secretBytes(std::size_t size)
{
    SecureBytes out(size);
    if (auto st = fill(out.data(), size, true); !st)
        return st.error();
    return out;
}

Result<QByteArray> RandomSource::publicBytes(std::size_t size)
{
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    if (auto st = fill(reinterpret_cast<std::uint8_t *>(out.data()), size, false); !st)
        return st.error();
    return out;
}

Status SystemRandom::fill(std::uint8_t *out, std::size_t size, bool secret)
{
    while (size > 0) {
        const int chunk = size > std::size_t(INT_MAX) ? INT_MAX : int(size);
        const int rc = secret ? RAND_priv_bytes(out, chunk) : RAND_bytes(out, chunk);
        if (rc != 1)
            return ossl::failure(ErrorCode::Crypto, "random number generator failed");
        out += chunk;
        size -= std::size_t(chunk);
    }
    return {};
}

SystemRandom &SystemRandom::instance()
{
    static SystemRandom random;
    return random;
}

} // namespace keyward::crypto
