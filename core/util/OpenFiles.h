// OpenFiles: the process's limit on open files (RLIMIT_NOFILE), which bounds how many objects a job holds open.
#pragma once

#include <QtGlobal>

namespace keyward {

// Raises this process's soft limit on open files to its hard limit, at most MaxOpenFiles: the soft limit many
// systems start programs with (1024) is kept low for programs that still use select(2), which Keyward and Qt do
// not. Call it first thing in main(); false when the limit could not be read or set (it stays as it was).
constexpr qint64 MaxOpenFiles = 1 << 16;
bool raiseOpenFileLimit();

// How many files this process may hold open now (the soft limit; MaxOpenFiles when it is unlimited or unknown).
qint64 openFileLimit();

} // namespace keyward
