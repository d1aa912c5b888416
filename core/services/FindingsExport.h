// FindingsExport: a job's findings as CSV for machines (object, kind, segment, detail), written atomically.
#pragma once

#include "jobs/JobFinding.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace keyward::services {

// One header line, then one line per finding; every text field quoted, the kind by its stable name, the
// segment empty when the finding names none.
QByteArray findingsCsv(const QList<jobs::JobFinding> &findings);

// Writes findingsCsv() to `path` through a temporary file in the same folder, synced and renamed into place:
// the file is whole or not there, and a file already at `path` stays as it was until the new one replaces
// it. A symbolic link at `path` is refused, never written through (nor replaced): see writeFileAtomically().
// On failure: Io, reason OutputNotWritten (file, the system's reason).
Status writeFindingsCsv(const QString &path, const QList<jobs::JobFinding> &findings);

} // namespace keyward::services
