// DiskSpace: statvfs(2) on the nearest existing folder.
#include "util/DiskSpace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/statvfs.h>

namespace keyward {

bool nearlyFull(const QString &path, qint64 margin)
{
    QString at = QFileInfo(path).absoluteFilePath();
    while (!at.isEmpty() && !QFileInfo::exists(at)) {
        const QString up = QFileInfo(at).absolutePath();
        if (up == at)
            break;
        at = up;
    }
    struct statvfs vfs;
    if (at.isEmpty() || ::statvfs(QFile::encodeName(at).constData(), &vfs) != 0)
        return false;
    return qint64(vfs.f_bavail) * qint64(vfs.f_frsize) < margin;
}

Error diskFullError(const QString &path, const QString &detail)
{
    return Error::because(ErrorCode::Io, Reason::DiskFull, {path}, detail);
}

Error whenDiskFull(Error error, const QString &path)
{
    if (error.code != ErrorCode::Io || error.reason != Reason::None || !nearlyFull(path))
        return error;
    return diskFullError(path, QStringLiteral("%1 (no space left on the device)").arg(error.detail));
}

} // namespace keyward
