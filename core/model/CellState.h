// CellState: what one cell of the matrix says, once the workspace's real key and job facts are weighed: the
// configured coverage (what-if) refined, for data under a customer key, by the key's state and the last jobs.
#pragma once

#include "model/Coverage.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace keyward::model {

enum class CellState
{
    // Measured: the data's feature has a customer key (coverage CustomerKey).
    Verified,            // the last full verify, after the last change, found every object of the type in order
    NotVerified,         // not verified since the last change (or never)
    PlaintextFound,      // the last verify found objects of the type stored in clear
    FindingsFound,       // the last verify found objects sealed wrongly (tampered, wrong key, retired key...)
    KeyUnusable,         // the key version is disabled, deleted, expired or not yet valid
    KeyStoreUnreachable, // the key store cannot be opened
    KeyNotChecked,       // the key store is locked: its key was not checked (no prompt during a refresh)
                         // Configured only (the what-if matrix; nothing measured).
    CustomerKey,
    // The same for what-if and measured cells.
    NoKeyAssigned,
    PlatformKeyOnly,
    NotAvailableOnPlan,
    MovedByOption,
};

// Every state, in legend order.
QList<CellState> allCellStates();
// The states the what-if matrix shows (one per Coverage), and those a measured matrix can show.
QList<CellState> whatIfCellStates();
QList<CellState> measuredCellStates();
// The state of a cell nothing was measured for.
CellState cellStateOf(Coverage coverage);

QString cellStateId(CellState state); // "verified", "not-verified", ...
// Short translated label for a legend entry, and for a cell (MatrixCell::label() names the key problem precisely).
QString cellStateDisplayName(CellState state);
// One translated sentence explaining it, in the seed document's terms.
QString cellStateDescription(CellState state);
Result<CellState> parseCellState(QStringView id);
// True for the states that call for the admin's attention.
bool cellStateNeedsAttention(CellState state);

} // namespace keyward::model
