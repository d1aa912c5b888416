// ObjectLayout: where each data type's objects live in a workspace's store, and so which key covers an object.
#pragma once

#include "model/Feature.h"
#include "model/Location.h"
#include "model/WorkspaceOptions.h"
#include "util/Result.h"

#include <QAnyStringView>
#include <QLatin1String>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace keyward::model {

// The top-level folders of a workspace's store, one per place data lives (docs/WORKSPACE-LAYOUT.md).
enum class Area
{
    ControlPlane, // "control-plane/": managed services
    Root,         // "root/": the DBFS root storage account
    Disks,        // "disks/": managed disks of classic compute
    Serverless,   // "serverless/": serverless compute, platform keys only
};

QList<Area> allAreas();
QString areaId(Area area); // its folder name: "control-plane", "root", "disks", "serverless"
Result<Area> parseArea(QStringView id);
Location areaLocation(Area area);

// One folder of the layout and the DataTypeCatalogue row whose objects it holds. A data type has one or more
// folders; its first is where new objects of that type go.
struct LayoutFolder
{
    QLatin1String folder; // relative to the store's root, no trailing '/', e.g. "control-plane/sql/history"
    QLatin1String dataTypeId;
};

// Every folder of the layout, grouped by data type in DataTypeCatalogue::all() order.
const QList<LayoutFolder> &layoutFolders();
// The folders of one data type, default first; empty for an unknown id.
QStringList dataTypeFolders(QAnyStringView dataTypeId);
// Where new objects of a data type go; empty for an unknown id.
QString dataTypeFolder(QAnyStringView dataTypeId);

// What an object is, from where it lives.
struct ObjectClass
{
    QString dataTypeId; // a DataTypeCatalogue id
    QString folder;     // the layout folder it was found under
    Area area = Area::ControlPlane;
    Location location = Location::ControlPlane;
    Feature feature = Feature::Platform; // the data type's CMK feature, or Platform when none can apply

    bool operator==(const ObjectClass &) const = default;
};

// Classifies an object path (relative, '/'-separated, as ObjectStore uses) by the layout folder it lies under;
// the deepest folder decides. InvalidArgument for a malformed path, for a path outside every area, and for a
// path in an area but in none of its data types' folders (such an object has no data type, so no key).
Result<ObjectClass> classifyObject(const QString &path);

// How the jobs key one object, once the workspace options are applied.
struct ObjectKeying
{
    // The feature whose key seals the object: the one of the data type where the object lives. Platform when
    // no customer key can apply (serverless); the jobs leave such objects to the platform.
    Feature feature = Feature::Platform;
    // DBFS double encryption is on and the object is in root storage: it also gets the platform layer.
    bool platformLayer = false;
    // The options say this folder should no longer receive data (control-plane interactive results while
    // "store all notebook results in customer storage" is on). The object is still keyed by where it is, as
    // the platform does for results written before the option was turned on; the verify job reports it.
    bool movedByOption = false;
};

ObjectKeying keyFeatureFor(const ObjectClass &object, const WorkspaceOptions &options);

// The data type a new interactive notebook result belongs to: large results always go to root storage; the
// others stay in the control plane unless the workspace stores all results in customer storage.
QLatin1String interactiveResultsDataType(const WorkspaceOptions &options, bool large);

} // namespace keyward::model
