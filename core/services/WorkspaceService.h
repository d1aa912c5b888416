// WorkspaceService: creates workspaces (catalog row and storage folders together), changes their plan,
// region and options under WorkspaceRules, and reads them with their assignments and feature keys.
#pragma once

#include "services/Context.h"
#include "storage/AzureBlobStore.h"
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
    QString storage;                       // empty: <data dir>/workspaces/<name>; or an "azure-blob:" location
    QString origin;                        // who makes it, when not an admin ("demo"); kept in the audit entry
    // For an "azure-blob:" storage: the account's key or a SAS token, kept in the OS keychain under the location's
    // secretName(). When absent, the entry already there is used.
    std::optional<storage::AzureBlobCredential> storageCredential;
};

// How an admin gives a blob container's credential.
enum class BlobSecretKind
{
    AccountKey,       // the storage account's key, base64 as the portal shows it
    Sas,              // a SAS token (with or without its leading '?')
    ConnectionString, // a connection string; its blob endpoint and account must be the storage location's
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
    // The credential for the "azure-blob:" location `storage` from what an admin typed or pasted:
    // InvalidArgument (ConnectionStringInvalid, or a key that is not base64) naming what is wrong, never the secret.
    static Result<storage::AzureBlobCredential> blobCredential(const QString &storage, BlobSecretKind kind,
                                                               const crypto::SecureBytes &secret);
    Result<WorkspaceChangeResult> change(const WorkspaceChangeRequest &request);
    // NotFound (reason WorkspaceNotFound) when there is no such workspace.
    Result<WorkspaceDetails> details(const QString &name);
    Result<QList<WorkspaceDetails>> list();

private:
    Result<WorkspaceDetails> detailsOf(const catalog::WorkspaceRecord &record);
    Context &m_context;
};

} // namespace keyward::services
