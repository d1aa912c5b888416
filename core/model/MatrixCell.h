// MatrixCell: the computed coverage of one data type in one workspace, with the reason why, and, once measured,
// the state the workspace's keys and last jobs put it in.
#pragma once

#include "model/CellState.h"
#include "model/Coverage.h"
#include "model/CoverageFacts.h"
#include "model/Feature.h"

#include <QString>

#include <optional>

namespace keyward::model {

struct MatrixCell
{
    QString dataTypeId;
    // The CMK feature that covers (or would cover) the data; Platform when no customer key can.
    Feature feature = Feature::Platform;
    Coverage coverage = Coverage::PlatformKeyOnly;
    // What the cell shows: cellStateOf(coverage) until measured; then, under a customer key, what the facts say.
    CellState state = CellState::PlatformKeyOnly;
    std::optional<QString> keyId; // set exactly when coverage is CustomerKey
    // The DBFS root's platform-keyed infrastructure layer also encrypts this data.
    bool doubleEncrypted = false;
    // The customer key in effect here follows its newest version automatically (managed disks).
    bool rotatesToLatest = false;
    QString movedToId; // the data type that now holds this data, when coverage is MovedByOption
    QString reason;    // a few translated sentences: the coverage's, then what was measured
    // The facts behind the state; set when the cell was measured and its data is under a customer key.
    std::optional<CellMeasurement> measured;

    // True when data is stored here and only a platform-managed key protects it.
    bool platformKeyInEffect() const;
    // The key in effect: the measurement's, else what keyId names; nullopt without a key.
    std::optional<KeyFacts> keyInEffect() const;
    // The key in effect, short: "name · version" (the version's first 8 characters); empty without a key.
    QString keyShortText() const;
    // What the cell says, translated: its state's name, or for an unusable key what is wrong with it ("Key
    // disabled", "Key expired", ...).
    QString label() const;

    bool operator==(const MatrixCell &) const = default;
};

} // namespace keyward::model
