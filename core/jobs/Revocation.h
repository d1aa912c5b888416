// Revocation: when a key the workspace needs cannot be used (disabled, deleted, expired, not yet valid), the
// object jobs stop before touching anything and list what that key leaves unreadable.
#pragma once

#include "jobs/JobFinding.h"
#include "jobs/ObjectPlan.h"

#include <QList>

namespace keyward::jobs {

bool isRevocation(const Error &error);

// One workspace-wide finding naming the cause, then one per object of `feature` (or, for the platform, per
// double-encrypted object) that the key leaves unreadable; each of the cause's kind (key-disabled, ...).
QList<JobFinding> blastRadius(const Error &cause, model::Feature feature, const QList<PlannedObject> &objects);

} // namespace keyward::jobs
