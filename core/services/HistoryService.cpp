// HistoryService: reads of the rotation history, its filter and the rotations per key.
#include "services/HistoryService.h"

#include "services/KeptHead.h"

#include "util/Input.h"

#include <QRegularExpression>

#include <algorithm>

namespace keyward::services {

bool HistoryFilter::matches(const catalog::HistoryEntry &entry) const
{
    if (!workspace.isEmpty() && entry.workspace != workspace)
        return false;
    if (!key.isEmpty() && entry.key != key)
        return false;
    if (feature && entry.feature != model::featureId(*feature))
        return false;
    return !since.isValid() || entry.at >= since;
}

QList<HistoryPeriod> allHistoryPeriods()
{
    return {HistoryPeriod::LastWeek, HistoryPeriod::Last30Days, HistoryPeriod::Last90Days, HistoryPeriod::LastYear,
            HistoryPeriod::All};
}

QDateTime periodStart(HistoryPeriod period, const QDateTime &now)
{
    switch (period) {
    case HistoryPeriod::LastWeek:
        return now.addDays(-7);
    case HistoryPeriod::Last30Days:
        return now.addDays(-30);
    case HistoryPeriod::Last90Days:
        return now.addDays(-90);
    case HistoryPeriod::LastYear:
        return now.addYears(-1);
    case HistoryPeriod::All:
        break;
    }
    return {};
}

Result<QDateTime> parseSince(const QString &text, const QDateTime &now)
{
    static const QRegularExpression relative(QStringLiteral("^(\\d{1,6})([hdw])$"));
    const QString t = text.trimmed();
    if (const auto m = relative.match(t); m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        const QChar unit = m.captured(2).at(0);
        const qint64 hours = unit == QLatin1Char('h') ? n : unit == QLatin1Char('d') ? n * 24 : n * 24 * 7;
        return now.addSecs(-hours * 3600);
    }
    // A date: input::dateTime's one grammar (a time without an offset is UTC, as the history records it).
    if (t.size() >= 10 && t.at(4) == QLatin1Char('-')) {
        auto at = input::dateTime(QStringLiteral("--since"), t, now);
        if (!at)
            return at.error();
        return at->utc;
    }
    return Error::because(ErrorCode::InvalidArgument, Reason::InputNotADuration, {QStringLiteral("--since"), text},
                          QStringLiteral("'%1' is neither a count of hours, days or weeks (36h, 30d, 2w) nor an "
                                         "ISO 8601 date")
                              .arg(text));
}

bool isRotation(const catalog::HistoryEntry &entry)
{
    return entry.action == QLatin1String("rotate") || entry.action == QLatin1String("adopt");
}

bool isSuccessfulRotation(const catalog::HistoryEntry &entry)
{
    return isRotation(entry) && entry.result.startsWith(QLatin1String("ok")) && entry.newVersion != entry.oldVersion;
}

QList<KeyRotations> rotationsByKey(const QList<catalog::HistoryEntry> &entries)
{
    QList<KeyRotations> keys;
    for (const catalog::HistoryEntry &e : entries) {
        if (!isRotation(e))
            continue;
        auto it = std::find_if(keys.begin(), keys.end(), [&](const KeyRotations &k) { return k.key == e.key; });
        if (it == keys.end()) {
            keys << KeyRotations{e.key, 0, 0, {}, e.at};
            it = keys.end() - 1;
        }
        if (isSuccessfulRotation(e)) {
            ++it->rotations;
            if (!it->lastRotation.isValid() || e.at > it->lastRotation)
                it->lastRotation = e.at;
        } else {
            ++it->failed;
        }
        if (e.at < it->firstEntry)
            it->firstEntry = e.at;
    }
    return keys;
}

Result<QList<catalog::HistoryEntry>> HistoryService::entries(const QString &workspace)
{
    auto catalog = m_context.catalog();
    if (!catalog)
        return catalog.error();
    // A workspace is never removed from the catalog, so one it does not hold was mistyped: not found, rather than
    // an empty history that would read as "never rotated".
    if (!workspace.isEmpty()) {
        if (auto known = m_context.workspace(workspace); !known)
            return known.error();
    }
    return (*catalog)->history(workspace);
}

Result<QList<catalog::HistoryEntry>> HistoryService::entries(const HistoryFilter &filter)
{
    auto all = entries(filter.workspace);
    if (!all)
        return all.error();
    QList<catalog::HistoryEntry> kept;
    for (const catalog::HistoryEntry &e : std::as_const(*all))
        if (filter.matches(e))
            kept << e;
    return kept;
}

Result<catalog::HistoryCheck> HistoryService::verify()
{
    auto catalog = m_context.catalog();
    if (!catalog)
        return catalog.error();
    // The file under the chain first: a damaged page is said as such, not as a broken chain.
    if (auto sound = (*catalog)->checkIntegrity(); !sound)
        return sound.error();
    auto check = (*catalog)->verifyHistory();
    if (!check || !check->intact)
        return check;
    auto id = m_context.catalogId();
    if (!id)
        return id.error();
    auto kept = readKeptHead(m_context.secrets(), *id);
    if (!kept) {
        // A keychain that does not answer leaves the history unanchored: said, not failed.
        check->anchor = catalog::HistoryAnchorState::NotAnchored;
        return check;
    }
    auto entries = (*catalog)->history();
    if (!entries)
        return entries.error();
    return compareWithKeptHead(*check, *entries, *kept);
}

} // namespace keyward::services
