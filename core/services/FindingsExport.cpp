// FindingsExport: the findings CSV, written beside its target and renamed over it.
#include "services/FindingsExport.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

namespace keyward::services {

namespace {

QString quoted(QString s)
{
    s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

Error notWritten(const QString &path, const QString &why)
{
    return Error::because(ErrorCode::Io, Reason::OutputNotWritten, {path, why},
                          QStringLiteral("cannot write %1: %2").arg(path, why));
}

} // namespace

QByteArray findingsCsv(const QList<jobs::JobFinding> &findings)
{
    QByteArray bytes = "object,kind,segment,detail\n";
    for (const jobs::JobFinding &x : findings)
        bytes += (quoted(x.object) + QLatin1Char(',') + quoted(jobs::findingKindName(x.kind)) + QLatin1Char(',') +
                  (x.segment >= 0 ? QString::number(x.segment) : QString()) + QLatin1Char(',') + quoted(x.detail) +
                  QLatin1Char('\n'))
                     .toUtf8();
    return bytes;
}

Status writeFindingsCsv(const QString &path, const QList<jobs::JobFinding> &findings)
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
    const QByteArray bytes = findingsCsv(findings);
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
