// AssignmentService: gives a workspace feature its customer-managed key after the pre-flight check list
// passes, or takes the assignment away; each change is audited in the same transaction.
#pragma once

#include "services/Context.h"
#include "services/Preflight.h"

#include <optional>

namespace keyward::services {

struct AssignRequest
{
    QString workspace;
    model::Feature feature = model::Feature::ManagedServices;
    QString store;
    QString key;
    QString version;           // empty: the newest version now
    bool followLatest = false; // follow the newest version (managed disks only)
};

struct PreflightOptions
{
    // Stop at the first failed check (a command line reports one error); a wizard wants the whole list.
    bool stopAtFirstFailure = false;
};

struct AssignResult
{
    catalog::Assignment assignment;
    keystore::KeyVersionInfo version; // the version checked (the newest one when following the latest)
    std::optional<catalog::Assignment> previous;
    CheckList checks;
    // Active feature keys of the feature still wrapped under another key version: they keep that wrapping
    // until the feature's key is rotated.
    QList<catalog::FeatureKeyRecord> wrappedElsewhere;
};

struct ClearResult
{
    std::optional<catalog::Assignment> previous; // empty: the feature had no key
};

class AssignmentService
{
public:
    explicit AssignmentService(Context &context) : m_context(context) {}

    // The request's shape: a feature that takes a customer key, a version or following the latest, not both,
    // and following the latest for managed disks only. InvalidArgument with its reason otherwise.
    static Status validate(const AssignRequest &request);
    // Whether the assignment follows the newest version: asked for, or by default on managed disks when the
    // workspace's managed-disk-rotate-to-latest option is on and no version is given.
    static bool followsLatest(const AssignRequest &request, const model::Workspace &workspace);
    // Whether the workspace can take a customer-managed key for `feature` at all: FeatureNotCustomerKeyed for the
    // platform's data, PlanNotPremium on the Standard plan.
    static Status featureAvailable(const model::Workspace &workspace, model::Feature feature);

    // Every check, changing nothing. Fails only when the workspace or the catalog cannot be read.
    Result<CheckList> preflight(const AssignRequest &request, const PreflightOptions &options = {});
    // The checks for a key still to be made with `key` in `request.store` (request.key names it): the workspace
    // and store checks run for real; the key-version checks judge the version `key` will make (enabled, its
    // dates, operations, type; its expiry as KeyService::plannedExpiry gives it under `policy`). Key-found and
    // the wrap round trip are left not run: they need the key, and assign() runs them once it exists.
    Result<CheckList> preflightNewKey(const AssignRequest &request, const keystore::CreateKeyRequest &key,
                                      const std::optional<keystore::RotationPolicy> &policy,
                                      const PreflightOptions &options = {});
    // Checks (stopping at the first failure), then assigns. The failed check's error when refused.
    Result<AssignResult> assign(const AssignRequest &request);
    // Removes the feature's key; refused while an active feature key of the feature is wrapped under it.
    Result<ClearResult> clear(const QString &workspace, model::Feature feature);

private:
    // With `planned`, the key-version checks judge that version instead of one read from the store.
    Result<CheckList> runChecks(const catalog::WorkspaceRecord &workspace, const AssignRequest &request,
                                const PreflightOptions &options, keystore::KeyVersionInfo *checked,
                                const keystore::KeyVersionInfo *planned = nullptr);

    Context &m_context;
};

// How an assignment names its key where no store is opened: "store/key/version", or "store/key" when it
// follows the newest version.
QString assignmentKeyRef(const catalog::Assignment &assignment);

} // namespace keyward::services
