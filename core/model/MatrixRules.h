// MatrixRules: pure functions from (data type, workspace) to the coverage the matrix shows.
#pragma once

#include "model/CellState.h"
#include "model/Coverage.h"
#include "model/CoverageFacts.h"
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

// The measured cell: the configured one, and, when its data is under a customer key, the state the facts put it in.
// The first rule that applies decides:
//  1. the key version in effect is disabled, deleted, expired, not yet valid or missing -> KeyUnusable;
//  2. its store could not be reached -> KeyStoreUnreachable;
//  3. no full verification finished that started at or after the feature's last change -> NotVerified;
//  4. that verification found objects of the type in clear -> PlaintextFound, or with any other finding ->
//     FindingsFound;
//  5. the store is locked, so the key was not checked -> KeyNotChecked;
//  6. otherwise -> Verified.
// Facts about another workspace than `workspace` are ignored (the configured cell is returned).
MatrixCell evaluateCell(const DataType &type, const Workspace &workspace, const CoverageFacts &facts);
QList<MatrixCell> evaluateMatrix(const Workspace &workspace, const CoverageFacts &facts);

// How many cells have each coverage (coverages with no cell are absent).
QMap<Coverage, int> countByCoverage(const QList<MatrixCell> &cells);
// How many cells are in each state (states with no cell are absent).
QMap<CellState, int> countByState(const QList<MatrixCell> &cells);

} // namespace keyward::model
