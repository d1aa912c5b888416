// Digest: SHA-256 (one-shot and incremental) and HMAC-SHA256 with constant-time verification.
#pragma once

#include "crypto/SecureBytes.h"
#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace keyward::crypto {

class Sha256
{
public:
    static constexpr int Size = 32;
    Sha256();
    ~Sha256();
    Sha256(Sha256 &&) noexcept;
    Sha256 &operator=(Sha256 &&) noexcept;

    Status update(QByteArrayView data);
    Result<QByteArray> final();

    static Result<QByteArray> hash(QByteArrayView data);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

Result<QByteArray> hmacSha256(QByteArrayView key, QByteArrayView message);
// True when `tag` equals the leftmost tag.size() bytes of HMAC(key, message); tags under 16 bytes are refused.
Result<bool> hmacSha256Verify(QByteArrayView key, QByteArrayView message, QByteArrayView tag);

} // namespace keyward::crypto
