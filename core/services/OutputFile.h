// OutputFile: how exports (findings CSV, configuration as code, reports) write a file the admin named.
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace keyward::services {

// Writes `bytes` to `path` through a temporary file in the same folder, synced and renamed into place: the file
// is whole or not there, and a file already at `path` stays as it was until the new one replaces it. A symbolic
// link at `path` is refused, never written through (nor replaced).
// On failure: Io, reason OutputNotWritten (file, the system's reason).
Status writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace keyward::services
