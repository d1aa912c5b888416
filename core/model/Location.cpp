// Location: ids, names and descriptions of the places data lives.
#include "model/Location.h"

#include <QCoreApplication>

namespace keyward::model {

QList<Location> allLocations()
{
    return {Location::ControlPlane, Location::WorkspaceRootStorage, Location::ComputePlane, Location::Serverless};
}

QString locationId(Location location)
{
    switch (location) {
    case Location::ControlPlane:
        return QStringLiteral("control-plane");
    case Location::WorkspaceRootStorage:
        return QStringLiteral("workspace-root-storage");
    case Location::ComputePlane:
        return QStringLiteral("compute-plane");
    case Location::Serverless:
        return QStringLiteral("serverless");
    }
    return QString();
}

QString locationDisplayName(Location location)
{
    switch (location) {
    case Location::ControlPlane:
        return QCoreApplication::translate("keyward::model::Location", "Control plane");
    case Location::WorkspaceRootStorage:
        return QCoreApplication::translate("keyward::model::Location", "Workspace root storage");
    case Location::ComputePlane:
        return QCoreApplication::translate("keyward::model::Location", "Classic compute plane");
    case Location::Serverless:
        return QCoreApplication::translate("keyward::model::Location", "Serverless compute");
    }
    return QString();
}

QString locationDescription(Location location)
{
    switch (location) {
    case Location::ControlPlane:
        return QCoreApplication::translate("keyward::model::Location",
                                           "Run by the platform; protected by the managed services key.");
    case Location::WorkspaceRootStorage:
        return QCoreApplication::translate("keyward::model::Location",
                                           "The DBFS root storage account in your subscription; protected by the "
                                           "DBFS root key.");
    case Location::ComputePlane:
        return QCoreApplication::translate("keyward::model::Location",
                                           "Classic compute VMs in your subscription; protected by the managed "
                                           "disks key.");
    case Location::Serverless:
        return QCoreApplication::translate("keyward::model::Location",
                                           "Run by the platform on your behalf; platform-managed keys only.");
    }
    return QString();
}

} // namespace keyward::model
