// MatrixCell: the computed coverage of one data type in one workspace, with the reason why.
#pragma once

#include "model/Coverage.h"
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
    std::optional<QString> keyId; // set exactly when coverage is CustomerKey
    // The DBFS root's platform-keyed infrastructure layer also encrypts this data.
    bool doubleEncrypted = false;
    // The customer key in effect here follows its newest version automatically (managed disks).
    bool rotatesToLatest = false;
    QString movedToId; // the data type that now holds this data, when coverage is MovedByOption
    QString reason;    // one or two translated sentences

    // True when data is stored here and only a platform-managed key protects it.
    bool platformKeyInEffect() const;

    bool operator==(const MatrixCell &) const = default;
};

} // namespace keyward::model
