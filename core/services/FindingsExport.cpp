// FindingsExport: the findings CSV.
#include "services/FindingsExport.h"

#include <QSaveFile>

namespace keyward::services {

namespace {

QString quoted(QString s)
{
    s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
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
    QSaveFile f(path);
    auto failed = [&] {
        return Error::because(ErrorCode::Io, Reason::OutputNotWritten, {path, f.errorString()},
                              QStringLiteral("cannot write %1").arg(path));
    };
    if (!f.open(QIODevice::WriteOnly))
        return failed();
    const QByteArray bytes = findingsCsv(findings);
    if (f.write(bytes) != bytes.size() || !f.commit())
        return failed();
    return {};
}

} // namespace keyward::services
