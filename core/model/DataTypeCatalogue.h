// DataTypeCatalogue: every type of data the CMK features cover (or cannot), from the source document's table.
#pragma once

#include "model/DataType.h"

#include <QAnyStringView>
#include <QLatin1String>
#include <QList>

namespace keyward::model {

// Ids the rules refer to by name; every other row is handled by its location and feature alone.
namespace dataTypeIds {
inline constexpr QLatin1String NotebookResultsControlPlane("notebook-results-control-plane");
inline constexpr QLatin1String NotebookResultsRootStorage("notebook-results-root-storage");
} // namespace dataTypeIds

class DataTypeCatalogue
{
public:
    // All rows, grouped by location in allLocations() order; within a group, in the source table's order.
    static const QList<DataType> &all();
    static QList<DataType> inLocation(Location location);
    // nullptr when no row has that id.
    static const DataType *find(QAnyStringView id);
};

} // namespace keyward::model
