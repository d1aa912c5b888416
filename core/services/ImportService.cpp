// ImportService: folder import into a workspace's object store.
#include "services/ImportService.h"

#include "services/WorkspaceService.h"
#include "storage/ObjectStoreFactory.h"

namespace keyward::services {

Result<storage::ImportSummary> ImportService::importFolder(const ImportRequest &request)
{
    auto workspace = m_context.workspace(request.workspace);
    if (!workspace)
        return workspace.error();
    auto store = openWorkspaceStore(m_context, *workspace); // refused when the folder is no longer its own
    if (!store)
        return store.error();
    storage::ImportOptions options;
    options.overwrite = request.overwrite;
    options.dataTypeId = request.dataTypeId;
    options.progress = request.progress;
    auto summary = storage::importFolder(request.folder, **store, request.area, options);
    if (!summary)
        return summary.error();
    auto catalog = m_context.catalog();
    if (!catalog)
        return catalog.error();
    if (auto st = (*catalog)->audit(QStringLiteral("workspace.import"), request.workspace,
                                    QStringLiteral("%1 files into %2").arg(summary->files).arg(summary->folder));
        !st)
        return st.error();
    return summary;
}

} // namespace keyward::services
