// ReportJson: the compliance report as JSON (schema docs/compliance-report.schema.json, version
// ComplianceReport::SchemaVersion) and the findings and key inventory as CSV. The JSON bytes are what a report
// signature covers: the same report always gives the same bytes.
#pragma once

#include "compliance/ComplianceService.h"

#include <QByteArray>
#include <QJsonObject>

namespace keyward::compliance {

QJsonObject reportJson(const ComplianceReport &report);
QByteArray reportJsonBytes(const ComplianceReport &report); // indented UTF-8, ending in a newline

// One row per finding: control, framework, reference, severity, outcome, workspace, feature, data types, subject,
// summary, remediation, the evidence's key, dates and job.
QByteArray findingsCsv(const ComplianceReport &report);
// One row per key version the workspaces use: store, key, version, kind, size, dates, age, state, policy, uses.
QByteArray inventoryCsv(const ComplianceReport &report);

// Whole days from `from` to `to` (negative when `to` is earlier).
qint64 ageInDays(const QDateTime &from, const QDateTime &to);

} // namespace keyward::compliance
