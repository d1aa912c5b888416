// DataType: one row of the matrix: a kind of workspace data, where it lives and which CMK feature covers it.
#pragma once

#include "model/Feature.h"
#include "model/Location.h"

#include <QLatin1String>
#include <QString>

namespace keyward::model {

struct DataType
{
    QLatin1String id;   // stable kebab-case id, e.g. "notebook-source"; never translated
    const char *name;   // source text, marked with QT_TRANSLATE_NOOP in the "keyward::model::DataType" context
    const char *detail; // what the seed document says about it, same context; shown in tooltips and --json
    Location location;
    Feature feature; // the CMK feature that covers it by default, or Platform when none can

    QString displayName() const;
    QString displayDetail() const;
};

} // namespace keyward::model
