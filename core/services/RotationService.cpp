// RotationService: rotation previews and retire gates from the catalog (and, for the newest version, the store).
#include "services/RotationService.h"

#include "jobs/JobReport.h"

#include <QJsonObject>

namespace keyward::services {

Status RotationService::addSteps(catalog::Catalog &catalog, const catalog::WorkspaceRecord &workspace,
                                 const QList<catalog::Assignment> &assignments, RotationPreview &preview)
{
    // A rotation that made a version and died before re-wrapping noted it: the next one resumes into it.
    auto previous = catalog.jobs(workspace.id, jobs::jobKindName(jobs::JobKind::Rotate));
    if (!previous)
        return previous.error();
    QHash<QString, QString> pending;
    for (const catalog::JobRecord &j : *previous) {
        if (j.state != catalog::JobState::Interrupted)
            continue;
        const QJsonObject p = j.result.value(QStringLiteral("pending")).toObject();
        for (auto it = p.begin(); it != p.end(); ++it)
            pending.insert(it.key(), it.value().toString());
    }
    for (const catalog::Assignment &a : assignments) {
        RotationStep step;
        step.workspace = workspace.workspace.name();
        step.feature = a.feature;
        step.store = a.store;
        step.key = a.keyName;
        step.followLatest = a.followLatest();
        step.resumeVersion = pending.value(model::featureId(a.feature));
        auto fks = catalog.featureKeys(workspace.id, a.feature);
        if (!fks)
            return fks.error();
        for (const catalog::FeatureKeyRecord &r : *fks) {
            if (r.state == catalog::FeatureKeyState::Destroyed)
                continue;
            if (step.currentVersion.isEmpty())
                step.currentVersion = r.keyVersion; // newest generation first
            ++step.featureKeys;
        }
        if (step.featureKeys == 0) {
            preview.skipped << step;
            continue;
        }
        preview.newVersions += step.resumeVersion.isEmpty() ? 1 : 0;
        preview.unwrapCalls += 2 * step.featureKeys;
        preview.wrapCalls += step.featureKeys;
        preview.steps << step;
    }
    return {};
}

Result<RotationPreview> RotationService::preview(const QString &workspace, const QList<model::Feature> &features)
{
    auto ws = m_context.workspace(workspace);
    if (!ws)
        return ws.error();
    auto catalog = m_context.catalog();
    if (!catalog)
        return catalog.error();
    auto assignments = (*catalog)->assignments(ws->id);
    if (!assignments)
        return assignments.error();
    QList<catalog::Assignment> scope;
    for (const catalog::Assignment &a : *assignments) {
        if (features.isEmpty() || features.contains(a.feature))
            scope << a;
    }
    RotationPreview preview;
    if (auto st = addSteps(**catalog, *ws, scope, preview); !st)
        return st.error();
    return preview;
}

Result<RotationPreview> RotationService::previewKey(const QString &store, const QString &key)
{
    auto catalog = m_context.catalog();
    if (!catalog)
        return catalog.error();
    auto assignments = (*catalog)->assignmentsOfKey(store, key);
    if (!assignments)
        return assignments.error();
    QMap<qint64, QList<catalog::Assignment>> byWorkspace;
    for (const catalog::Assignment &a : *assignments)
        byWorkspace[a.workspaceId] << a;
    RotationPreview preview;
    for (auto it = byWorkspace.cbegin(); it != byWorkspace.cend(); ++it) {
        auto ws = (*catalog)->workspace(it.key());
        if (!ws)
            return ws.error();
        if (auto st = addSteps(**catalog, *ws, it.value(), preview); !st)
            return st.error();
    }
    return preview;
}

Result<catalog::Assignment> RotationService::assignmentOf(const QString &workspace, model::Feature feature)
{
    auto ws = m_context.workspace(workspace);
    if (!ws)
        return ws.error();
    auto catalog = m_context.catalog();
    if (!catalog)
        return catalog.error();
    auto assignment = (*catalog)->assignment(ws->id, feature);
    if (!assignment)
        return assignment.error();
    if (!assignment->has_value())
        return Error::because(
            ErrorCode::NotFound, Reason::FeatureHasNoKey, {model::featureId(feature), workspace},
            QStringLiteral("workspace '%1' has no key assigned for %2").arg(workspace, model::featureId(feature)));
    return **assignment;
}

Result<QList<keystore::KeyVersionInfo>> RotationService::retireCandidates(const QString &workspace,
                                                                          model::Feature feature)
{
    auto assignment = assignmentOf(workspace, feature);
    if (!assignment)
        return assignment.error();
    auto store = m_context.stores().store(assignment->store);
    if (!store)
        return store.error();
    auto versions = (*store)->listVersions(assignment->keyName);
    if (!versions)
        return versions.error();
    QList<keystore::KeyVersionInfo> out;
    for (int i = 0; i + 1 < versions->size(); ++i) {
        if (versions->at(i).enabled)
            out << versions->at(i);
    }
    return out;
}

Result<RetireCheck> RotationService::retireGates(const QString &workspace, model::Feature feature,
                                                 const QString &version, qint64 holdSeconds)
{
    auto assignment = assignmentOf(workspace, feature);
    if (!assignment)
        return assignment.error();
    auto catalog = m_context.catalog();
    if (!catalog)
        return catalog.error();
    RetireCheck check;
    check.store = assignment->store;
    check.key = assignment->keyName;
    check.version = version;
    check.holdSeconds = holdSeconds;
    auto store = m_context.stores().store(check.store);
    if (!store)
        return store.error();
    auto newest = (*store)->keyVersion(check.key);
    if (!newest)
        return newest.error();
    check.newestVersion = newest->version;
    auto gates = jobs::checkRetireGates(**catalog, check.store, check.key, version, newest->version, holdSeconds,
                                        m_context.clock().now());
    if (!gates)
        return gates.error();
    check.gates = *gates;
    return check;
}

} // namespace keyward::services
