// OutputFile: written beside its target and renamed over it.
#include "services/OutputFile.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

namespace keyward::services {

namespace {

Error notWritten(const QString &path, const QString &why)
{
    return Error::because(ErrorCode::Io, Reason::OutputNotWritten, {path, why},
                          QStringLiteral("cannot write %1: %2").arg(path, why));
}

} // namespace

Status writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st;
    if (::lstat(native.constData(), &st) == 0 && S_ISLNK(st.st_mode))
        return notWritten(path, qt_error_string(ELOOP));
    // Created exclusively, owner-only, in the target's folder so that the rename below is atomic.
    QTemporaryFile temp(QFileInfo(path).absolutePath() + QStringLiteral("/.") + QFileInfo(path).fileName() +
                        QStringLiteral(".XXXXXX"));
    if (!temp.open())
        return notWritten(path, temp.errorString());
    if (temp.write(bytes) != bytes.size() || !temp.flush())
        return notWritten(path, temp.errorString());
    if (::fsync(temp.handle()) != 0)
        return notWritten(path, qt_error_string(errno));
    // rename(2) replaces whatever is at `path` (a link that appeared meanwhile included) and never follows it.
    if (::rename(QFile::encodeName(temp.fileName()).constData(), native.constData()) != 0)
        return notWritten(path, qt_error_string(errno));
    temp.setAutoRemove(false);
    return {};
}

} // namespace keyward::services
