// DemoConstants: the fixed points the demo generator's files share: the epoch of every timestamp, and sizes.
#pragma once

#include <QtGlobal>

namespace keyward::demo {

constexpr qint64 EpochMs = 1704704400000; // 2024-01-08 09:00 UTC: every timestamp is an offset from it
constexpr qint64 DayMs = 86400000;
constexpr qint64 MiB = qint64(1) << 20;
// Kinds of files that the platform keeps small, or that are built whole in memory, stay under this.
constexpr qint64 InMemoryCap = 8 * MiB;

} // namespace keyward::demo
