// ImportService: folder import into a workspace's object store.
#include "services/ImportService.h"

#include "jobs/Job.h"
#include "model/ObjectLayout.h"
#include "services/WorkspaceService.h"
#include "storage/ObjectStoreFactory.h"
#include "util/ProcessLock.h"
#include "util/SafeFile.h"

#include <QFileInfo>

namespace keyward::services {

Result<storage::ImportSummary> ImportService::importFolder(const ImportRequest &request)
{
    auto workspace = m_context.workspace(request.workspace);
    if (!workspace)
        return workspace.error();
    // The workspace's job lock, as every job takes it: an import never races an encrypt, a rekey or another import
    // over the same objects (an import with overwrite could otherwise put plaintext over an object just sealed).
    std::optional<ProcessLock> lock;
    if (auto locked = jobs::Job::lockWorkspace(lock, m_context.catalogPath(), *workspace); !locked)
        return locked.error();
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
    // What the import brought in goes into the object inventory as plain, with the audit entry: a sealed object
    // it replaced stays known as a past version, so an old copy of it put back is caught.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<catalog::InventoryEntry> entries;
    entries.reserve(summary->written.size());
    for (const storage::ObjectInfo &o : std::as_const(summary->written)) {
        catalog::InventoryEntry e;
        e.workspaceId = workspace->id;
        e.path = o.path;
        if (auto cls = model::classifyObject(o.path))
            e.feature = model::featureId(model::keyFeatureFor(*cls, workspace->workspace.options()).feature);
        e.state = catalog::InventoryState::Plain;
        e.size = o.size;
        e.updated = now;
        entries << std::move(e);
    }
    auto st = (*catalog)->transaction([&]() -> Status {
        if (auto put = (*catalog)->putInventory(entries); !put)
            return put;
        return (*catalog)->audit(QStringLiteral("workspace.import"), request.workspace,
                                 QStringLiteral("%1 files into %2").arg(summary->files).arg(summary->folder));
    });
    if (!st)
        return st.error();
    return summary;
}

} // namespace keyward::services
