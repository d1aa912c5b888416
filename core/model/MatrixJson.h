// MatrixJson: the documented, stable JSON shape of a workspace's matrix (docs/MATRIX.md).
#pragma once

#include "model/Workspace.h"

#include <QJsonObject>

namespace keyward::model {

// Format tag and version; bump the version when a field changes meaning or disappears.
inline constexpr const char *MatrixJsonFormat = "keyward.matrix";
inline constexpr int MatrixJsonVersion = 1;

// {format, version, workspace{name, plan, region, keys{feature: id|null}},
//  options{option-id: bool}, summary{coverage-id: count}, rows[...]} — see docs/MATRIX.md.
QJsonObject workspaceToJson(const Workspace &workspace);
QJsonObject matrixToJson(const Workspace &workspace);

} // namespace keyward::model
