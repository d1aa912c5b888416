// ComplianceService: gathers what the compliance rules weigh (each workspace's measured matrix, its assignments,
// feature keys and rotations; every key it uses as its store reports it) and builds the report model every
// report format is written from.
#pragma once

#include "compliance/ComplianceModel.h"
#include "compliance/HistoryAnchor.h"
#include "services/Context.h"

#include <functional>

namespace keyward::compliance {

struct ReportScope
{
    QString workspace; // empty: every workspace of the catalog
    // Open locked key stores through the context's prompt (the CLI). Otherwise a store that would ask for a
    // passphrase or PIN is left closed and its keys are judged "not checked".
    bool mayPrompt = false;
};

struct ComplianceReport
{
    static constexpr int SchemaVersion = 1;
    QDateTime generated;
    QString generator; // "Keyward <version>"
    bool allWorkspaces = true;
    ComplianceSettings settings;
    ComplianceFacts facts;
    QList<Finding> findings;   // evaluate(facts, settings)
    HistoryAnchor history;     // where the rotation history stood: a signed report carries it
    bool historyIntact = true; // the chain verified when the report was made
    QString historyProblem;    // what was wrong, when it did not (English, from the chain check)

    double score() const { return complianceScore(findings); }
    // The findings of one workspace (and those about the keys it uses).
    QList<Finding> findingsOf(const QString &workspace) const;
};

class ComplianceService
{
public:
    explicit ComplianceService(services::Context &context) : m_context(context) {}

    // The settings in force: <dataDir>/compliance.ini, or the defaults.
    Result<ComplianceSettings> settings();
    // The facts of the workspaces in scope. NotFound (WorkspaceNotFound) for an unknown workspace. A key store
    // that cannot be opened is a fact (its keys are judged unknown), not an error.
    Result<ComplianceFacts> facts(const ReportScope &scope);
    // Facts, settings, findings and the history's head. `progress` (optional) hears (done, total) per workspace.
    Result<ComplianceReport> report(const ReportScope &scope,
                                    const std::function<void(int done, int total)> &progress = {});

private:
    Result<WorkspaceFacts> workspaceFacts(const catalog::WorkspaceRecord &record, const ReportScope &scope);
    KeyFactsFull keyFacts(const QString &store, const QString &name, const ReportScope &scope);

    services::Context &m_context;
};

} // namespace keyward::compliance
