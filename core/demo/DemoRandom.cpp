// DemoRandom: the demo generator's seeded random numbers, the same for a seed with every compiler and library.
#include "demo/DemoRandom.h"

#include <QUuid>

namespace keyward::demo {

namespace {

quint64 rotl(quint64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

DemoRandom::DemoRandom(quint64 seed)
{
    for (quint64 &s : m_s)
        s = splitmix(seed);
}

quint64 DemoRandom::splitmix(quint64 &x)
{
    quint64 z = (x += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

quint64 DemoRandom::next()
{
    const quint64 result = rotl(m_s[1] * 5, 7) * 9;
    const quint64 t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

qint64 DemoRandom::below(qint64 n)
{
    return n > 0 ? qint64(next() % quint64(n)) : 0;
}

qint64 DemoRandom::range(qint64 lo, qint64 hi)
{
    return lo + below(hi - lo + 1);
}

double DemoRandom::unit()
{
    return double(next() >> 11) * 0x1.0p-53;
}

bool DemoRandom::chance(double p)
{
    return unit() < p;
}

const char *DemoRandom::pickWord(std::span<const char *const> pool)
{
    return pool[below(qint64(pool.size()))];
}

QByteArray DemoRandom::pick(std::span<const char *const> pool)
{
    return QByteArray(pickWord(pool));
}

QByteArray DemoRandom::hex(int chars)
{
    static const char digits[] = "0123456789abcdef";
    QByteArray out(chars, Qt::Uninitialized);
    for (int i = 0; i < chars; ++i)
        out[i] = digits[next() & 15];
    return out;
}

QByteArray DemoRandom::fromAlphabet(QByteArrayView alphabet, int chars)
{
    QByteArray out(chars, Qt::Uninitialized);
    for (int i = 0; i < chars; ++i)
        out[i] = alphabet[below(alphabet.size())];
    return out;
}

QByteArray DemoRandom::bytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    for (int i = 0; i < count; ++i)
        out[i] = char(next() & 0xff);
    return out;
}

QByteArray DemoRandom::uuid()
{
    QByteArray raw(16, Qt::Uninitialized);
    for (int i = 0; i < 16; ++i)
        raw[i] = char(next() & 0xff);
    raw[6] = char((raw[6] & 0x0f) | 0x40); // version 4
    raw[8] = char((raw[8] & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(raw).toByteArray(QUuid::WithoutBraces);
}

} // namespace keyward::demo
