// DataTypeCatalogue: every type of data the CMK features cover (or cannot): the seed document's table, and the rows
// the platform's current documentation adds.
#pragma once

#include "model/DataType.h"

#include <QAnyStringView>
#include <QLatin1String>
#include <QList>

namespace keyward::model {

// Ids the rules and the demo refer to by name; every other row is handled by its location and feature alone.
namespace dataTypeIds {
inline constexpr QLatin1String NotebookResultsControlPlane("notebook-results-control-plane");
inline constexpr QLatin1String NotebookResultsRootStorage("notebook-results-root-storage");
inline constexpr QLatin1String AiBiDashboards("ai-bi-dashboards");
inline constexpr QLatin1String VectorSearch("vector-search");
} // namespace dataTypeIds

class DataTypeCatalogue
{
public:
    // All rows, grouped by location in allLocations() order; within a group, in the seed table's order,
    // with the current documentation's rows after the seed's.
    static const QList<DataType> &all();
    static QList<DataType> inLocation(Location location);
    // nullptr when no row has that id.
    static const DataType *find(QAnyStringView id);
};

} // namespace keyward::model
