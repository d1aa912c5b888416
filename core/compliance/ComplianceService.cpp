// ComplianceService: the facts of each workspace in scope, the keys they use, and the report model.
#include "compliance/ComplianceService.h"

#include "compliance/ComplianceRules.h"
#include "services/CoverageService.h"
#include "services/HistoryService.h"
#include "services/Messages.h"

#include <QCoreApplication>

#include <set>

namespace keyward::compliance {

namespace {

bool aboutWorkspace(const Finding &f, const QString &workspace, const std::set<std::pair<QString, QString>> &keys)
{
    if (f.workspace == workspace)
        return true;
    if (!f.workspace.isEmpty())
        return false;
    return keys.count({f.evidence.store, f.evidence.keyName}) > 0 ||
           std::any_of(keys.begin(), keys.end(), [&](const auto &k) { return k.first == f.subject; });
}

} // namespace

QList<Finding> ComplianceReport::findingsOf(const QString &workspace) const
{
    std::set<std::pair<QString, QString>> keys;
    for (const WorkspaceFacts &w : facts.workspaces) {
        if (w.workspace.name() != workspace)
            continue;
        for (const catalog::Assignment &a : w.assignments)
            keys.insert({a.store, a.keyName});
        for (const catalog::FeatureKeyRecord &fk : w.featureKeys)
            keys.insert({fk.store, fk.keyName});
    }
    QList<Finding> out;
    for (const Finding &f : findings) {
        if (aboutWorkspace(f, workspace, keys))
            out << f;
    }
    return out;
}

Result<ComplianceSettings> ComplianceService::settings()
{
    return readComplianceSettings(complianceSettingsPath(m_context.dataDir()));
}

KeyFactsFull ComplianceService::keyFacts(const QString &storeName, const QString &name, const ReportScope &scope)
{
    KeyFactsFull k;
    k.store = storeName;
    k.name = name;
    jobs::RegistryKeyStoreProvider &stores = m_context.stores();
    auto store = scope.mayPrompt ? stores.store(storeName) : stores.storeWithoutPrompt(storeName);
    if (!store) {
        k.storeProblem = services::Messages::full(store.error());
        return k;
    }
    k.storeProperties = (*store)->properties();
    auto versions = (*store)->listVersions(name);
    if (!versions) {
        k.storeProblem = services::Messages::full(versions.error());
        return k;
    }
    for (int i = 0; i < versions->size(); ++i)
        k.versions << KeyVersionFacts{versions->at(i), i == versions->size() - 1};
    auto policy = (*store)->rotationPolicy(name);
    if (policy &&
        (policy->rotateAfterCreate || policy->rotateBeforeExpiry || policy->expiryTime || policy->notifyBeforeExpiry))
        k.policy = *policy;
    return k;
}

Result<WorkspaceFacts> ComplianceService::workspaceFacts(const catalog::WorkspaceRecord &record,
                                                         const ReportScope &scope)
{
    WorkspaceFacts w;
    services::MeasureOptions measure;
    measure.mayPrompt = scope.mayPrompt;
    auto measured = services::CoverageService(m_context).measure(record.workspace.name(), measure);
    if (!measured)
        return measured.error();
    w.workspace = measured->details.model;
    w.coverage = measured->facts;
    w.cells = measured->cells;
    w.assignments = measured->details.assignments;
    auto catalog = m_context.catalog();
    if (!catalog)
        return catalog.error();
    auto featureKeys = (*catalog)->featureKeys(record.id);
    if (!featureKeys)
        return featureKeys.error();
    for (catalog::FeatureKeyRecord fk : *featureKeys) {
        // The platform's own layer is under a platform-managed key: no customer control judges it.
        if (fk.store == jobs::KeyStoreProvider::platformStoreName())
            continue;
        fk.wrappedFk.clear(); // the facts never carry key material, even wrapped
        w.featureKeys << fk;
    }
    auto history = (*catalog)->history(record.workspace.name());
    if (!history)
        return history.error();
    w.rotations = *history;
    return w;
}

Result<ComplianceFacts> ComplianceService::facts(const ReportScope &scope)
{
    auto catalog = m_context.catalog();
    if (!catalog)
        return catalog.error();
    QList<catalog::WorkspaceRecord> records;
    if (scope.workspace.isEmpty()) {
        auto all = (*catalog)->workspaces();
        if (!all)
            return all.error();
        records = *all;
    } else {
        auto one = m_context.workspace(scope.workspace);
        if (!one)
            return one.error();
        records << *one;
    }
    std::sort(records.begin(), records.end(),
              [](const auto &a, const auto &b) { return a.workspace.name() < b.workspace.name(); });

    ComplianceFacts facts;
    facts.now = m_context.clock().now();
    std::set<std::pair<QString, QString>> keys;
    for (const catalog::WorkspaceRecord &record : records) {
        auto w = workspaceFacts(record, scope);
        if (!w)
            return w.error();
        for (const catalog::Assignment &a : w->assignments)
            keys.insert({a.store, a.keyName});
        for (const catalog::FeatureKeyRecord &fk : w->featureKeys) {
            if (fk.store != jobs::KeyStoreProvider::platformStoreName())
                keys.insert({fk.store, fk.keyName});
        }
        facts.workspaces << *w;
    }
    for (const auto &[store, name] : keys)
        facts.keys << keyFacts(store, name, scope);
    return facts;
}

Result<ComplianceReport> ComplianceService::report(const ReportScope &scope,
                                                   const std::function<void(int, int)> &progress)
{
    ComplianceReport report;
    auto settings = this->settings();
    if (!settings)
        return settings.error();
    report.settings = *settings;
    report.allWorkspaces = scope.workspace.isEmpty();
    report.generator = QStringLiteral("Keyward %1").arg(QCoreApplication::applicationVersion());
    if (progress)
        progress(0, 2);
    auto facts = this->facts(scope);
    if (!facts)
        return facts.error();
    report.facts = *facts;
    report.generated = report.facts.now;
    if (progress)
        progress(1, 2);
    report.findings = evaluate(report.facts, report.settings);

    auto catalog = m_context.catalog();
    if (!catalog)
        return catalog.error();
    auto anchor = currentHistoryAnchor(m_context);
    if (!anchor)
        return anchor.error();
    report.history = *anchor;
    // The chain walked and compared with the head kept outside the catalog: a truncated history is not intact.
    auto check = services::HistoryService(m_context).verify();
    if (!check)
        return check.error();
    report.historyIntact = check->intact;
    report.historyProblem = check->problem;
    if (progress)
        progress(2, 2);
    return report;
}

} // namespace keyward::compliance
