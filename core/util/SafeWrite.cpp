// SafeWrite: a temporary file beside the target, synced and renamed over it.
#include "util/SafeWrite.h"

#include "util/DiskSpace.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace keyward {

namespace {

Error notWritten(const QString &path, const QString &why)
{
    if (nearlyFull(path))
        return diskFullError(path, QStringLiteral("cannot write %1: %2").arg(path, why));
    return Error::because(ErrorCode::Io, Reason::OutputNotWritten, {path, why},
                          QStringLiteral("cannot write %1: %2").arg(path, why));
}

// So that the rename itself survives a crash; a folder that cannot be synced leaves the file written all the same.
void syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    if (::fsync(fd) != 0)
        qWarning("keyward: the folder %s could not be synced", qPrintable(folder));
    ::close(fd);
}

::mode_t modeOf(QFileDevice::Permissions p)
{
    ::mode_t mode = 0;
    const struct
    {
        QFileDevice::Permission qt;
        ::mode_t bit;
    } bits[] = {
        {QFileDevice::ReadOwner, S_IRUSR}, {QFileDevice::WriteOwner, S_IWUSR}, {QFileDevice::ExeOwner, S_IXUSR},
        {QFileDevice::ReadGroup, S_IRGRP}, {QFileDevice::WriteGroup, S_IWGRP}, {QFileDevice::ExeGroup, S_IXGRP},
        {QFileDevice::ReadOther, S_IROTH}, {QFileDevice::WriteOther, S_IWOTH}, {QFileDevice::ExeOther, S_IXOTH}};
    for (const auto &b : bits)
        if (p.testFlag(b.qt))
            mode |= b.bit;
    return mode;
}

} // namespace

Status refuseSymbolicLink(const QString &path)
{
    struct stat st;
    if (::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISLNK(st.st_mode))
        return notWritten(path, qt_error_string(ELOOP));
    return {};
}

Status writeFileAtomically(const QString &path, const QByteArray &bytes, QFileDevice::Permissions permissions)
{
    if (auto st = refuseSymbolicLink(path); !st)
        return st;
    const QFileInfo target(path);
    const QByteArray native = QFile::encodeName(path);
    // Created exclusively, owner-only, in the target's folder so that the rename below is atomic.
    QTemporaryFile temp(target.absolutePath() + QStringLiteral("/.") + target.fileName() + QStringLiteral(".XXXXXX"));
    if (!temp.open())
        return notWritten(path, temp.errorString());
    if (temp.write(bytes) != bytes.size() || !temp.flush())
        return notWritten(path, temp.errorString());
    if (::fchmod(temp.handle(), modeOf(permissions)) != 0 || ::fsync(temp.handle()) != 0)
        return notWritten(path, qt_error_string(errno));
    // rename(2) replaces whatever is at `path` (a link that appeared meanwhile included) and never follows it.
    if (::rename(QFile::encodeName(temp.fileName()).constData(), native.constData()) != 0)
        return notWritten(path, qt_error_string(errno));
    temp.setAutoRemove(false);
    syncFolder(target.absolutePath());
    return {};
}

} // namespace keyward
