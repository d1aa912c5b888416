// FindingsExport: the findings CSV, written atomically (util/SafeWrite).
#include "services/FindingsExport.h"

#include "util/Csv.h"
#include "util/SafeWrite.h"

namespace keyward::services {

QByteArray findingsCsv(const QList<jobs::JobFinding> &findings)
{
    QByteArray bytes = "object,kind,segment,detail\n";
    for (const jobs::JobFinding &x : findings)
        bytes += (csvField(x.object) + QLatin1Char(',') + csvField(jobs::findingKindName(x.kind)) + QLatin1Char(',') +
                  (x.segment >= 0 ? QString::number(x.segment) : QString()) + QLatin1Char(',') + csvField(x.detail) +
                  QLatin1Char('\n'))
                     .toUtf8();
    return bytes;
}

Status writeFindingsCsv(const QString &path, const QList<jobs::JobFinding> &findings)
{
    return writeFileAtomically(path, findingsCsv(findings));
}

} // namespace keyward::services
