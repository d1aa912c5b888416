// CatalogAccess: how keywardctl commands reach the catalog: opened under the data directory, every change
// kept together with its audit entry, and the model workspace built from a catalog row and its assignments.
#pragma once

#include "catalog/Catalog.h"

#include <QString>

#include <functional>
#include <memory>

namespace keyward::cli {

class CatalogAccess
{
public:
    // `dataDir` as StoreAccess resolved it (--data-dir, $KEYWARD_DATA_DIR, or the user's data directory).
    explicit CatalogAccess(QString dataDir);

    // Opens the catalog at Catalog::defaultPath(dataDir), creating it on first use; once per command.
    Status open();
    catalog::Catalog &catalog() { return *m_catalog; }
    QString path() const;

    // Runs `change` and writes its audit entry in one transaction: both are kept, or neither.
    Status change(const QString &action, const QString &target, const QString &detail,
                  const std::function<Status(catalog::Catalog &)> &change);

    // The workspace row, with its assignments turned into key identifiers for the matrix rules.
    Result<catalog::WorkspaceRecord> workspace(const QString &name);
    Result<model::Workspace> modelWorkspace(const catalog::WorkspaceRecord &record);

private:
    QString m_dataDir;
    std::unique_ptr<catalog::Catalog> m_catalog;
};

// How an assignment names its key where no store is opened: "store/key/version", or "store/key" when it
// follows the newest version.
QString assignmentKeyRef(const catalog::Assignment &assignment);

} // namespace keyward::cli
