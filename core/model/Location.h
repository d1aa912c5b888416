// Location: where a type of data lives, which decides which CMK feature (if any) can cover it.
#pragma once

#include <QList>
#include <QString>

namespace keyward::model {

enum class Location
{
    ControlPlane,         // run by the platform, outside the customer's subscription
    WorkspaceRootStorage, // the workspace's DBFS root storage account, in the customer's subscription
    ComputePlane,         // classic compute VMs in the customer's subscription
    Serverless,           // serverless compute run by the platform
};

// All locations in the order the matrix groups them.
QList<Location> allLocations();
QString locationId(Location location);
QString locationDisplayName(Location location);
// One translated sentence saying who runs the location and where it sits.
QString locationDescription(Location location);

} // namespace keyward::model
