// ComplianceRules: the pure functions that judge every control of allControls() over measured facts. No I/O,
// no clock but `facts.now`: the same facts and settings always give the same findings, in the same order.
#pragma once

#include "compliance/ComplianceModel.h"

namespace keyward::compliance {

// Every control judged for every subject it applies to (passes, fails, infos and not-applicables alike), in
// allControls() order, then by workspace, feature, data type and subject.
QList<Finding> evaluate(const ComplianceFacts &facts, const ComplianceSettings &settings);

// Reads the organisation's thresholds from an INI file (`[compliance]` keys as in docs/COMPLIANCE.md); the
// defaults for a file that does not exist. InvalidArgument naming the key for a value out of range or not a number.
Result<ComplianceSettings> readComplianceSettings(const QString &path);
// Where the data directory keeps them: <dataDir>/compliance.ini.
QString complianceSettingsPath(const QString &dataDir);

} // namespace keyward::compliance
