// AssignmentService: the pre-flight check list and the audited assignment change.
#include "services/AssignmentService.h"

#include "keystore/WrapProbe.h"
#include "model/Feature.h"
#include "services/KeyService.h"

namespace keyward::services {

using model::Feature;

QString assignmentKeyRef(const catalog::Assignment &assignment)
{
    QString ref = assignment.store + QLatin1Char('/') + assignment.keyName;
    if (!assignment.followLatest())
        ref += QLatin1Char('/') + assignment.keyVersion;
    return ref;
}

Status AssignmentService::validate(const AssignRequest &request)
{
    const QString feature = model::featureId(request.feature);
    if (!model::acceptsCustomerKey(request.feature))
        return Error::because(ErrorCode::InvalidArgument, Reason::FeatureNotCustomerKeyed, {feature},
                              QStringLiteral("%1 takes no customer-managed key").arg(feature));
    if (request.followLatest && request.feature != Feature::ManagedDisks)
        return Error::because(ErrorCode::InvalidArgument, Reason::FollowLatestDisksOnly, {feature},
                              QStringLiteral("only managed disks can follow a key's newest version"));
    if (request.followLatest && !request.version.isEmpty())
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("a pinned version and following the newest "
                                                                      "version exclude each other"));
    if (request.store.isEmpty() || request.key.isEmpty())
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("a store and a key are needed"));
    // The platform's own store holds the infrastructure layer's key, which is never a customer-managed key.
    if (request.store == jobs::KeyStoreProvider::platformStoreName())
        return Error::because(ErrorCode::NotFound, Reason::StoreNotFound, {request.store},
                              QStringLiteral("no key store named '%1'").arg(request.store));
    return {};
}

bool AssignmentService::followsLatest(const AssignRequest &request, const model::Workspace &workspace)
{
    if (request.feature != Feature::ManagedDisks)
        return false;
    return request.followLatest || (request.version.isEmpty() && workspace.options().managedDiskRotateToLatest);
}

Status AssignmentService::featureAvailable(const model::Workspace &workspace, Feature feature)
{
    if (!model::acceptsCustomerKey(feature)) {
        const QString fid = model::featureId(feature);
        return Error::because(ErrorCode::InvalidArgument, Reason::FeatureNotCustomerKeyed, {fid},
                              QStringLiteral("%1 takes no customer-managed key").arg(fid));
    }
    const PreflightCheck plan = checkPlan(workspace);
    if (plan.state == CheckState::Fail)
        return plan.problem;
    return {};
}

Result<CheckList> AssignmentService::preflightNewKey(const AssignRequest &request,
                                                     const keystore::CreateKeyRequest &key,
                                                     const std::optional<keystore::RotationPolicy> &policy,
                                                     const PreflightOptions &options)
{
    if (auto st = validate(request); !st)
        return st.error();
    auto workspace = m_context.workspace(request.workspace);
    if (!workspace)
        return workspace.error();
    const QDateTime now = m_context.clock().now();
    keystore::KeyVersionInfo planned;
    planned.name = key.name;
    planned.kind = key.kind;
    planned.bits = key.bits;
    planned.created = now;
    planned.updated = now;
    planned.notBefore = key.notBefore;
    planned.expires = KeyService::plannedExpiry(key, policy, now);
    planned.enabled = true;
    planned.operations = key.operations;
    return runChecks(*workspace, request, options, nullptr, &planned);
}

Result<CheckList> AssignmentService::runChecks(const catalog::WorkspaceRecord &workspace, const AssignRequest &request,
                                               const PreflightOptions &options, keystore::KeyVersionInfo *checked,
                                               const keystore::KeyVersionInfo *planned)
{
    CheckList list;
    auto stop = [&] {
        for (const PreflightCheck &c : list.checks)
            if (c.state == CheckState::Fail && options.stopAtFirstFailure)
                return true;
        return false;
    };
    auto done = [&] {
        list.completeWithNotRun();
        return list;
    };

    list.checks << checkPlan(workspace.workspace);
    if (stop())
        return done();

    auto store = m_context.stores().store(request.store);
    if (!store) {
        Error e = store.error();
        if (e.code == ErrorCode::NotFound)
            e = Error::because(ErrorCode::NotFound, Reason::StoreNotFound, {request.store}, e.detail);
        list.checks << PreflightCheck::fail(CheckId::StoreReachable, e);
        return done();
    }
    list.checks << PreflightCheck::pass(CheckId::StoreReachable);
    list.checks << checkStoreProtection(request.store, (*store)->properties());
    if (stop())
        return done();

    const KeyRef ref{request.store, request.key, request.version};
    const model::Workspace &ws = workspace.workspace;
    const PreflightCheck pinned = checkVersionPinned(ws.name(), request.feature, ref, followsLatest(request, ws),
                                                     ws.options().managedDiskRotateToLatest || request.followLatest);
    if (planned) {
        // The key does not exist yet: judge the version it will make; key-found and the round trip stay not run.
        list.checks << pinned << checkKeyVersion(ref, *planned, m_context.clock().now());
        return done();
    }
    auto version = (*store)->keyVersion(request.key, request.version);
    list.checks << checkKeyFound(ref, version);
    if (!version)
        return done();
    list.checks << pinned << checkKeyVersion(ref, *version, m_context.clock().now());
    if (!list.passed())
        return done();

    if (auto st = keystore::probeWrapRoundTrip(**store, request.key, version->version); !st) {
        Error e = st.error();
        if (e.code == ErrorCode::Key)
            e = Error::because(ErrorCode::Key, Reason::KeyWrapRoundTripFailed,
                               {request.store, request.key, version->version}, e.detail);
        list.checks << PreflightCheck::fail(CheckId::WrapRoundTrip, e);
    } else {
        list.checks << PreflightCheck::pass(CheckId::WrapRoundTrip);
    }
    if (checked)
        *checked = *version;
    return done();
}

Result<CheckList> AssignmentService::preflight(const AssignRequest &request, const PreflightOptions &options)
{
    if (auto st = validate(request); !st)
        return st.error();
    auto workspace = m_context.workspace(request.workspace);
    if (!workspace)
        return workspace.error();
    return runChecks(*workspace, request, options, nullptr);
}

Result<AssignResult> AssignmentService::assign(const AssignRequest &request)
{
    if (auto st = validate(request); !st)
        return st.error();
    auto catalog = m_context.catalog();
    if (!catalog)
        return catalog.error();
    auto workspace = m_context.workspace(request.workspace);
    if (!workspace)
        return workspace.error();

    AssignResult result;
    auto checks = runChecks(*workspace, request, {true}, &result.version);
    if (!checks)
        return checks.error();
    result.checks = *checks;
    if (auto failure = checks->firstFailure())
        return *failure;

    const bool follow = followsLatest(request, workspace->workspace);
    catalog::Assignment &a = result.assignment;
    a.workspaceId = workspace->id;
    a.feature = request.feature;
    a.store = request.store;
    a.keyName = request.key;
    a.keyVersion = follow ? QString() : result.version.version;
    auto previous = (*catalog)->assignment(workspace->id, request.feature);
    if (!previous)
        return previous.error();
    result.previous = *previous;

    catalog::WorkspaceRecord updated = *workspace;
    if (request.feature == Feature::ManagedDisks)
        updated.workspace.setOption(model::WorkspaceOption::ManagedDiskRotateToLatest, follow);
    // The workspace as target, "feature -> key" as detail: the shape every assignment entry has.
    QString detail = QStringLiteral("%1 -> %2").arg(model::featureId(request.feature), assignmentKeyRef(a));
    if (*previous)
        detail += QStringLiteral(" (was %1)").arg(assignmentKeyRef(**previous));
    auto st = m_context.change(QStringLiteral("assign"), request.workspace, detail, [&](catalog::Catalog &c) -> Status {
        if (auto s = c.setAssignment(a); !s)
            return s;
        if (updated.workspace.options() != workspace->workspace.options())
            return c.updateWorkspace(updated);
        return {};
    });
    if (!st)
        return st.error();

    auto active = (*catalog)->featureKeys(workspace->id, request.feature, catalog::FeatureKeyState::Active);
    if (!active)
        return active.error();
    for (const catalog::FeatureKeyRecord &k : *active)
        if (k.kekId != result.version.id)
            result.wrappedElsewhere << k;
    return result;
}

Result<ClearResult> AssignmentService::clear(const QString &workspaceName, Feature feature)
{
    const QString fid = model::featureId(feature);
    if (!model::acceptsCustomerKey(feature))
        return Error::because(ErrorCode::InvalidArgument, Reason::FeatureNotCustomerKeyed, {fid},
                              QStringLiteral("%1 takes no customer-managed key").arg(fid));
    auto catalog = m_context.catalog();
    if (!catalog)
        return catalog.error();
    auto workspace = m_context.workspace(workspaceName);
    if (!workspace)
        return workspace.error();
    auto current = (*catalog)->assignment(workspace->id, feature);
    if (!current)
        return current.error();
    auto active = (*catalog)->featureKeys(workspace->id, feature, catalog::FeatureKeyState::Active);
    if (!active)
        return active.error();
    if (!active->isEmpty()) {
        const catalog::FeatureKeyRecord &k = active->first();
        return Error::because(ErrorCode::Forbidden, Reason::FeatureKeyStillActive,
                              {fid, workspaceName, QString::number(k.generation), k.kekId},
                              QStringLiteral("%1 of workspace '%2' has an active feature key wrapped under %3")
                                  .arg(fid, workspaceName, k.kekId));
    }
    ClearResult result{*current};
    if (*current) {
        auto st = m_context.change(QStringLiteral("assign.clear"), workspaceName,
                                   QStringLiteral("%1 (was %2)").arg(fid, assignmentKeyRef(**current)),
                                   [&](catalog::Catalog &c) { return c.clearAssignment(workspace->id, feature); });
        if (!st)
            return st.error();
    }
    return result;
}

} // namespace keyward::services
