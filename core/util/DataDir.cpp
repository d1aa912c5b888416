// DataDir: data directory resolution shared by the GUI and the CLI.
#include "util/DataDir.h"

#include <QDir>
#include <QStandardPaths>

namespace keyward {

QString resolveDataDir(const QString &fromCommandLine)
{
    if (!fromCommandLine.isEmpty())
        return QDir(fromCommandLine).absolutePath();
    const QString env = qEnvironmentVariable("KEYWARD_DATA_DIR");
    if (!env.isEmpty())
        return QDir(env).absolutePath();
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("keyward"));
}

} // namespace keyward
