// FuzzSupport: what the fuzz targets share: the input as bytes and a check that stops the run on a broken
// property (a crash for libFuzzer, which keeps the input).
#pragma once

#include <QByteArray>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace keyward::fuzz {

inline QByteArray bytesOf(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

[[noreturn]] inline void fail(const char *what, const char *file, int line)
{
    std::fprintf(stderr, "%s:%d: property broken: %s\n", file, line, what);
    std::abort();
}

} // namespace keyward::fuzz

#define KW_FUZZ_CHECK(cond)                                                                                            \
    do {                                                                                                               \
        if (!(cond))                                                                                                   \
            ::keyward::fuzz::fail(#cond, __FILE__, __LINE__);                                                          \
    } while (false)
