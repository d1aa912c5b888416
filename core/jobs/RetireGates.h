// RetireGates: the conditions under which an old KEK version may be disabled, across every workspace of the
// catalog: (1) no feature key wrapped under it, (2) no assignment naming it, (3) a rotation moved the key off
// it, (4) every user of the key verified (all objects, no finding) since that rotation, (5) the hold period
// after it passed. The retire job refuses while one is closed; the console shows each open or closed first.
#pragma once

#include "catalog/Catalog.h"
#include "jobs/JobFinding.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>
#include <set>

namespace keyward::jobs {

// One closed gate: what holds the version, as a finding of the retire job.
struct RetireBlocker
{
    FindingKind gate = FindingKind::HoldPeriod; // FkUnderVersion, AssignedVersion, NoRotation, NotVerified, HoldPeriod
    QString workspace;                          // empty when the gate is not about one workspace
    std::optional<model::Feature> feature;
    QString detail; // for people (English; front ends word the gate themselves)
};

struct RetireGates
{
    // Every (workspace id, feature) that uses the key: a feature key under one of its versions, or an assignment.
    std::set<std::pair<qint64, model::Feature>> users;
    std::optional<catalog::HistoryEntry> rotation; // the latest rotation that moved the key off the version
    std::optional<QDateTime> holdEnds;
    QList<RetireBlocker> blockers;

    bool isOpen(FindingKind gate) const;
    bool allOpen() const { return blockers.isEmpty(); }
    // The gates in the order they are checked.
    static QList<FindingKind> all();
};

// Evaluates every gate for version `version` of key `keyName` in store `store`, whose newest version is
// `newestVersion`, at `now`. Reads the catalog only.
Result<RetireGates> checkRetireGates(catalog::Catalog &catalog, const QString &store, const QString &keyName,
                                     const QString &version, const QString &newestVersion, qint64 holdSeconds,
                                     const QDateTime &now);

} // namespace keyward::jobs
