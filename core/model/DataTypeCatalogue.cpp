// DataTypeCatalogue: the rows of the matrix as data.
#include "model/DataTypeCatalogue.h"

#include <QtGlobal>

namespace keyward::model {

namespace {

#define KW_TR(text) QT_TRANSLATE_NOOP("keyward::model::DataType", text)

QList<DataType> makeCatalogue()
{
    using L = Location;
    using F = Feature;
    return {
        // Control plane: managed services key.
        {QLatin1String("notebook-source"), KW_TR("Notebook source and metadata"),
         KW_TR("Notebook code and its metadata, kept in the control plane."), L::ControlPlane, F::ManagedServices},
        {QLatin1String("git-credentials"), KW_TR("PATs / Git credentials for Git folders"),
         KW_TR("Personal access tokens and other credentials used for Git integration with Git folders."),
         L::ControlPlane, F::ManagedServices},
        {QLatin1String("secrets"), KW_TR("Secrets from the secret manager APIs"),
         KW_TR("Secrets stored through the secret manager APIs."), L::ControlPlane, F::ManagedServices},
        {QLatin1String("sql-queries"), KW_TR("Databricks SQL queries and query history"),
         KW_TR("Saved SQL queries and the query history."), L::ControlPlane, F::ManagedServices},
        {dataTypeIds::NotebookResultsControlPlane, KW_TR("Interactive notebook results (partial, default)"),
         KW_TR("By default, results of notebooks run interactively are kept in the control plane for speed; "
               "large results go to the workspace root storage."),
         L::ControlPlane, F::ManagedServices},

        // Workspace root storage (DBFS root): DBFS root key.
        {QLatin1String("dbfs-root-data"), KW_TR("Customer-accessible DBFS root data, incl. FileStore"),
         KW_TR("Files in the workspace's DBFS root, including the FileStore area."), L::WorkspaceRootStorage,
         F::DbfsRoot},
        {QLatin1String("job-results"), KW_TR("Job results"), KW_TR("Results of notebooks and tasks run as jobs."),
         L::WorkspaceRootStorage, F::DbfsRoot},
        {QLatin1String("sql-results"), KW_TR("Databricks SQL results"), KW_TR("Result sets of SQL queries."),
         L::WorkspaceRootStorage, F::DbfsRoot},
        {QLatin1String("mlflow-models"), KW_TR("MLflow models"),
         KW_TR("Models logged with MLflow to the workspace root storage."), L::WorkspaceRootStorage, F::DbfsRoot},
        {QLatin1String("delta-live-tables"), KW_TR("Delta Live Tables on DBFS-root paths (not mount points)"),
         KW_TR("Delta Live Tables stored under a DBFS root path; paths that are mount points to other data "
               "sources are not covered."),
         L::WorkspaceRootStorage, F::DbfsRoot},
        {dataTypeIds::NotebookResultsRootStorage, KW_TR("Interactive notebook results (large, or all when configured)"),
         KW_TR("Large interactive results, or all of them when the workspace stores notebook results in customer "
               "storage."),
         L::WorkspaceRootStorage, F::DbfsRoot},
        {QLatin1String("system-data"), KW_TR("Other workspace system data, e.g. notebook revisions"),
         KW_TR("System data in the root storage that DBFS does not expose, such as notebook revisions."),
         L::WorkspaceRootStorage, F::DbfsRoot},
        {QLatin1String("model-serving-artifacts"), KW_TR("Model Serving: artifacts and version metadata you create"),
         KW_TR("Model artifacts and version metadata you create, kept in the DBFS root and used by the model "
               "registry and MLflow."),
         L::WorkspaceRootStorage, F::DbfsRoot},

        // Classic compute plane: managed disks key.
        {QLatin1String("classic-compute-disks"), KW_TR("Temporary VM disks of classic compute"),
         KW_TR("Temporary disk storage of cluster VMs in the classic compute plane in your subscription."),
         L::ComputePlane, F::ManagedDisks},

        // Serverless: nothing a customer key can reach.
        {QLatin1String("model-serving-image"), KW_TR("Model Serving: model image, ephemeral serverless storage"),
         KW_TR("Created by the platform on your behalf and encrypted with platform-managed keys; customer-managed "
               "keys are not supported."),
         L::Serverless, F::Platform},
        {QLatin1String("serverless-disks"), KW_TR("Serverless compute disks"),
         KW_TR("Short-lived disks tied to the serverless workload; managed-disk customer keys do not apply to "
               "serverless compute."),
         L::Serverless, F::Platform},
    };
}

#undef KW_TR

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
