// SecureBytes: allocation and wiping of key buffers.
#include "crypto/SecureBytes.h"

#include <openssl/crypto.h>
#include <openssl/err.h>

#include <algorithm>
#include <cstring>
#include <new>

namespace keyward::crypto {

void detail::WipeDelete::operator()(std::uint8_t *p) const
{
    // Wipes, then frees from the secure heap or the ordinary one, whichever the buffer came from.
    if (p)
        OPENSSL_secure_clear_free(p, size);
}

// From OpenSSL's secure heap when the program set one up (util/ProcessHardening: left out of core dumps and
// locked in memory); from the ordinary heap when there is none or it is full.
static std::uint8_t *allocateKeyBuffer(std::size_t size)
{
    if (size == 0)
        return nullptr;
    ERR_set_mark();
    void *p = OPENSSL_secure_zalloc(size);
    if (!p) {
        ERR_pop_to_mark(); // a full secure heap is not an error of whatever the thread does next
        p = OPENSSL_zalloc(size);
    } else {
        ERR_clear_last_mark();
    }
    if (!p)
        throw std::bad_alloc();
    return static_cast<std::uint8_t *>(p);
}

SecureBytes::SecureBytes(std::size_t size) : m_data(allocateKeyBuffer(size), detail::WipeDelete{size}), m_size(size) {}

SecureBytes::SecureBytes(const std::uint8_t *data, std::size_t size) : SecureBytes(size)
{
    if (size)
        std::memcpy(m_data.get(), data, size);
}

SecureBytes SecureBytes::fromView(QByteArrayView bytes)
{
    return SecureBytes(reinterpret_cast<const std::uint8_t *>(bytes.data()), std::size_t(bytes.size()));
}

static int hexNibble(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

SecureBytes SecureBytes::fromHex(QByteArrayView hex, bool *ok)
{
    if (ok)
        *ok = false;
    if (hex.size() % 2 != 0)
        return {};
    SecureBytes out(std::size_t(hex.size() / 2));
    for (qsizetype i = 0; i < hex.size(); i += 2) {
        const int hi = hexNibble(hex[i]);
        const int lo = hexNibble(hex[i + 1]);
        if (hi < 0 || lo < 0)
            return {};
        out.data()[i / 2] = std::uint8_t(hi << 4 | lo);
    }
    if (ok)
        *ok = true;
    return out;
}

SecureBytes::~SecureBytes() = default;

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_data(std::move(other.m_data)), m_size(std::exchange(other.m_size, 0))
{
}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        m_data = std::move(other.m_data);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

void SecureBytes::truncate(std::size_t size)
{
    if (size >= m_size)
        return;
    OPENSSL_cleanse(m_data.get() + size, m_size - size);
    m_size = size; // the deleter still wipes the full allocation
}

void SecureBytes::grow(std::size_t size, std::size_t keep)
{
    if (size <= m_size)
        return;
    SecureBytes grown(size);
    if (keep > 0)
        std::memcpy(grown.data(), data(), std::min(keep, m_size));
    *this = std::move(grown);
}

void SecureBytes::clear()
{
    m_data.reset();
    m_size = 0;
}

bool SecureBytes::operator==(const SecureBytes &other) const
{
    if (m_size != other.m_size)
        return false;
    return m_size == 0 || CRYPTO_memcmp(data(), other.data(), m_size) == 0;
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), std::size_t(bytes.size()));
    bytes.clear();
}

} // namespace keyward::crypto
