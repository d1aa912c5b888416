// ObjectLayout: the folder table and the classification of object paths by it.
#include "model/ObjectLayout.h"

#include "model/DataTypeCatalogue.h"

#include <algorithm>

namespace keyward::model {

namespace {

QList<LayoutFolder> makeFolders()
{
    using L = QLatin1String;
    // One block per DataTypeCatalogue row, in its order; the first folder of a block is the type's default.
    // The serverless model image and its ephemeral storage are one catalogue row with two folders.
    return {
        {L("control-plane/notebooks"), L("notebook-source")},
        {L("control-plane/git-credentials"), L("git-credentials")},
        {L("control-plane/secrets"), L("secrets")},
        {L("control-plane/sql/queries"), L("sql-queries")},
        {L("control-plane/sql/history"), L("sql-queries")},
        {L("control-plane/results"), dataTypeIds::NotebookResultsControlPlane},
        {L("control-plane/dashboards"), dataTypeIds::AiBiDashboards},
        {L("control-plane/vector-search"), dataTypeIds::VectorSearch},
        {L("root/FileStore"), L("dbfs-root-data")},
        {L("root/dbfs"), L("dbfs-root-data")},
        {L("root/jobs"), L("job-results")},
        {L("root/sql-results"), L("sql-results")},
        {L("root/mlflow"), L("mlflow-models")},
        {L("root/dlt"), L("delta-live-tables")},
        {L("root/results"), dataTypeIds::NotebookResultsRootStorage},
        {L("root/system/revisions"), L("system-data")},
        {L("root/system"), L("system-data")},
        {L("root/model-serving"), L("model-serving-artifacts")},
        {L("disks"), L("classic-compute-disks")},
        {L("serverless/model-images"), L("model-serving-image")},
        {L("serverless/ephemeral"), L("model-serving-image")},
        {L("serverless/disks"), L("serverless-disks")},
    };
}

Error refused(const QString &path, const QString &why)
{
    return Error::make(ErrorCode::InvalidArgument, QStringLiteral("'%1' %2").arg(path, why));
}

// The same shape rules as storage::checkObjectPath, kept here so that the model does not depend on storage.
bool wellFormed(const QString &path)
{
    if (path.isEmpty() || path.contains(QLatin1Char('\\')) || path.contains(QLatin1Char('\0')))
        return false;
    for (QStringView segment : QStringView(path).split(QLatin1Char('/'))) {
        if (segment.isEmpty() || segment == QLatin1String(".") || segment == QLatin1String(".."))
            return false;
    }
    return true;
}

} // namespace

QList<Area> allAreas()
{
    return {Area::ControlPlane, Area::Root, Area::Disks, Area::Serverless};
}

QString areaId(Area area)
{
    switch (area) {
    case Area::ControlPlane:
        return QStringLiteral("control-plane");
    case Area::Root:
        return QStringLiteral("root");
    case Area::Disks:
        return QStringLiteral("disks");
    case Area::Serverless:
        return QStringLiteral("serverless");
    }
    return QString();
}

Result<Area> parseArea(QStringView id)
{
    for (Area area : allAreas()) {
        if (id == areaId(area))
            return area;
    }
    return Error::make(
        ErrorCode::InvalidArgument,
        QStringLiteral("unknown area '%1' (expected control-plane, root, disks or serverless)").arg(id.toString()));
}

Location areaLocation(Area area)
{
    switch (area) {
    case Area::ControlPlane:
        return Location::ControlPlane;
    case Area::Root:
        return Location::WorkspaceRootStorage;
    case Area::Disks:
        return Location::ComputePlane;
    case Area::Serverless:
        return Location::Serverless;
    }
    return Location::ControlPlane;
}

const QList<LayoutFolder> &layoutFolders()
{
    static const QList<LayoutFolder> folders = makeFolders();
    return folders;
}

QStringList dataTypeFolders(QAnyStringView dataTypeId)
{
    QStringList folders;
    for (const LayoutFolder &f : layoutFolders()) {
        if (QAnyStringView::equal(dataTypeId, f.dataTypeId))
            folders.append(f.folder);
    }
    return folders;
}

QString dataTypeFolder(QAnyStringView dataTypeId)
{
    for (const LayoutFolder &f : layoutFolders()) {
        if (QAnyStringView::equal(dataTypeId, f.dataTypeId))
            return f.folder;
    }
    return QString();
}

Result<ObjectClass> classifyObject(const QString &path)
{
    if (!wellFormed(path) || path.startsWith(QLatin1Char('/')))
        return refused(path, QStringLiteral("is not a valid object path"));
    const QString areaName = path.section(QLatin1Char('/'), 0, 0);
    Result<Area> area = parseArea(areaName);
    if (!area)
        return refused(path, QStringLiteral("is outside every area of the workspace (control-plane/, root/, disks/, "
                                            "serverless/)"));

    const LayoutFolder *best = nullptr;
    for (const LayoutFolder &f : layoutFolders()) {
        // An object lies strictly below its folder: the folder itself is not an object.
        if (path.size() > f.folder.size() + 1 && path.startsWith(f.folder) &&
            path.at(f.folder.size()) == QLatin1Char('/') && (!best || f.folder.size() > best->folder.size()))
            best = &f;
    }
    if (!best) {
        QStringList known;
        for (const LayoutFolder &f : layoutFolders()) {
            if (f.folder.startsWith(areaName + QLatin1Char('/')) || f.folder == areaName)
                known.append(f.folder + QLatin1Char('/'));
        }
        return refused(path, QStringLiteral("is in no data type's folder of %1 (expected one of %2)")
                                 .arg(areaName, known.join(QLatin1String(", "))));
    }
    const DataType *type = DataTypeCatalogue::find(best->dataTypeId);
    if (!type) // the folder table names a row the catalogue lacks: a programming error the tests catch
        return Error::make(ErrorCode::InvalidArgument,
                           QStringLiteral("no data type '%1' in the catalogue").arg(best->dataTypeId));
    return ObjectClass{type->id, best->folder, *area, type->location, type->feature};
}

ObjectKeying keyFeatureFor(const ObjectClass &object, const WorkspaceOptions &options)
{
    ObjectKeying keying;
    keying.feature = object.feature;
    keying.platformLayer = options.dbfsDoubleEncryption && object.location == Location::WorkspaceRootStorage;
    keying.movedByOption =
        options.notebookResultsInCustomerStorage && object.dataTypeId == dataTypeIds::NotebookResultsControlPlane;
    return keying;
}

QLatin1String interactiveResultsDataType(const WorkspaceOptions &options, bool large)
{
    return large || options.notebookResultsInCustomerStorage ? dataTypeIds::NotebookResultsRootStorage
                                                             : dataTypeIds::NotebookResultsControlPlane;
}

} // namespace keyward::model
