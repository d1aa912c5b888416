// MatrixRules: pure functions from (data type, workspace) to the coverage the matrix shows.
#pragma once

#include "model/Coverage.h"
#include "model/DataType.h"
#include "model/MatrixCell.h"
#include "model/Workspace.h"

#include <QList>
#include <QMap>

namespace keyward::model {

// The rules, in order (the first that applies decides the coverage):
//  1. a data type no customer key can reach (feature Platform) -> PlatformKeyOnly;
//  2. the control-plane interactive results row, when the workspace stores all notebook results
//     in customer storage -> MovedByOption (the data now lives in the root-storage row);
//  3. plan Standard -> NotAvailableOnStandard;
//  4. the row's feature has a key -> CustomerKey, otherwise NoKeyAssigned.
// Independently: double encryption marks every row stored in workspace root storage, on any plan
// (its layer uses platform keys); rotate-to-latest marks managed-disk rows under a customer key.
MatrixCell evaluateCell(const DataType &type, const Workspace &workspace);

// One cell per DataTypeCatalogue::all() row, in that order.
QList<MatrixCell> evaluateMatrix(const Workspace &workspace);

// How many cells have each coverage (coverages with no cell are absent).
QMap<Coverage, int> countByCoverage(const QList<MatrixCell> &cells);

} // namespace keyward::model
