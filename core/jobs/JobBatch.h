// JobBatch: the batch runner behind Job::forEachBatch (a template, so it lives in a header).
#pragma once

#include <QtConcurrent/QtConcurrentMap>

#include <optional>

namespace keyward::jobs {

template <typename Item, typename Outcome>
Status Job::forEachBatch(const QList<Item> &items, const std::function<Outcome(const Item &)> &work,
                         const std::function<Status(const QList<Outcome> &)> &record)
{
    const qsizetype batch = qMax(1, m_settings.batchSize);
    for (qsizetype start = 0; start < items.size(); start += batch) {
        if (isCancelled())
            return Error::make(ErrorCode::Cancelled, QStringLiteral("cancelled"));
        const QList<Item> slice = items.mid(start, batch);
        const QList<Outcome> outcomes = QtConcurrent::blockingMapped<QList<Outcome>>(&m_pool, slice, work);
        if (auto st = record(outcomes); !st)
            return st;
        reportProgress(qMin<qint64>(start + batch, items.size()), items.size());
    }
    return {};
}

template <typename Outcome>
Status Job::recordBatch(catalog::Catalog &catalog, JobReport &report, const QList<Outcome> &outcomes,
                        const std::function<QString(const Outcome &)> &tally)
{
    std::optional<Error> stop;
    auto st = catalog.transaction([&]() -> Status {
        for (const Outcome &o : outcomes) {
            const QString detail = tally ? tally(o) : o.detail;
            if (o.state == QLatin1String("done") || o.state == QLatin1String("ok")) {
                ++report.processed;
            } else if (o.state == QLatin1String("skipped")) {
                ++report.skipped;
            } else {
                qint64 segment = -1;
                if constexpr (requires { o.segment; })
                    segment = o.segment;
                report.findings << JobFinding{o.path, o.finding.isEmpty() ? QStringLiteral("error") : o.finding,
                                              o.detail, segment};
                if (o.state == QLatin1String("error") && !stop)
                    stop = Error::make(o.code, QStringLiteral("%1: %2").arg(o.path, o.detail));
            }
            if (auto s = catalog.recordObject(m_jobId, {o.path, o.state, o.finding, detail}); !s)
                return s;
        }
        return {};
    });
    if (!st)
        return st;
    // An object that could not be handled (store gone, disk full, key lost) stops the job after its batch:
    // what was done is recorded, the rest is as it was, and a re-run carries on.
    return stop ? Status(*stop) : Status();
}

} // namespace keyward::jobs
