// DemoRandom: the demo generator's seeded random numbers, the same for a seed with every compiler and library.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <array>
#include <span>

namespace keyward::demo {

// xoshiro256**, our own, because std:: distributions differ between standard libraries and the same seed must
// give the same workspace everywhere.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed);

    // One splitmix64 step: seeds the state, and mixes a unit's coordinates into its seed.
    static quint64 splitmix(quint64 &x);

    quint64 next();
    qint64 below(qint64 n);             // in [0, n); 0 when n <= 0
    qint64 range(qint64 lo, qint64 hi); // inclusive
    double unit();                      // in [0, 1)
    bool chance(double p);
    const char *pickWord(std::span<const char *const> pool);
    QByteArray pick(std::span<const char *const> pool);
    QByteArray hex(int chars);
    QByteArray fromAlphabet(QByteArrayView alphabet, int chars);
    QByteArray bytes(int count);
    QByteArray uuid(); // version 4, lower case, without braces

private:
    std::array<quint64, 4> m_s;
};

} // namespace keyward::demo
