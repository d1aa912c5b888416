// DataTypeCatalogue: the rows of the matrix as data.
#include "model/DataTypeCatalogue.h"

#include <QtGlobal>

namespace keyward::model {

namespace {

QList<DataType> makeCatalogue()
{
    using L = Location;
    using F = Feature;
    return {
        // Control plane: managed services key.
        {QLatin1String("notebook-source"),
         QT_TRANSLATE_NOOP("keyward::model::DataType", "Notebook source and metadata"),
         QT_TRANSLATE_NOOP("keyward::model::DataType", "Notebook code and its metadata, kept in the control plane."),
         L::ControlPlane, F::ManagedServices},
        {QLatin1String("git-credentials"),
         QT_TRANSLATE_NOOP("keyward::model::DataType", "PATs / Git credentials for Git folders"),
         QT_TRANSLATE_NOOP("keyward::model::DataType",
                           "Personal access tokens and other credentials used for Git integration with Git folders."),
         L::ControlPlane, F::ManagedServices},
        {QLatin1String("secrets"),
         QT_TRANSLATE_NOOP("keyward::model::DataType", "Secrets from the secret manager APIs"),
         QT_TRANSLATE_NOOP("keyward::model::DataType", "Secrets stored through the secret manager APIs."),
         L::ControlPlane, F::ManagedServices},
        {QLatin1String("sql-queries"),
         QT_TRANSLATE_NOOP("keyward::model::DataType", "Databricks SQL queries and query history"),
         QT_TRANSLATE_NOOP("keyward::model::DataType", "Saved SQL queries and the query history."), L::ControlPlane,
         F::ManagedServices},
        {dataTypeIds::NotebookResultsControlPlane,
         QT_TRANSLATE_NOOP("keyward::model::DataType", "Interactive notebook results (partial, default)"),
         QT_TRANSLATE_NOOP(
             "keyward::model::DataType",
             "By default, results of notebooks run interactively are kept in the control plane for speed; "
             "large results go to the workspace root storage."),
         L::ControlPlane, F::ManagedServices},
        // Not in the seed's table: rows the current documentation adds under the managed services key.
        {dataTypeIds::AiBiDashboards, QT_TRANSLATE_NOOP("keyward::model::DataType", "AI/BI dashboards"),
         QT_TRANSLATE_NOOP("keyward::model::DataType",
                           "Dashboards made with AI/BI: their definitions and drafts, kept in the control plane."),
         L::ControlPlane, F::ManagedServices, RowSource::CurrentDocs},
        {dataTypeIds::VectorSearch, QT_TRANSLATE_NOOP("keyward::model::DataType", "Vector Search indexes and metadata"),
         QT_TRANSLATE_NOOP("keyward::model::DataType",
                           "Vector Search indexes and the metadata that describes them, kept by the platform for the "
                           "workspace."),
         L::ControlPlane, F::ManagedServices, RowSource::CurrentDocs},

        // Workspace root storage (DBFS root): DBFS root key.
        {QLatin1String("dbfs-root-data"),
         QT_TRANSLATE_NOOP("keyward::model::DataType", "Customer-accessible DBFS root data, incl. FileStore"),
         QT_TRANSLATE_NOOP("keyward::model::DataType",
                           "Files in the workspace's DBFS root, including the FileStore area."),
         L::WorkspaceRootStorage, F::DbfsRoot},
        {QLatin1String("job-results"), QT_TRANSLATE_NOOP("keyward::model::DataType", "Job results"),
         QT_TRANSLATE_NOOP("keyward::model::DataType", "Results of notebooks and tasks run as jobs."),
         L::WorkspaceRootStorage, F::DbfsRoot},
        {QLatin1String("sql-results"), QT_TRANSLATE_NOOP("keyward::model::DataType", "Databricks SQL results"),
         QT_TRANSLATE_NOOP("keyward::model::DataType", "Result sets of SQL queries."), L::WorkspaceRootStorage,
         F::DbfsRoot},
        {QLatin1String("mlflow-models"), QT_TRANSLATE_NOOP("keyward::model::DataType", "MLflow models"),
         QT_TRANSLATE_NOOP("keyward::model::DataType", "Models logged with MLflow to the workspace root storage."),
         L::WorkspaceRootStorage, F::DbfsRoot},
        {QLatin1String("delta-live-tables"),
         QT_TRANSLATE_NOOP("keyward::model::DataType", "Delta Live Tables on DBFS-root paths (not mount points)"),
         QT_TRANSLATE_NOOP("keyward::model::DataType",
                           "Delta Live Tables stored under a DBFS root path; paths that are mount points to other data "
                           "sources are not covered."),
         L::WorkspaceRootStorage, F::DbfsRoot},
        {dataTypeIds::NotebookResultsRootStorage,
         QT_TRANSLATE_NOOP("keyward::model::DataType", "Interactive notebook results (large, or all when configured)"),
         QT_TRANSLATE_NOOP(
             "keyward::model::DataType",
             "Large interactive results, or all of them when the workspace stores notebook results in customer "
             "storage."),
         L::WorkspaceRootStorage, F::DbfsRoot},
        {QLatin1String("system-data"),
         QT_TRANSLATE_NOOP("keyward::model::DataType", "Other workspace system data, e.g. notebook revisions"),
         QT_TRANSLATE_NOOP("keyward::model::DataType",
                           "System data in the root storage that DBFS does not expose, such as notebook revisions."),
         L::WorkspaceRootStorage, F::DbfsRoot},
        {QLatin1String("model-serving-artifacts"),
         QT_TRANSLATE_NOOP("keyward::model::DataType", "Model Serving: artifacts and version metadata you create"),
         QT_TRANSLATE_NOOP(
             "keyward::model::DataType",
             "Model artifacts and version metadata you create, kept in the DBFS root and used by the model "
             "registry and MLflow."),
         L::WorkspaceRootStorage, F::DbfsRoot},

        // Classic compute plane: managed disks key.
        {QLatin1String("classic-compute-disks"),
         QT_TRANSLATE_NOOP("keyward::model::DataType", "Temporary VM disks of classic compute"),
         QT_TRANSLATE_NOOP("keyward::model::DataType",
                           "Temporary disk storage of cluster VMs in the classic compute plane in your subscription."),
         L::ComputePlane, F::ManagedDisks},

        // Serverless: nothing a customer key can reach.
        {QLatin1String("model-serving-image"),
         QT_TRANSLATE_NOOP("keyward::model::DataType", "Model Serving: model image, ephemeral serverless storage"),
         QT_TRANSLATE_NOOP(
             "keyward::model::DataType",
             "Created by the platform on your behalf and encrypted with platform-managed keys; customer-managed "
             "keys are not supported."),
         L::Serverless, F::Platform},
        {QLatin1String("serverless-disks"), QT_TRANSLATE_NOOP("keyward::model::DataType", "Serverless compute disks"),
         QT_TRANSLATE_NOOP(
             "keyward::model::DataType",
             "Short-lived disks tied to the serverless workload; managed-disk customer keys do not apply to "
             "serverless compute."),
         L::Serverless, F::Platform},
    };
}

} // namespace

const QList<DataType> &DataTypeCatalogue::all()
{
    static const QList<DataType> catalogue = makeCatalogue();
    return catalogue;
}

QList<DataType> DataTypeCatalogue::inLocation(Location location)
{
    QList<DataType> rows;
    for (const DataType &t : all()) {
        if (t.location == location)
            rows.append(t);
    }
    return rows;
}

const DataType *DataTypeCatalogue::find(QAnyStringView id)
{
    for (const DataType &t : all()) {
        if (QAnyStringView::equal(id, t.id))
            return &t;
    }
    return nullptr;
}

} // namespace keyward::model
