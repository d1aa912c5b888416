// SafeWrite: writing a whole file in place of another, for files the product hands to people (exports, reports).
// A front to SafeFile (util/SafeFile.h), which holds the rules.
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QFileDevice>
#include <QString>

namespace keyward {

// Writes `bytes` to `path` through a SafeFile: a temporary file in the same folder, synced and renamed into
// place, so the file is whole or not there, and a file already at `path` stays as it was until the new one
// replaces it. A symbolic link at `path` is refused, never written through (nor replaced), and so is a folder
// that is not the caller's (see SafeFile). The file gets `permissions` (owner read and write by default).
// Refusals: Forbidden (OutputIsSymlink, OutputFolderUnsafe, OutputOwnedByOther, OutputNotAFile); failures:
// Io, reason OutputNotWritten (file, the system's reason).
Status writeFileAtomically(const QString &path, const QByteArray &bytes,
                           QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner);

// What writeFileAtomically() would refuse at `path` before writing anything (a symbolic link there included);
// Ok otherwise (nothing there included).
Status refuseSymbolicLink(const QString &path);

} // namespace keyward
