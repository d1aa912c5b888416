// SafeWrite: writing a whole file in place of another, for files the product hands to people (exports, reports).
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QFileDevice>
#include <QString>

namespace keyward {

// Writes `bytes` to `path` through a temporary file in the same folder, synced and renamed into place: the
// file is whole or not there, and a file already at `path` stays as it was until the new one replaces it. A
// symbolic link at `path` is refused, never written through (nor replaced). The file gets `permissions`
// (owner read and write by default).
// On failure: Io, reason OutputNotWritten (file, the system's reason).
Status writeFileAtomically(const QString &path, const QByteArray &bytes,
                           QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner);

// Io, reason OutputNotWritten, when a symbolic link stands at `path`; Ok otherwise (nothing there included).
Status refuseSymbolicLink(const QString &path);

} // namespace keyward
