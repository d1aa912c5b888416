// WorkspaceService: creates workspaces (catalog row and storage folders together), changes their plan,
// region and options under WorkspaceRules, and reads them with their assignments and feature keys.
#pragma once

#include "services/Context.h"
#include "storage/ObjectStore.h"

#include <memory>

#include <optional>

namespace keyward::services {

struct CreateWorkspaceRequest
{
    QString name;
    model::Plan plan = model::Plan::Premium;
    QString region;
    QList<model::WorkspaceOption> options; // turned on
    QString storage;                       // empty: <data dir>/workspaces/<name>
    QString origin;                        // who makes it, when not an admin ("demo"); kept in the audit entry
};

struct WorkspaceChangeRequest
{
    QString name;
    std::optional<model::Plan> plan;
    std::optional<QString> region;
    QList<QPair<model::WorkspaceOption, bool>> options; // each option at most once
};

// One setting that changed, in stable words ("plan", "premium", "standard"); the front end words it.
struct SettingChange
{
    enum class Kind
    {
        Plan,
        Region,
        Option
    };
    Kind kind = Kind::Plan;
    model::WorkspaceOption option = model::WorkspaceOption::NotebookResultsInCustomerStorage;
    QString from;
    QString to;
    QString auditText() const; // "plan premium -> standard", "dbfs-double-encryption on"
};

struct WorkspaceDetails
{
    catalog::WorkspaceRecord record;
    QList<catalog::Assignment> assignments;
    QList<catalog::FeatureKeyRecord> activeFeatureKeys;
    model::Workspace model; // with its assignments, for the matrix rules
    std::optional<catalog::Assignment> assignment(model::Feature feature) const;
};

struct WorkspaceChangeResult
{
    WorkspaceDetails after;
    QList<SettingChange> changes; // empty: nothing changed
};

// The object store of a workspace for anything that reads or writes its objects: refused (before anything in it is
// read) when its recorded folder no longer resolves to itself or overlaps another workspace's folder, the data
// directory or a system folder.
Result<std::unique_ptr<storage::ObjectStore>> openWorkspaceStore(Context &context,
                                                                 const catalog::WorkspaceRecord &workspace);

class WorkspaceService
{
public:
    explicit WorkspaceService(Context &context) : m_context(context) {}

    Result<WorkspaceDetails> create(const CreateWorkspaceRequest &request);
    Result<WorkspaceChangeResult> change(const WorkspaceChangeRequest &request);
    // NotFound (reason WorkspaceNotFound) when there is no such workspace.
    Result<WorkspaceDetails> details(const QString &name);
    Result<QList<WorkspaceDetails>> list();

private:
    Result<WorkspaceDetails> detailsOf(const catalog::WorkspaceRecord &record);
    Context &m_context;
};

} // namespace keyward::services
