// MatrixJson: the documented, stable JSON shape of a workspace's matrix (docs/MATRIX.md).
#pragma once

#include "model/CoverageFacts.h"
#include "model/Workspace.h"

#include <QJsonObject>

namespace keyward::model {

// Format tag and version; bump the version when a field changes meaning or disappears.
inline constexpr const char *MatrixJsonFormat = "keyward.matrix";
inline constexpr int MatrixJsonVersion = 1;

// {format, version, workspace{name, plan, region, keys{feature: id|null}},
//  options{option-id: bool}, summary{coverage-id: count}, states{state-id: count}, rows[...]} — see
// docs/MATRIX.md. With facts, also measured{at, last-verify} and each customer-keyed row's measured{...}.
QJsonObject workspaceToJson(const Workspace &workspace);
QJsonObject matrixToJson(const Workspace &workspace);
QJsonObject matrixToJson(const Workspace &workspace, const CoverageFacts &facts);

} // namespace keyward::model
