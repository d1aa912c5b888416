// DemoUnit: one unit of a data type being made (a notebook and its metadata, an MLflow model directory, ...):
// its own random numbers and byte budget, and writes that count towards the summary and the progress.
#include "demo/DemoUnit.h"

#include "demo/DemoConstants.h"
#include "demo/DemoText.h"
#include "model/ObjectLayout.h"

namespace keyward::demo {

DemoUnit::DemoUnit(DemoRun &run, QLatin1String typeId, qint64 index, quint64 seed, qint64 budget)
    : rng(seed), index(index), budget(budget), m_run(run), m_typeId(typeId)
{
}

qint64 DemoUnit::time()
{
    return EpochMs + rng.below(90 * DayMs);
}

Status DemoUnit::put(const QString &path, const QByteArray &bytes)
{
    return stream(path, [&](DemoSink &sink) { sink.write(bytes); });
}

Status DemoUnit::stream(const QString &path, const std::function<void(DemoSink &)> &fill)
{
    auto writer = m_run.store.openWrite(path);
    if (!writer)
        return writer.error();
    DemoSink sink((*writer)->device());
    fill(sink);
    if (!sink.flush())
        return Error::make(ErrorCode::Io,
                           QStringLiteral("cannot write %1: %2").arg(path, (*writer)->device()->errorString()));
    if (Status committed = (*writer)->commit(); !committed)
        return committed;
    DemoTypeSummary &type = m_run.summary.perType[m_typeId];
    ++type.objects;
    type.bytes += sink.size();
    ++m_run.summary.objects;
    m_run.summary.bytes += sink.size();
    if (m_run.progress && !m_run.progress(m_run.summary.objects, m_run.total))
        return Error::make(ErrorCode::Cancelled, QStringLiteral("demo workspace generation cancelled"));
    return {};
}

QString DemoUnit::at(const QByteArray &rest) const
{
    return model::dataTypeFolder(m_typeId) + QLatin1Char('/') + latin(rest);
}

QString DemoUnit::in(const char *folder, const QByteArray &rest) const
{
    return QLatin1String(folder) + QLatin1Char('/') + latin(rest);
}

} // namespace keyward::demo
