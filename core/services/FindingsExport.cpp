// FindingsExport: the findings CSV, written atomically (services/OutputFile).
#include "services/FindingsExport.h"

#include "services/OutputFile.h"

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
    return writeFileAtomically(path, findingsCsv(findings));
}

} // namespace keyward::services
