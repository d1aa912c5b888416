// SecureBytes: a move-only byte buffer for key material that is wiped (OPENSSL_cleanse) when freed.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>
#include <cstdint>
#include <memory>

namespace keyward::crypto {

namespace detail {
struct WipeDelete
{
    std::size_t size = 0;
    void operator()(std::uint8_t *p) const;
};
} // namespace detail

class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size); // zero-filled
    SecureBytes(const std::uint8_t *data, std::size_t size);
    static SecureBytes fromView(QByteArrayView bytes);
    // Decodes hex without leaving a copy of the key in a temporary QByteArray.
    static SecureBytes fromHex(QByteArrayView hex, bool *ok = nullptr);
    ~SecureBytes();

    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;

    // Explicit, greppable copy: key material is never duplicated by accident.
    SecureBytes clone() const { return SecureBytes(data(), size()); }

    std::uint8_t *data() { return m_data.get(); }
    const std::uint8_t *data() const { return m_data.get(); }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    QByteArrayView view() const { return QByteArrayView(data(), qsizetype(m_size)); }

    // Shrinks the logical size, wiping the bytes cut off.
    void truncate(std::size_t size);
    // Grows to `size` bytes (no change when it holds that many already) in a new buffer that starts with the first
    // `keep` bytes of this one and is zero after them; the old buffer is wiped as it is freed.
    void grow(std::size_t size, std::size_t keep);
    void clear();

    bool operator==(const SecureBytes &other) const; // constant time for equal sizes

private:
    std::unique_ptr<std::uint8_t[], detail::WipeDelete> m_data;
    std::size_t m_size = 0;
};

// Wipes a QByteArray that held secret bytes (for buffers that had to pass through Qt APIs).
void wipe(QByteArray &bytes);

} // namespace keyward::crypto
