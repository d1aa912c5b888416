// SafeWrite: a file written whole or not at all: through a temporary file created exclusively beside the target,
// synced, then renamed over it. A symbolic link at the target is refused, never written through.
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QFileDevice>
#include <QString>

namespace keyward {

// OutputNotWritten (code Io) naming the file and why, when any step fails; the target is then as it was.
Status writeFileAtomically(const QString &path, const QByteArray &bytes,
                           QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner);

// Io, reason OutputNotWritten, when a symbolic link stands at `path`; Ok otherwise (nothing there included).
Status refuseSymbolicLink(const QString &path);

} // namespace keyward
