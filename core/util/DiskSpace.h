// DiskSpace: telling a full disk apart from other write failures, where the failing call does not say (SQLite).
#pragma once

#include "util/Error.h"

#include <QString>

namespace keyward {

// Whether the file system holding `path` (or its nearest existing folder) has less than `margin` bytes left for
// this user. False when it cannot be told.
bool nearlyFull(const QString &path, qint64 margin = qint64(1) << 20);

// A write to `path` failed for want of space: Io with reason DiskFull, naming `path`; `detail` says what failed.
Error diskFullError(const QString &path, const QString &detail);

// `error` as DiskFull naming `path` when it is an Io error without a reason and the device holding `path` is (nearly)
// full; otherwise `error` unchanged.
Error whenDiskFull(Error error, const QString &path);

} // namespace keyward
