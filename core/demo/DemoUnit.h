// DemoUnit: one unit of a data type being made (a notebook and its metadata, an MLflow model directory, ...):
// its own random numbers and byte budget, and writes that count towards the summary and the progress.
#pragma once

#include "demo/DemoRandom.h"
#include "demo/DemoSink.h"
#include "demo/DemoWorkspace.h"

#include <QLatin1String>

#include <functional>

namespace keyward::demo {

// What every unit of one generate() call writes into and reports to.
struct DemoRun
{
    storage::ObjectStore &store;
    const DemoProgress &progress;
    DemoSummary &summary;
    qint64 total;
};

class DemoUnit
{
public:
    DemoUnit(DemoRun &run, QLatin1String typeId, qint64 index, quint64 seed, qint64 budget);

    DemoRandom rng;
    const qint64 index;  // 0-based, per data type
    const qint64 budget; // bytes this unit's size-flexible files should add up to

    // A random time in the 90 days after the epoch.
    qint64 time();

    // One object, committed, counted, and reported to the progress callback.
    Status put(const QString &path, const QByteArray &bytes);
    Status stream(const QString &path, const std::function<void(DemoSink &)> &fill);

    // Folder of the unit's data type (the layout's default for it), with `rest` below it.
    QString at(const QByteArray &rest) const;
    QString in(const char *folder, const QByteArray &rest) const;

private:
    DemoRun &m_run;
    QLatin1String m_typeId;
};

} // namespace keyward::demo
