// ComplianceModel: the values the compliance rules read and write. The facts are what was measured about each
// workspace (its matrix, its keys as their stores report them, its feature keys, its rotations); the settings
// are the thresholds an organisation chooses; a Finding is one control judged for one subject. Plain values:
// services gather the facts (ComplianceService), the pure rules in ComplianceRules weigh them, reports show them.
#pragma once

#include "catalog/CatalogRecords.h"
#include "keystore/KeyStore.h"
#include "model/CoverageFacts.h"
#include "model/MatrixCell.h"
#include "model/Workspace.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace keyward::compliance {

enum class Framework
{
    CisAzure,    // CIS Microsoft Azure Foundations Benchmark v5.0.0
    PciDss,      // PCI DSS v4.0.1
    Nist80057,   // NIST SP 800-57 Part 1 Rev. 5
    AzurePolicy, // Azure Policy built-in definitions, by id
    Databricks,  // the platform's own documented CMK facts
    Measured,    // what Keyward's own jobs measured
};
QString frameworkId(Framework framework);          // "cis-azure-5.0.0", "pci-dss-4.0.1", ...
QString frameworkDisplayName(Framework framework); // translated: "CIS Microsoft Azure Foundations v5.0.0", ...
QList<Framework> allFrameworks();

enum class Severity
{
    Info,
    Low,
    Medium,
    High,
    Critical,
};
QString severityId(Severity severity); // "info", "low", ...
QString severityDisplayName(Severity severity);
Result<Severity> parseSeverity(QStringView id);
// How much a control of this severity weighs in the score (Info: nothing).
int severityWeight(Severity severity);

enum class Outcome
{
    Pass,          // the control is met for this subject
    Fail,          // it is not
    NotApplicable, // the control does not apply (no key assigned to the feature, say); kept for the record
    Info,          // a documented fact the admin should know (platform-key-only data); never scored
};
QString outcomeId(Outcome outcome); // "pass", "fail", "not-applicable", "info"
QString outcomeDisplayName(Outcome outcome);

// A control the rules judge: its stable id, framework, the rule that judges it and what it asks for.
struct Control
{
    QString id; // "CIS-2.1.8", "PCI-3.7.4", "AZP-152b15f7-8e1f-4c1f-ab71-8c010ba5dbc0", "KW-PLAINTEXT", ...
    Framework framework = Framework::Measured;
    QString reference; // as the framework writes it: "2.1.8", "3.7.4", "152b15f7-8e1f-4c1f-ab71-8c010ba5dbc0"
    Severity severity = Severity::Medium;
    QString title;     // translated, one line
    QString rationale; // translated, one sentence: what the control asks and why
};
// Every control the rules judge, in report order; the one with `id`, or nullptr.
const QList<Control> &allControls();
const Control *controlById(const QString &id);

// What proves a finding: the key version, its dates, the job that measured it.
struct Evidence
{
    QString keyId; // the store's full, versioned identifier
    QString store;
    QString keyName;
    QString keyVersion;
    std::optional<QDateTime> created;
    std::optional<QDateTime> expires;
    std::optional<QDateTime> rotated; // the rotation the finding is about
    qint64 jobId = 0;                 // the verification that measured it (0: none)
    std::optional<QDateTime> jobFinished;
    QMap<QString, QString> values; // anything else, by stable name ("rotate-after": "P90D", "objects": "27")
    bool operator==(const Evidence &) const = default;
};

struct Finding
{
    QString controlId;
    Framework framework = Framework::Measured;
    Severity severity = Severity::Medium;
    Outcome outcome = Outcome::Fail;
    QString workspace; // empty for a finding about a key or store alone
    std::optional<model::Feature> feature;
    QStringList dataTypes; // DataTypeCatalogue ids affected
    QString subject;       // what was judged, for people: "managed-services", "vault/cmk-ms", "vault"...
    QString summary;       // translated: what was found
    QString remediation;   // translated: one sentence on how to fix it (empty for a pass)
    Evidence evidence;
    bool operator==(const Finding &) const = default;
};

// The thresholds an organisation chooses. Defaults are documented in docs/COMPLIANCE.md.
struct ComplianceSettings
{
    int expiryWarningDays = 30;            // a version expiring within this many days is flagged (8.3.1/8.3.2)
    int maxDaysToRotate = 90;              // Azure Policy d8cf8476: rotate-after at most this many days
    int minimumRsaBits = 2048;             // Azure Policy 82067dbb
    bool requireHsm = false;               // CIS 8.3.10 / Azure Policy 587c79fe: every customer key HSM-backed
    int wrappingKeyCryptoperiodDays = 730; // NIST SP 800-57 5.3: key-wrapping keys, 2 years (PCI 3.7.4 too)
    int retiredVersionGraceHours = 24;     // an old version still needed this long after a rotation is a finding
    int verifyMaxAgeDays = 30;             // a verification older than this is stale even without a change

    bool operator==(const ComplianceSettings &) const = default;
};

// One version of a key as its store reports it.
struct KeyVersionFacts
{
    keystore::KeyVersionInfo info;
    bool newest = false;
    bool operator==(const KeyVersionFacts &o) const { return info.id == o.info.id && newest == o.newest; }
};

// A key a workspace uses, with its store's properties (nullopt: the store could not be opened).
struct KeyFactsFull
{
    QString store;
    QString name;
    std::optional<keystore::StoreProperties> storeProperties;
    QString storeProblem; // translated, when the store could not be opened or read
    std::optional<keystore::RotationPolicy> policy;
    QList<KeyVersionFacts> versions; // oldest first; empty when unknown
};

// One workspace, as measured.
struct WorkspaceFacts
{
    model::Workspace workspace; // name, plan, options, assigned key ids
    model::CoverageFacts coverage;
    QList<model::MatrixCell> cells; // measured
    QList<catalog::Assignment> assignments;
    QList<catalog::FeatureKeyRecord> featureKeys; // every generation, wrapped material left out
    QList<catalog::HistoryEntry> rotations;       // the workspace's history entries, oldest first
};

struct ComplianceFacts
{
    QDateTime now;
    QList<WorkspaceFacts> workspaces;
    QList<KeyFactsFull> keys; // every key the workspaces use (assignments and feature keys), by store and name
    // The key a workspace uses, or nullptr.
    const KeyFactsFull *key(const QString &store, const QString &name) const;
};

// The share of weighed controls met: passes over passes and fails, each weighted by severity; 100 with
// nothing to weigh.
double complianceScore(const QList<Finding> &findings);

} // namespace keyward::compliance
