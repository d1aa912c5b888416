// HistoryService: the rotation history as the front ends read it: entries (of one workspace or all, or those a
// filter keeps), the state of the hash chain, and the rotations of each key.
#pragma once

#include "model/Feature.h"
#include "services/Context.h"

#include <optional>

namespace keyward::services {

// Which entries to show: each field set narrows; the default keeps every entry.
struct HistoryFilter
{
    QString workspace;                     // empty: every workspace
    QString key;                           // "store/key"; empty: every key
    std::optional<model::Feature> feature; // nullopt: every feature
    QDateTime since;                       // invalid: from the first entry; else entries at or after it

    bool matches(const catalog::HistoryEntry &entry) const;
};

// The periods the console offers, back from now.
enum class HistoryPeriod
{
    LastWeek,
    Last30Days,
    Last90Days,
    LastYear,
    All,
};
QList<HistoryPeriod> allHistoryPeriods();
// Where the period starts, `now` being its end; invalid for All.
QDateTime periodStart(HistoryPeriod period, const QDateTime &now);
// A --since value: a count of hours, days or weeks back from `now` ("36h", "30d", "2w"), or an ISO 8601 date
// ("2026-01-31", midnight UTC) or date and time. InvalidArgument for anything else.
Result<QDateTime> parseSince(const QString &text, const QDateTime &now);

// A new key version, made (rotate) or taken from the store (adopt), whatever its outcome.
bool isRotation(const catalog::HistoryEntry &entry);
// A rotation that moved the key to a new version.
bool isSuccessfulRotation(const catalog::HistoryEntry &entry);

// The rotations of one key, from the history.
struct KeyRotations
{
    QString key;            // "store/key"
    qint64 rotations = 0;   // successful ones
    qint64 failed = 0;      // rotations that did not move the key
    QDateTime lastRotation; // of the last successful rotation; invalid when there was none
    QDateTime firstEntry;   // the key's first rotation entry
};
// One per key with a rotation entry, in the order the keys first appear in `entries` (oldest first).
QList<KeyRotations> rotationsByKey(const QList<catalog::HistoryEntry> &entries);

class HistoryService
{
public:
    explicit HistoryService(Context &context) : m_context(context) {}
    // Oldest first; every workspace when `workspace` is empty; NotFound (workspace-not-found) for a workspace the
    // catalog does not hold.
    Result<QList<catalog::HistoryEntry>> entries(const QString &workspace = {});
    // Oldest first, those `filter` keeps.
    Result<QList<catalog::HistoryEntry>> entries(const HistoryFilter &filter);
    // The whole chain walked: intact, or the first entry that was edited, removed, inserted or reordered; then
    // compared with the head kept outside the catalog (KeptHead): truncated or rewritten is broken too.
    Result<catalog::HistoryCheck> verify();

private:
    Context &m_context;
};

} // namespace keyward::services
