// JobBatch: the batch runner behind Job::forEachBatch (a template, so it lives in a header).
#pragma once

#include <QtConcurrent/QtConcurrentMap>

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

} // namespace keyward::jobs
