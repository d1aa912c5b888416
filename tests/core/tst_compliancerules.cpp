// TestComplianceRules: every control judged over tables of hand-made facts (a pass and a fail each, and the info
// and not-applicable cases where a control has them), the settings file, the score and the findings' order.
#include "compliance/ComplianceRules.h"
#include "services/Messages.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace keyward;
using namespace keyward::compliance;
using catalog::FeatureKeyState;
using model::CellState;
using model::Coverage;
using model::Feature;

namespace {

const QDateTime Now = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

QDateTime daysAgo(int days)
{
    return Now.addDays(-days);
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

keystore::IsoDuration duration(const char *text)
{
    auto d = keystore::IsoDuration::parse(QString::fromLatin1(text));
    if (!d)
        qFatal("bad duration in a test table");
    return *d;
}

KeyVersionFacts version(const QString &name, const QString &v, int ageDays, std::optional<int> validDays, bool newest)
{
    KeyVersionFacts f;
    f.info.id = QStringLiteral("vault://vault/keys/%1/%2").arg(name, v);
    f.info.name = name;
    f.info.version = v;
    f.info.kind = keystore::KeyKind::Rsa;
    f.info.bits = 3072;
    f.info.created = f.info.updated = daysAgo(ageDays);
    if (validDays)
        f.info.expires = daysAgo(ageDays).addDays(*validDays);
    f.info.operations = {QStringLiteral("wrapKey"), QStringLiteral("unwrapKey")};
    f.newest = newest;
    return f;
}

model::KeyFacts keyFacts(const QString &v, const std::optional<QDateTime> &expires)
{
    model::KeyFacts k;
    k.store = QStringLiteral("vault");
    k.keyName = QStringLiteral("cmk");
    k.assignedVersion = v;
    k.version = v;
    k.check = model::KeyCheck::Usable;
    k.expires = expires;
    return k;
}

model::MatrixCell cell(const char *type, Feature feature, Coverage coverage, CellState state)
{
    model::MatrixCell c;
    c.dataTypeId = QString::fromLatin1(type);
    c.feature = feature;
    c.coverage = coverage;
    c.state = state;
    return c;
}

catalog::FeatureKeyRecord featureKey(Feature feature, int generation, const QString &v, FeatureKeyState state)
{
    catalog::FeatureKeyRecord r;
    r.fkId = QByteArray(16, char(0x10 * generation + int(feature)));
    r.workspaceId = 1;
    r.feature = feature;
    r.generation = generation;
    r.store = QStringLiteral("vault");
    r.keyName = QStringLiteral("cmk");
    r.keyVersion = v;
    r.kekId = QStringLiteral("vault://vault/keys/cmk/%1").arg(v);
    r.wrapAlg = QStringLiteral("RSA-OAEP-256");
    r.state = state;
    r.created = r.updated = daysAgo(60);
    return r;
}

catalog::Assignment assignment(Feature feature, const QString &store, const QString &key, const QString &v)
{
    catalog::Assignment a;
    a.workspaceId = 1;
    a.feature = feature;
    a.store = store;
    a.keyName = key;
    a.keyVersion = v;
    return a;
}

catalog::HistoryEntry rotation(Feature feature, const QString &from, const QString &to, const QDateTime &at,
                               const QString &result = QStringLiteral("ok: 1 feature keys re-wrapped"))
{
    catalog::HistoryEntry e;
    e.at = at;
    e.actor = QStringLiteral("admin");
    e.workspace = QStringLiteral("lab");
    e.feature = model::featureId(feature);
    e.key = QStringLiteral("vault/cmk");
    e.oldVersion = from;
    e.newVersion = to;
    e.action = QStringLiteral("rotate");
    e.result = result;
    return e;
}

// One Premium workspace "lab" with double encryption: managed services and the DBFS root under vault/cmk, pinned to
// its newest version v2 (made by a rotation off v1 30 days ago, expiring a year after it was made, rotating 90 days
// after creation), one active feature key each, verified two days ago by job 42; managed disks without a key.
ComplianceFacts base()
{
    ComplianceFacts f;
    f.now = Now;

    KeyFactsFull key;
    key.store = QStringLiteral("vault");
    key.name = QStringLiteral("cmk");
    keystore::StoreProperties props;
    props.name = QStringLiteral("vault");
    props.kind = QStringLiteral("azure-keyvault");
    key.storeProperties = props;
    keystore::RotationPolicy policy;
    policy.rotateAfterCreate = duration("P90D");
    policy.expiryTime = duration("P1Y");
    key.policy = policy;
    key.versions = {version(QStringLiteral("cmk"), QStringLiteral("v1"), 130, 365, false),
                    version(QStringLiteral("cmk"), QStringLiteral("v2"), 30, 365, true)};
    f.keys = {key};
    const std::optional<QDateTime> v2Expires = key.versions.last().info.expires;

    WorkspaceFacts w;
    w.workspace = model::Workspace(QStringLiteral("lab"), model::Plan::Premium);
    w.workspace.setOption(model::WorkspaceOption::DbfsDoubleEncryption, true);
    w.assignments = {
        assignment(Feature::ManagedServices, QStringLiteral("vault"), QStringLiteral("cmk"), QStringLiteral("v2")),
        assignment(Feature::DbfsRoot, QStringLiteral("vault"), QStringLiteral("cmk"), QStringLiteral("v2"))};
    w.featureKeys = {featureKey(Feature::ManagedServices, 1, QStringLiteral("v2"), FeatureKeyState::Active),
                     featureKey(Feature::DbfsRoot, 1, QStringLiteral("v2"), FeatureKeyState::Active)};
    w.rotations = {rotation(Feature::ManagedServices, QStringLiteral("v1"), QStringLiteral("v2"), daysAgo(30)),
                   rotation(Feature::DbfsRoot, QStringLiteral("v1"), QStringLiteral("v2"), daysAgo(30))};

    model::CoverageFacts &c = w.coverage;
    c.workspace = QStringLiteral("lab");
    c.measured = Now;
    c.keys[Feature::ManagedServices] = keyFacts(QStringLiteral("v2"), v2Expires);
    c.keys[Feature::DbfsRoot] = keyFacts(QStringLiteral("v2"), v2Expires);
    c.lastChange[Feature::ManagedServices] = {daysAgo(30), model::ChangeKind::Rotation};
    c.lastChange[Feature::DbfsRoot] = {daysAgo(30), model::ChangeKind::Rotation};
    model::VerifyFacts verify;
    verify.jobId = 42;
    verify.started = daysAgo(2);
    verify.finished = daysAgo(2).addSecs(3600);
    verify.byDataType.insert(QStringLiteral("notebook-source"), {10, 0, 0});
    verify.byDataType.insert(QStringLiteral("job-results"), {5, 0, 0});
    c.lastVerify = verify;

    for (const char *type : {"notebook-source", "job-results"}) {
        const Feature feature =
            QLatin1String(type) == QLatin1String("job-results") ? Feature::DbfsRoot : Feature::ManagedServices;
        model::MatrixCell keyed = cell(type, feature, Coverage::CustomerKey, CellState::Verified);
        keyed.keyId = QStringLiteral("vault/cmk/v2");
        model::CellMeasurement m;
        m.key = keyFacts(QStringLiteral("v2"), v2Expires);
        m.lastChange = c.lastChange[feature];
        m.lastVerify = verify;
        m.verifiedSinceChange = true;
        keyed.measured = m;
        w.cells << keyed;
    }
    model::MatrixCell moved = cell("notebook-results-control-plane", Feature::ManagedServices, Coverage::MovedByOption,
                                   CellState::MovedByOption);
    moved.movedToId = QStringLiteral("notebook-results-root-storage");
    w.cells << moved;
    w.cells << cell("classic-compute-disks", Feature::ManagedDisks, Coverage::NoKeyAssigned, CellState::NoKeyAssigned);
    w.cells << cell("model-serving-image", Feature::Platform, Coverage::PlatformKeyOnly, CellState::PlatformKeyOnly);
    w.cells << cell("serverless-disks", Feature::Platform, Coverage::PlatformKeyOnly, CellState::PlatformKeyOnly);
    f.workspaces = {w};
    return f;
}

using Change = std::function<void(ComplianceFacts &, ComplianceSettings &)>;

KeyFactsFull &cmk(ComplianceFacts &f)
{
    return f.keys[0];
}
KeyVersionFacts &v1(ComplianceFacts &f)
{
    return f.keys[0].versions[0];
}
KeyVersionFacts &v2(ComplianceFacts &f)
{
    return f.keys[0].versions[1];
}
WorkspaceFacts &lab(ComplianceFacts &f)
{
    return f.workspaces[0];
}
model::MatrixCell &cellOf(ComplianceFacts &f, const char *type)
{
    for (model::MatrixCell &c : lab(f).cells)
        if (c.dataTypeId == QLatin1String(type))
            return c;
    qFatal("no such cell in the test facts");
}

void noExpiry(ComplianceFacts &f, ComplianceSettings &)
{
    v2(f).info.expires.reset();
}

// Outcome::Pass..Info, or Absent when the control must not judge that subject.
constexpr int Absent = -1;

struct Case
{
    const char *name;
    QString control;
    QString subject;
    int outcome;
    Change change;
    // Expected evidence values; "@field" names a field of the finding or its evidence.
    QMap<QString, QString> expect;
    int feature = -1; // narrows the findings looked at to one feature (-1: any)
};

QString o(const char *text)
{
    return QString::fromLatin1(text);
}

const QString Vault = QStringLiteral("vault");
const QString Cmk = QStringLiteral("vault/cmk");
const QString CmkV1 = QStringLiteral("vault/cmk/v1");
const QString CmkV2 = QStringLiteral("vault/cmk/v2");
const QString Lab = QStringLiteral("lab");
const int Pass = int(Outcome::Pass);
const int Fail = int(Outcome::Fail);
const int NotApplicable = int(Outcome::NotApplicable);
const int Info = int(Outcome::Info);

void nothing(ComplianceFacts &, ComplianceSettings &) {}

void unreadable(ComplianceFacts &f, ComplianceSettings &)
{
    cmk(f).versions.clear();
    cmk(f).storeProperties.reset();
    cmk(f).policy.reset();
    cmk(f).storeProblem = QStringLiteral("locked");
}

QList<Case> cis218Cases()
{
    const QString id = QStringLiteral("CIS-2.1.8");
    return {
        {"2.1.8 pass: customer key, verified",
         id,
         o("notebook-source"),
         Pass,
         nothing,
         {{o("coverage"), o("customer-key")},
          {o("state"), o("verified")},
          {o("@keyVersion"), o("v2")},
          {o("@keyId"), o("vault://vault/keys/cmk/v2")},
          {o("@jobId"), o("42")},
          {o("@feature"), o("managed-services")},
          {o("@dataTypes"), o("notebook-source")},
          {o("@workspace"), Lab}}},
        {"2.1.8 pass: customer key, not verified since the change",
         id,
         o("job-results"),
         Pass,
         [](ComplianceFacts &f, ComplianceSettings &) { cellOf(f, "job-results").state = CellState::NotVerified; },
         {{o("state"), o("not-verified")}, {o("@feature"), o("dbfs-root")}}},
        {"2.1.8 pass: customer key, store locked",
         id,
         o("notebook-source"),
         Pass,
         [](ComplianceFacts &f, ComplianceSettings &) {
             cellOf(f, "notebook-source").state = CellState::KeyNotChecked;
         },
         {{o("state"), o("key-not-checked")}}},
        {"2.1.8 pass: plaintext is another control's",
         id,
         o("notebook-source"),
         Pass,
         [](ComplianceFacts &f, ComplianceSettings &) {
             cellOf(f, "notebook-source").state = CellState::PlaintextFound;
         },
         {}},
        {"2.1.8 fail: no key assigned",
         id,
         o("classic-compute-disks"),
         Fail,
         nothing,
         {{o("coverage"), o("no-key-assigned")}, {o("@feature"), o("managed-disks")}, {o("@keyVersion"), QString()}}},
        {"2.1.8 fail: Standard plan",
         id,
         o("notebook-source"),
         Fail,
         [](ComplianceFacts &f, ComplianceSettings &) {
             model::MatrixCell &c = cellOf(f, "notebook-source");
             c.coverage = Coverage::NotAvailableOnStandard;
             c.state = CellState::NotAvailableOnPlan;
             c.keyId.reset();
             c.measured.reset();
         },
         {{o("coverage"), o("not-available-on-standard")}, {o("state"), o("not-available-on-standard")}}},
        {"2.1.8 fail: key disabled",
         id,
         o("notebook-source"),
         Fail,
         [](ComplianceFacts &f, ComplianceSettings &) {
             model::MatrixCell &c = cellOf(f, "notebook-source");
             c.state = CellState::KeyUnusable;
             c.measured->key.check = model::KeyCheck::Disabled;
         },
         {{o("state"), o("key-unusable")}, {o("key-check"), o("disabled")}, {o("@keyVersion"), o("v2")}}},
        {"2.1.8 fail: key store unreachable",
         id,
         o("job-results"),
         Fail,
         [](ComplianceFacts &f, ComplianceSettings &) {
             model::MatrixCell &c = cellOf(f, "job-results");
             c.state = CellState::KeyStoreUnreachable;
             c.measured->key.check = model::KeyCheck::StoreUnreachable;
         },
         {{o("state"), o("key-store-unreachable")}, {o("@store"), Vault}}},
        {"2.1.8 info: platform key only",
         id,
         o("model-serving-image"),
         Info,
         nothing,
         {{o("coverage"), o("platform-key-only")}, {o("@feature"), o("platform")}}},
        {"2.1.8 n/a: moved by an option",
         id,
         o("notebook-results-control-plane"),
         NotApplicable,
         nothing,
         {{o("coverage"), o("moved-by-option")}}},
    };
}

QList<Case> expiryCases()
{
    const QString cis1 = QStringLiteral("CIS-8.3.1");
    const QString cis2 = QStringLiteral("CIS-8.3.2");
    const QString azp = QStringLiteral("AZP-152b15f7-8e1f-4c1f-ab71-8c010ba5dbc0");
    const auto accessPolicies = [](ComplianceFacts &f, ComplianceSettings &) {
        cmk(f).storeProperties->rbacAuthorization = false;
    };
    return {
        {"8.3.1 pass: newest version expires",
         cis1,
         Cmk,
         Pass,
         nothing,
         {{o("days-left"), o("335")},
          {o("@keyVersion"), o("v2")},
          {o("@expires"), iso(daysAgo(30).addDays(365))},
          {o("@created"), iso(daysAgo(30))},
          {o("@workspace"), QString()}}},
        {"8.3.1 pass: RBAC vault said so",
         cis1,
         Cmk,
         Pass,
         [](ComplianceFacts &f, ComplianceSettings &) { cmk(f).storeProperties->rbacAuthorization = true; },
         {}},
        {"8.3.1 pass: expiring soon is flagged",
         cis1,
         Cmk,
         Pass,
         [](ComplianceFacts &f, ComplianceSettings &) { v2(f).info.expires = Now.addDays(10); },
         {{o("expiring-soon"), o("true")}, {o("days-left"), o("10")}}},
        {"8.3.1 pass: not soon with a shorter warning",
         cis1,
         Cmk,
         Pass,
         [](ComplianceFacts &f, ComplianceSettings &s) {
             v2(f).info.expires = Now.addDays(10);
             s.expiryWarningDays = 5;
         },
         {{o("days-left"), o("10")}}},
        {"8.3.1 fail: no expiry date", cis1, Cmk, Fail, noExpiry, {{o("@keyVersion"), o("v2")}}},
        {"8.3.1 fail: the older version's expiry does not count",
         cis1,
         Cmk,
         Fail,
         [](ComplianceFacts &f, ComplianceSettings &) {
             v2(f).info.expires.reset();
             v1(f).info.expires = Now.addDays(100);
         },
         {}},
        {"8.3.1 fail: newest version expired",
         cis1,
         Cmk,
         Fail,
         [](ComplianceFacts &f, ComplianceSettings &) { v2(f).info.expires = daysAgo(1); },
         {{o("days-left"), o("-1")}}},
        {"8.3.1 fail: store unreadable", cis1, Cmk, Fail, unreadable, {{o("store-problem"), o("locked")}}},
        {"8.3.1 absent: access-policy vault", cis1, Cmk, Absent, accessPolicies, {}},
        {"8.3.1 absent: key no workspace uses",
         cis1,
         Cmk,
         Absent,
         [](ComplianceFacts &f, ComplianceSettings &) {
             lab(f).assignments.clear();
             lab(f).featureKeys.clear();
         },
         {}},
        {"8.3.1 pass: key of a retired feature key only",
         cis1,
         Cmk,
         Pass,
         [](ComplianceFacts &f, ComplianceSettings &) {
             lab(f).assignments.clear();
             for (auto &r : lab(f).featureKeys)
                 r.state = FeatureKeyState::Retired;
         },
         {}},
        {"8.3.1 absent: key of destroyed feature keys only",
         cis1,
         Cmk,
         Absent,
         [](ComplianceFacts &f, ComplianceSettings &) {
             lab(f).assignments.clear();
             for (auto &r : lab(f).featureKeys)
                 r.state = FeatureKeyState::Destroyed;
         },
         {}},
        {"8.3.2 pass: access-policy vault, expiry set", cis2, Cmk, Pass, accessPolicies, {{o("days-left"), o("335")}}},
        {"8.3.2 fail: access-policy vault, no expiry",
         cis2,
         Cmk,
         Fail,
         [=](ComplianceFacts &f, ComplianceSettings &s) {
             accessPolicies(f, s);
             noExpiry(f, s);
         },
         {}},
        {"8.3.2 fail: access-policy vault, expired",
         cis2,
         Cmk,
         Fail,
         [=](ComplianceFacts &f, ComplianceSettings &s) {
             accessPolicies(f, s);
             v2(f).info.expires = daysAgo(3);
         },
         {}},
        {"8.3.2 absent: permission model unknown", cis2, Cmk, Absent, nothing, {}},
        {"AZP expiry pass", azp, Cmk, Pass, nothing, {{o("@keyVersion"), o("v2")}}},
        {"AZP expiry fail: no expiry, also in an access-policy vault",
         azp,
         Cmk,
         Fail,
         [=](ComplianceFacts &f, ComplianceSettings &s) {
             accessPolicies(f, s);
             noExpiry(f, s);
         },
         {}},
        {"AZP expiry fail: expired",
         azp,
         Cmk,
         Fail,
         [](ComplianceFacts &f, ComplianceSettings &) { v2(f).info.expires = Now; },
         {{o("days-left"), o("0")}}},
        {"AZP expiry absent: unused key",
         azp,
         o("vault/spare"),
         Absent,
         [](ComplianceFacts &f, ComplianceSettings &) {
             KeyFactsFull spare = cmk(f);
             spare.name = QStringLiteral("spare");
             f.keys << spare;
         },
         {}},
    };
}

QList<Case> storeCases()
{
    const QString cis = QStringLiteral("CIS-8.3.5");
    const QString azp = QStringLiteral("AZP-0b60c0b2-2dc2-4e1c-b5c9-abbed971de53");
    const auto purgeOff = [](ComplianceFacts &f, ComplianceSettings &) {
        cmk(f).storeProperties->purgeProtection = false;
    };
    const auto softDeleteOff = [](ComplianceFacts &f, ComplianceSettings &) {
        cmk(f).storeProperties->softDelete = false;
    };
    return {
        {"8.3.5 pass: purge protection on",
         cis,
         Vault,
         Pass,
         nothing,
         {{o("purge-protection"), o("true")},
          {o("retention-days"), o("90")},
          {o("kind"), o("azure-keyvault")},
          {o("@store"), Vault},
          {o("@workspace"), QString()}}},
        {"8.3.5 pass: soft delete is the Azure Policy's", cis, Vault, Pass, softDeleteOff, {}},
        {"8.3.5 fail: purge protection off", cis, Vault, Fail, purgeOff, {{o("purge-protection"), o("false")}}},
        {"8.3.5 fail: store unreadable", cis, Vault, Fail, unreadable, {{o("store-problem"), o("locked")}}},
        {"AZP recoverable pass", azp, Vault, Pass, nothing, {{o("soft-delete"), o("true")}}},
        {"AZP recoverable fail: soft delete off", azp, Vault, Fail, softDeleteOff, {{o("soft-delete"), o("false")}}},
        {"AZP recoverable fail: purge protection off", azp, Vault, Fail, purgeOff, {}},
        {"AZP recoverable fail: both off",
         azp,
         Vault,
         Fail,
         [=](ComplianceFacts &f, ComplianceSettings &s) {
             purgeOff(f, s);
             softDeleteOff(f, s);
         },
         {}},
        {"AZP recoverable absent: store of an unused key",
         azp,
         o("other"),
         Absent,
         [](ComplianceFacts &f, ComplianceSettings &) {
             KeyFactsFull other = cmk(f);
             other.store = QStringLiteral("other");
             f.keys << other;
         },
         {}},
    };
}

QList<Case> rotationCases()
{
    const QString cis = QStringLiteral("CIS-8.3.9");
    const QString azp = QStringLiteral("AZP-d8cf8476-a2ec-4916-896e-992351803c44");
    const auto after = [](const char *text) {
        return [=](ComplianceFacts &f, ComplianceSettings &) { cmk(f).policy->rotateAfterCreate = duration(text); };
    };
    return {
        {"8.3.9 pass: rotates after creation", cis, Cmk, Pass, nothing, {{o("rotate-after"), o("P90D")}}},
        {"8.3.9 pass: rotates before expiry",
         cis,
         Cmk,
         Pass,
         [](ComplianceFacts &f, ComplianceSettings &) {
             cmk(f).policy->rotateAfterCreate.reset();
             cmk(f).policy->rotateBeforeExpiry = duration("P30D");
         },
         {{o("rotate-before-expiry"), o("P30D")}}},
        {"8.3.9 fail: no rotation policy",
         cis,
         Cmk,
         Fail,
         [](ComplianceFacts &f, ComplianceSettings &) { cmk(f).policy.reset(); },
         {}},
        {"8.3.9 fail: a policy that only sets expiry",
         cis,
         Cmk,
         Fail,
         [](ComplianceFacts &f, ComplianceSettings &) { cmk(f).policy->rotateAfterCreate.reset(); },
         {{o("expiry-time"), o("P1Y")}}},
        {"8.3.9 fail: a zero rotation period",
         cis,
         Cmk,
         Fail,
         [](ComplianceFacts &f, ComplianceSettings &) { cmk(f).policy->rotateAfterCreate = keystore::IsoDuration(); },
         {}},
        {"AZP rotation pass: 90 days",
         azp,
         Cmk,
         Pass,
         nothing,
         {{o("rotate-after"), o("P90D")}, {o("max-days"), o("90")}}},
        {"AZP rotation pass: two months", azp, Cmk, Pass, after("P2M"), {}},
        {"AZP rotation fail: three months are 92 days from now", azp, Cmk, Fail, after("P3M"), {}},
        {"AZP rotation fail: 180 days", azp, Cmk, Fail, after("P180D"), {{o("rotate-after"), o("P180D")}}},
        {"AZP rotation fail: 91 days", azp, Cmk, Fail, after("P91D"), {}},
        {"AZP rotation pass: a year, a year allowed",
         azp,
         Cmk,
         Pass,
         [=](ComplianceFacts &f, ComplianceSettings &s) {
             after("P1Y")(f, s);
             s.maxDaysToRotate = 365;
         },
         {{o("max-days"), o("365")}}},
        {"AZP rotation fail: only before expiry",
         azp,
         Cmk,
         Fail,
         [](ComplianceFacts &f, ComplianceSettings &) {
             cmk(f).policy->rotateAfterCreate.reset();
             cmk(f).policy->rotateBeforeExpiry = duration("P30D");
         },
         {}},
        {"AZP rotation fail: no policy",
         azp,
         Cmk,
         Fail,
         [](ComplianceFacts &f, ComplianceSettings &) { cmk(f).policy.reset(); },
         {}},
    };
}

QList<Case> hsmCases()
{
    QList<Case> cases;
    for (const QString &id :
         {QStringLiteral("CIS-8.3.10"), QStringLiteral("AZP-587c79fe-dd04-4a5e-9d0b-f89598c7261b")}) {
        const auto require = [](ComplianceFacts &, ComplianceSettings &s) { s.requireHsm = true; };
        cases << Case{"HSM n/a: not required", id, Cmk, NotApplicable, nothing, {{o("hsm-backed"), o("false")}}}
              << Case{"HSM n/a: not required, store unreadable", id, Cmk, NotApplicable, unreadable, {}}
              << Case{"HSM pass: required and held in an HSM",
                      id,
                      Cmk,
                      Pass,
                      [=](ComplianceFacts &f, ComplianceSettings &s) {
                          require(f, s);
                          v2(f).info.hsmBacked = true;
                      },
                      {{o("hsm-backed"), o("true")}, {o("@keyVersion"), o("v2")}}}
              << Case{"HSM fail: required, software key", id, Cmk, Fail, require, {{o("hsm-backed"), o("false")}}}
              << Case{"HSM fail: required, only an older version in an HSM",
                      id,
                      Cmk,
                      Fail,
                      [=](ComplianceFacts &f, ComplianceSettings &s) {
                          require(f, s);
                          v1(f).info.hsmBacked = true;
                      },
                      {}}
              << Case{"HSM fail: required, store unreadable",
                      id,
                      Cmk,
                      Fail,
                      [=](ComplianceFacts &f, ComplianceSettings &s) {
                          require(f, s);
                          unreadable(f, s);
                      },
                      {{o("store-problem"), o("locked")}}};
    }
    return cases;
}

QList<Case> rsaCases()
{
    const QString id = QStringLiteral("AZP-82067dbb-e53b-4e06-b631-546d197452d9");
    return {
        {"RSA pass: 3072 bits, 2048 required",
         id,
         Cmk,
         Pass,
         nothing,
         {{o("key-type"), o("RSA")}, {o("bits"), o("3072")}, {o("minimum-bits"), o("2048")}}},
        {"RSA pass: exactly the minimum",
         id,
         Cmk,
         Pass,
         [](ComplianceFacts &f, ComplianceSettings &) { v2(f).info.bits = 2048; },
         {{o("bits"), o("2048")}}},
        {"RSA fail: 2048 bits, 3072 required",
         id,
         Cmk,
         Fail,
         [](ComplianceFacts &f, ComplianceSettings &s) {
             v2(f).info.bits = 2048;
             s.minimumRsaBits = 3072;
         },
         {{o("minimum-bits"), o("3072")}}},
        {"RSA fail: an AES key",
         id,
         Cmk,
         Fail,
         [](ComplianceFacts &f, ComplianceSettings &) {
             v2(f).info.kind = keystore::KeyKind::Aes;
             v2(f).info.bits = 256;
         },
         {{o("key-type"), o("AES")}, {o("bits"), o("256")}}},
        {"RSA fail: store unreadable", id, Cmk, Fail, unreadable, {}},
    };
}

QList<Case> pci374Cases()
{
    const QString id = QStringLiteral("PCI-3.7.4");
    const int ms = int(Feature::ManagedServices);
    return {
        {"3.7.4 pass: 30 days old, ends by rotation",
         id,
         CmkV2,
         Pass,
         nothing,
         {{o("age-days"), o("30")},
          {o("cryptoperiod-days"), o("730")},
          {o("ends"), iso(daysAgo(30).addDays(90))},
          {o("in-use-as"), o("feature-key,assignment")},
          {o("@feature"), o("managed-services")},
          {o("@dataTypes"), o("notebook-source")},
          {o("@workspace"), Lab},
          {o("@keyVersion"), o("v2")}},
         ms},
        {"3.7.4 pass: no policy, the expiry ends it",
         id,
         CmkV2,
         Pass,
         [](ComplianceFacts &f, ComplianceSettings &) { cmk(f).policy.reset(); },
         {{o("ends"), iso(daysAgo(30).addDays(365))}},
         ms},
        {"3.7.4 pass: no expiry, the rotation ends it", id, CmkV2, Pass, noExpiry, {}, ms},
        {"3.7.4 fail: older than the cryptoperiod",
         id,
         CmkV2,
         Fail,
         [](ComplianceFacts &f, ComplianceSettings &) {
             v2(f).info.created = daysAgo(800);
             v2(f).info.expires = Now.addDays(10);
         },
         {{o("age-days"), o("800")}},
         ms},
        {"3.7.4 fail: older than a shorter cryptoperiod",
         id,
         CmkV2,
         Fail,
         [](ComplianceFacts &, ComplianceSettings &s) { s.wrappingKeyCryptoperiodDays = 20; },
         {{o("cryptoperiod-days"), o("20")}},
         ms},
        {"3.7.4 fail: expired and in use",
         id,
         CmkV2,
         Fail,
         [](ComplianceFacts &f, ComplianceSettings &) { v2(f).info.expires = daysAgo(1); },
         {},
         ms},
        {"3.7.4 fail: no defined end",
         id,
         CmkV2,
         Fail,
         [](ComplianceFacts &f, ComplianceSettings &) {
             v2(f).info.expires.reset();
             cmk(f).policy.reset();
         },
         {},
         ms},
        {"3.7.4 fail: pinned to an old version",
         id,
         CmkV1,
         Fail,
         [](ComplianceFacts &f, ComplianceSettings &) {
             v1(f).info.created = daysAgo(800);
             lab(f).assignments[0].keyVersion = QStringLiteral("v1");
             lab(f).featureKeys[0].keyVersion = QStringLiteral("v1");
         },
         {{o("age-days"), o("800")}, {o("in-use-as"), o("feature-key,assignment")}},
         ms},
        {"3.7.4 pass: following the newest version",
         id,
         CmkV2,
         Pass,
         [](ComplianceFacts &f, ComplianceSettings &) {
             lab(f).assignments[0].keyVersion.clear();
             lab(f).featureKeys.clear();
         },
         {{o("in-use-as"), o("assignment")}},
         ms},
        {"3.7.4 fail: a version the store does not report",
         id,
         o("vault/cmk/v9"),
         Fail,
         [](ComplianceFacts &f, ComplianceSettings &) { lab(f).featureKeys[0].keyVersion = QStringLiteral("v9"); },
         {{o("in-use-as"), o("feature-key")}},
         ms},
        {"3.7.4 absent: a retired feature key's version",
         id,
         CmkV1,
         Absent,
         [](ComplianceFacts &f, ComplianceSettings &) {
             v1(f).info.created = daysAgo(800);
             lab(f).featureKeys << featureKey(Feature::ManagedServices, 0, QStringLiteral("v1"),
                                              FeatureKeyState::Retired);
         },
         {}},
    };
}

QList<Case> pci375Cases()
{
    const QString id = QStringLiteral("PCI-3.7.5");
    const QString ms1 = QStringLiteral("managed-services#1");
    const auto addV3 = [](ComplianceFacts &f) {
        v2(f).newest = false;
        cmk(f).versions << version(QStringLiteral("cmk"), QStringLiteral("v3"), 1, 365, true);
        lab(f).rotations << rotation(Feature::ManagedServices, QStringLiteral("v2"), QStringLiteral("v3"), daysAgo(1));
    };
    return {
        {"3.7.5 pass: under the version in effect",
         id,
         ms1,
         Pass,
         nothing,
         {{o("generation"), o("1")},
          {o("fk-id"), o("10101010101010101010101010101010")},
          {o("in-effect"), CmkV2},
          {o("@keyVersion"), o("v2")},
          {o("@feature"), o("managed-services")},
          {o("@workspace"), Lab}}},
        {"3.7.5 fail: version disabled",
         id,
         ms1,
         Fail,
         [](ComplianceFacts &f, ComplianceSettings &) { v2(f).info.enabled = false; },
         {{o("@keyVersion"), o("v2")}}},
        {"3.7.5 fail: version expired",
         id,
         ms1,
         Fail,
         [](ComplianceFacts &f, ComplianceSettings &) { v2(f).info.expires = daysAgo(1); },
         {}},
        {"3.7.5 fail: replaced by a pinned version",
         id,
         ms1,
         Fail,
         [=](ComplianceFacts &f, ComplianceSettings &) {
             addV3(f);
             lab(f).assignments[0].keyVersion = QStringLiteral("v3");
         },
         {{o("replaced-by"), o("v3")},
          {o("in-effect"), o("vault/cmk/v3")},
          {o("@rotated"), iso(daysAgo(1))},
          {o("@keyVersion"), o("v2")}}},
        {"3.7.5 fail: replaced by the newest version followed",
         id,
         ms1,
         Fail,
         [=](ComplianceFacts &f, ComplianceSettings &) {
             addV3(f);
             lab(f).assignments[0].keyVersion.clear();
         },
         {{o("in-effect"), o("vault/cmk/v3")}}},
        {"3.7.5 pass: following the newest, which it is under",
         id,
         ms1,
         Pass,
         [](ComplianceFacts &f, ComplianceSettings &) { lab(f).assignments[0].keyVersion.clear(); },
         {}},
        {"3.7.5 fail: replaced by another key",
         id,
         ms1,
         Fail,
         [](ComplianceFacts &f, ComplianceSettings &) { lab(f).assignments[0].keyName = QStringLiteral("cmk2"); },
         {{o("in-effect"), o("vault/cmk2/v2")}}},
        {"3.7.5 fail: the feature has no key any more",
         id,
         ms1,
         Fail,
         [](ComplianceFacts &f, ComplianceSettings &) { lab(f).assignments.removeFirst(); },
         {}},
        {"3.7.5 fail: version deleted from the store",
         id,
         ms1,
         Fail,
         [](ComplianceFacts &f, ComplianceSettings &) {
             cmk(f).versions.removeAt(1);
             v1(f).newest = true;
         },
         {{o("@keyId"), o("vault://vault/keys/cmk/v2")}}},
        {"3.7.5 fail: store unreadable", id, ms1, Fail, unreadable, {{o("store-problem"), o("locked")}}},
        {"3.7.5 absent: a retired feature key",
         id,
         o("managed-services#0"),
         Absent,
         [](ComplianceFacts &f, ComplianceSettings &) {
             lab(f).featureKeys << featureKey(Feature::ManagedServices, 0, QStringLiteral("v1"),
                                              FeatureKeyState::Retired);
         },
         {}},
    };
}

QList<Case> nistCases()
{
    const QString id = QStringLiteral("NIST-800-57-5.3");
    return {
        {"5.3 pass: rotation after 90 days",
         id,
         Cmk,
         Pass,
         nothing,
         {{o("usage-period-days"), o("90")}, {o("cryptoperiod-days"), o("730")}, {o("key-type"), o("key-wrapping")}}},
        {"5.3 pass: a year's expiry, no policy",
         id,
         Cmk,
         Pass,
         [](ComplianceFacts &f, ComplianceSettings &) { cmk(f).policy.reset(); },
         {{o("usage-period-days"), o("365")}}},
        {"5.3 fail: three years' expiry, no policy",
         id,
         Cmk,
         Fail,
         [](ComplianceFacts &f, ComplianceSettings &) {
             cmk(f).policy.reset();
             v2(f).info.expires = v2(f).info.created.addDays(1095);
         },
         {{o("usage-period-days"), o("1095")}}},
        {"5.3 pass: three years' expiry, rotated yearly",
         id,
         Cmk,
         Pass,
         [](ComplianceFacts &f, ComplianceSettings &) {
             cmk(f).policy->rotateAfterCreate = duration("P1Y");
             v2(f).info.expires = v2(f).info.created.addDays(1095);
         },
         {{o("usage-period-days"), o("365")}}},
        {"5.3 pass: the policy's two-year expiry, exactly the period",
         id,
         Cmk,
         Pass,
         [](ComplianceFacts &f, ComplianceSettings &) {
             v2(f).info.expires.reset();
             cmk(f).policy->rotateAfterCreate.reset();
             cmk(f).policy->expiryTime = duration("P2Y");
         },
         {{o("usage-period-days"), o("730")}}},
        {"5.3 fail: the policy's two-year expiry, one year allowed",
         id,
         Cmk,
         Fail,
         [](ComplianceFacts &f, ComplianceSettings &s) {
             v2(f).info.expires.reset();
             cmk(f).policy->rotateAfterCreate.reset();
             cmk(f).policy->expiryTime = duration("P2Y");
             s.wrappingKeyCryptoperiodDays = 365;
         },
         {{o("cryptoperiod-days"), o("365")}}},
        {"5.3 fail: no usage period defined",
         id,
         Cmk,
         Fail,
         [](ComplianceFacts &f, ComplianceSettings &) {
             v2(f).info.expires.reset();
             cmk(f).policy.reset();
         },
         {}},
        {"5.3 fail: store unreadable", id, Cmk, Fail, unreadable, {}},
    };
}

QList<Case> databricksCases()
{
    const QString premium = QStringLiteral("DBX-PREMIUM");
    const QString serverless = QStringLiteral("DBX-SERVERLESS-PLATFORM");
    const QString disks = QStringLiteral("DBX-DISK-SERVERLESS");
    const QString twice = QStringLiteral("DBX-DOUBLE-ENCRYPTION");
    const auto standard = [](ComplianceFacts &f, ComplianceSettings &) {
        lab(f).workspace.setPlan(model::Plan::Standard);
    };
    const auto disksKeyed = [](ComplianceFacts &f, ComplianceSettings &) {
        lab(f).assignments << assignment(Feature::ManagedDisks, QStringLiteral("vault"), QStringLiteral("cmk"),
                                         QString());
    };
    return {
        {"premium pass",
         premium,
         Lab,
         Pass,
         nothing,
         {{o("plan"), o("premium")},
          {o("assigned-features"), o("managed-services,dbfs-root")},
          {o("@workspace"), Lab}}},
        {"premium fail: Standard with keys",
         premium,
         Lab,
         Fail,
         standard,
         {{o("plan"), o("standard")}, {o("assigned-features"), o("managed-services,dbfs-root")}}},
        {"premium fail: Standard without keys",
         premium,
         Lab,
         Fail,
         [=](ComplianceFacts &f, ComplianceSettings &s) {
             standard(f, s);
             lab(f).assignments.clear();
         },
         {{o("assigned-features"), QString()}}},
        {"premium fail: Standard with a key on the workspace only",
         premium,
         Lab,
         Fail,
         [=](ComplianceFacts &f, ComplianceSettings &s) {
             standard(f, s);
             lab(f).assignments.clear();
             if (!lab(f).workspace.assignKey(Feature::ManagedDisks, QStringLiteral("vault/cmk/v2")))
                 qFatal("assignKey");
         },
         {{o("assigned-features"), o("managed-disks")}}},
        {"serverless info: the platform-only data types",
         serverless,
         Lab,
         Info,
         nothing,
         {{o("@dataTypes"), o("model-serving-image,serverless-disks")}, {o("@feature"), o("platform")}}},
        {"serverless absent: no platform-only cell",
         serverless,
         Lab,
         Absent,
         [](ComplianceFacts &f, ComplianceSettings &) { lab(f).cells.clear(); },
         {}},
        {"disks info: managed disks keyed",
         disks,
         Lab,
         Info,
         disksKeyed,
         {{o("@dataTypes"), o("serverless-disks")}, {o("@feature"), o("managed-disks")}, {o("@keyVersion"), o("v2")}}},
        {"disks info: a key on the workspace only",
         disks,
         Lab,
         Info,
         [](ComplianceFacts &f, ComplianceSettings &) {
             if (!lab(f).workspace.assignKey(Feature::ManagedDisks, QStringLiteral("vault/cmk/v1")))
                 qFatal("assignKey");
         },
         {{o("@keyVersion"), o("v1")}, {o("@keyId"), o("vault/cmk/v1")}}},
        {"disks absent: managed disks without a key", disks, Lab, Absent, nothing, {}},
        {"double encryption pass",
         twice,
         Lab,
         Pass,
         nothing,
         {{o("dbfs-double-encryption"), o("true")},
          {o("@dataTypes"), o("job-results")},
          {o("@feature"), o("dbfs-root")}}},
        {"double encryption fail: off",
         twice,
         Lab,
         Fail,
         [](ComplianceFacts &f, ComplianceSettings &) {
             lab(f).workspace.setOption(model::WorkspaceOption::DbfsDoubleEncryption, false);
         },
         {{o("dbfs-double-encryption"), o("false")}}},
    };
}

QList<Case> measuredCases()
{
    const QString plain = QStringLiteral("KW-PLAINTEXT");
    const QString stale = QStringLiteral("KW-VERIFY-STALE");
    const QString needed = QStringLiteral("KW-RETIRED-NEEDED");
    const int ms = int(Feature::ManagedServices);
    const auto oldFkUnderV1 = [](ComplianceFacts &f, ComplianceSettings &) {
        lab(f).featureKeys << featureKey(Feature::ManagedServices, 0, QStringLiteral("v1"), FeatureKeyState::Retired);
    };
    const auto rotatedHoursAgo = [](int hours) {
        return [=](ComplianceFacts &f, ComplianceSettings &) {
            lab(f).rotations[0].at = Now.addSecs(-3600 * qint64(hours));
            lab(f).featureKeys << featureKey(Feature::ManagedServices, 0, QStringLiteral("v1"),
                                             FeatureKeyState::Retired);
        };
    };
    return {
        {"plaintext pass: none found",
         plain,
         o("notebook-source"),
         Pass,
         nothing,
         {{o("objects"), o("10")},
          {o("plaintext"), o("0")},
          {o("@jobId"), o("42")},
          {o("@jobFinished"), iso(daysAgo(2).addSecs(3600))},
          {o("@feature"), o("managed-services")},
          {o("@dataTypes"), o("notebook-source")}}},
        {"plaintext fail: found in clear",
         plain,
         o("job-results"),
         Fail,
         [](ComplianceFacts &f, ComplianceSettings &) {
             lab(f).coverage.lastVerify->byDataType[QStringLiteral("job-results")].plaintext = 3;
         },
         {{o("objects"), o("5")}, {o("plaintext"), o("3")}, {o("@jobId"), o("42")}, {o("@feature"), o("dbfs-root")}}},
        {"plaintext fail: a type without a cell",
         plain,
         o("secrets"),
         Fail,
         [](ComplianceFacts &f, ComplianceSettings &) {
             lab(f).coverage.lastVerify->byDataType.insert(QStringLiteral("secrets"), {4, 4, 0});
         },
         {{o("@feature"), o("managed-services")}}},
        {"plaintext n/a: never verified",
         plain,
         Lab,
         NotApplicable,
         [](ComplianceFacts &f, ComplianceSettings &) { lab(f).coverage.lastVerify.reset(); },
         {}},
        {"stale pass: verified since the change",
         stale,
         o("managed-services"),
         Pass,
         nothing,
         {{o("@jobId"), o("42")},
          {o("last-change"), iso(daysAgo(30))},
          {o("last-change-kind"), o("rotation")},
          {o("@keyVersion"), o("v2")},
          {o("@dataTypes"), o("notebook-source")}}},
        {"stale pass: verification started at the change",
         stale,
         o("managed-services"),
         Pass,
         [](ComplianceFacts &f, ComplianceSettings &) {
             lab(f).coverage.lastChange[Feature::ManagedServices].at = lab(f).coverage.lastVerify->started;
         },
         {}},
        {"stale fail: changed after the verification started",
         stale,
         o("managed-services"),
         Fail,
         [](ComplianceFacts &f, ComplianceSettings &) {
             lab(f).coverage.lastChange[Feature::ManagedServices] = {daysAgo(1), model::ChangeKind::Assignment};
         },
         {{o("last-change-kind"), o("assignment")}, {o("@jobId"), o("42")}}},
        {"stale fail: changed while it ran",
         stale,
         o("dbfs-root"),
         Fail,
         [](ComplianceFacts &f, ComplianceSettings &) {
             lab(f).coverage.lastChange[Feature::DbfsRoot].at = daysAgo(2).addSecs(60);
         },
         {}},
        {"stale fail: older than the maximum age",
         stale,
         o("managed-services"),
         Fail,
         [](ComplianceFacts &f, ComplianceSettings &) {
             lab(f).coverage.lastVerify->started = daysAgo(29);
             lab(f).coverage.lastVerify->finished = daysAgo(29);
             lab(f).coverage.lastChange[Feature::ManagedServices].at = daysAgo(40);
             lab(f).coverage.lastChange[Feature::DbfsRoot].at = daysAgo(40);
             f.now = Now.addDays(2);
         },
         {{o("max-age-days"), o("30")}}},
        {"stale pass: a longer maximum age",
         stale,
         o("managed-services"),
         Pass,
         [](ComplianceFacts &f, ComplianceSettings &s) {
             lab(f).coverage.lastVerify->started = daysAgo(40);
             lab(f).coverage.lastVerify->finished = daysAgo(40);
             lab(f).coverage.lastChange.clear();
             s.verifyMaxAgeDays = 60;
         },
         {{o("max-age-days"), o("60")}}},
        {"stale fail: never verified",
         stale,
         o("dbfs-root"),
         Fail,
         [](ComplianceFacts &f, ComplianceSettings &) { lab(f).coverage.lastVerify.reset(); },
         {{o("@jobId"), o("0")}}},
        {"stale absent: a feature without a key", stale, o("managed-disks"), Absent, nothing, {}},
        {"retired pass: nothing left under the old version",
         needed,
         CmkV1,
         Pass,
         nothing,
         {{o("feature-keys"), o("0")},
          {o("new-version"), o("v2")},
          {o("@rotated"), iso(daysAgo(30))},
          {o("@keyVersion"), o("v1")},
          {o("@created"), iso(daysAgo(130))}},
         ms},
        {"retired fail: a retired feature key still under it",
         needed,
         CmkV1,
         Fail,
         oldFkUnderV1,
         {{o("feature-keys"), o("1")}, {o("generations"), o("0")}, {o("@rotated"), iso(daysAgo(30))}},
         ms},
        {"retired fail: an active one too",
         needed,
         CmkV1,
         Fail,
         [](ComplianceFacts &f, ComplianceSettings &) { lab(f).featureKeys[0].keyVersion = QStringLiteral("v1"); },
         {{o("generations"), o("1")}},
         ms},
        {"retired pass: within the grace period",
         needed,
         CmkV1,
         Pass,
         rotatedHoursAgo(23),
         {{o("feature-keys"), o("1")}, {o("grace-ends"), iso(Now.addSecs(3600))}},
         ms},
        {"retired fail: the grace period just ended", needed, CmkV1, Fail, rotatedHoursAgo(24), {}, ms},
        {"retired pass: a longer grace period",
         needed,
         CmkV1,
         Pass,
         [=](ComplianceFacts &f, ComplianceSettings &s) {
             rotatedHoursAgo(48)(f, s);
             s.retiredVersionGraceHours = 72;
         },
         {},
         ms},
        {"retired pass: destroyed feature keys do not count",
         needed,
         CmkV1,
         Pass,
         [](ComplianceFacts &f, ComplianceSettings &) {
             lab(f).featureKeys << featureKey(Feature::ManagedServices, 0, QStringLiteral("v1"),
                                              FeatureKeyState::Destroyed);
         },
         {{o("feature-keys"), o("0")}},
         ms},
        {"retired pass: another feature's feature key does not count",
         needed,
         CmkV1,
         Pass,
         [](ComplianceFacts &f, ComplianceSettings &) {
             lab(f).rotations.removeLast();
             lab(f).featureKeys << featureKey(Feature::DbfsRoot, 0, QStringLiteral("v1"), FeatureKeyState::Retired);
         },
         {{o("feature-keys"), o("0")}},
         ms},
        {"retired absent: a failed rotation",
         needed,
         CmkV1,
         Absent,
         [](ComplianceFacts &f, ComplianceSettings &) {
             for (auto &e : lab(f).rotations)
                 e.result = QStringLiteral("failed: store unreachable");
         },
         {}},
        {"retired absent: the newest version",
         needed,
         CmkV1,
         Absent,
         [](ComplianceFacts &f, ComplianceSettings &) {
             v1(f).newest = true;
             v2(f).newest = false;
         },
         {}},
    };
}

QList<Case> allCases()
{
    return cis218Cases() + expiryCases() + storeCases() + rotationCases() + hsmCases() + rsaCases() + pci374Cases() +
           pci375Cases() + nistCases() + databricksCases() + measuredCases();
}

QString optionalIso(const std::optional<QDateTime> &t)
{
    return t ? iso(*t) : QString();
}

// The finding's field named "@field", or its evidence value.
QString fieldOf(const Finding &f, const QString &name)
{
    if (name == QLatin1String("@keyVersion"))
        return f.evidence.keyVersion;
    if (name == QLatin1String("@keyId"))
        return f.evidence.keyId;
    if (name == QLatin1String("@store"))
        return f.evidence.store;
    if (name == QLatin1String("@jobId"))
        return QString::number(f.evidence.jobId);
    if (name == QLatin1String("@jobFinished"))
        return optionalIso(f.evidence.jobFinished);
    if (name == QLatin1String("@rotated"))
        return optionalIso(f.evidence.rotated);
    if (name == QLatin1String("@created"))
        return optionalIso(f.evidence.created);
    if (name == QLatin1String("@expires"))
        return optionalIso(f.evidence.expires);
    if (name == QLatin1String("@feature"))
        return f.feature ? model::featureId(*f.feature) : QString();
    if (name == QLatin1String("@dataTypes"))
        return f.dataTypes.join(QLatin1Char(','));
    if (name == QLatin1String("@workspace"))
        return f.workspace;
    return f.evidence.values.value(name, QStringLiteral("<absent>"));
}

QList<Finding> only(const QList<Finding> &findings, const QString &controlId)
{
    QList<Finding> out;
    for (const Finding &f : findings)
        if (f.controlId == controlId)
            out << f;
    return out;
}

Finding finding(const QString &controlId, Outcome outcome, Severity severity = Severity::High)
{
    Finding f;
    f.controlId = controlId;
    f.outcome = outcome;
    f.severity = severity;
    return f;
}

QString writeIni(const QTemporaryDir &dir, const QByteArray &text)
{
    const QString path = dir.filePath(QStringLiteral("compliance.ini"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size())
        qFatal("cannot write the settings file");
    return path;
}

} // namespace

Q_DECLARE_METATYPE(keyward::compliance::ComplianceSettings)
Q_DECLARE_METATYPE(QList<keyward::compliance::Finding>)

class TestComplianceRules : public QObject
{
    Q_OBJECT

private slots:
    void controlsListed();
    void controlsCovered();
    void rules_data();
    void rules();
    void everyFindingFilled();
    void cis218OnePerDataType();
    void evaluateDeterministic();
    void evaluateOrder();
    void namesAndIds();
    void score_data();
    void score();
    void settingsDefaults();
    void settingsRead_data();
    void settingsRead();
    void settingsRefused_data();
    void settingsRefused();
    void settingsPath();
};

void TestComplianceRules::controlsListed()
{
    const QStringList expected = {
        QStringLiteral("CIS-2.1.8"),
        QStringLiteral("CIS-8.3.1"),
        QStringLiteral("CIS-8.3.2"),
        QStringLiteral("CIS-8.3.5"),
        QStringLiteral("CIS-8.3.9"),
        QStringLiteral("CIS-8.3.10"),
        QStringLiteral("PCI-3.7.4"),
        QStringLiteral("PCI-3.7.5"),
        QStringLiteral("NIST-800-57-5.3"),
        QStringLiteral("AZP-152b15f7-8e1f-4c1f-ab71-8c010ba5dbc0"),
        QStringLiteral("AZP-0b60c0b2-2dc2-4e1c-b5c9-abbed971de53"),
        QStringLiteral("AZP-d8cf8476-a2ec-4916-896e-992351803c44"),
        QStringLiteral("AZP-82067dbb-e53b-4e06-b631-546d197452d9"),
        QStringLiteral("AZP-587c79fe-dd04-4a5e-9d0b-f89598c7261b"),
        QStringLiteral("DBX-PREMIUM"),
        QStringLiteral("DBX-SERVERLESS-PLATFORM"),
        QStringLiteral("DBX-DISK-SERVERLESS"),
        QStringLiteral("DBX-DOUBLE-ENCRYPTION"),
        QStringLiteral("KW-PLAINTEXT"),
        QStringLiteral("KW-VERIFY-STALE"),
        QStringLiteral("KW-RETIRED-NEEDED"),
    };
    QStringList ids;
    for (const Control &c : allControls()) {
        ids << c.id;
        QVERIFY2(!c.title.isEmpty() && !c.rationale.isEmpty(), qPrintable(c.id));
        QVERIFY2(!c.reference.isEmpty(), qPrintable(c.id));
        QCOMPARE(controlById(c.id), &c);
        if (c.framework == Framework::AzurePolicy)
            QCOMPARE(QStringLiteral("AZP-") + c.reference, c.id);
        if (c.framework == Framework::CisAzure)
            QCOMPARE(QStringLiteral("CIS-") + c.reference, c.id);
        if (c.framework == Framework::PciDss)
            QCOMPARE(QStringLiteral("PCI-") + c.reference, c.id);
    }
    QCOMPARE(ids, expected);
    QCOMPARE(controlById(QStringLiteral("CIS-9.9.9")), nullptr);

    QCOMPARE(controlById(QStringLiteral("CIS-2.1.8"))->severity, Severity::Critical);
    QCOMPARE(controlById(QStringLiteral("PCI-3.7.5"))->severity, Severity::Critical);
    QCOMPARE(controlById(QStringLiteral("KW-PLAINTEXT"))->severity, Severity::Critical);
    QCOMPARE(controlById(QStringLiteral("CIS-8.3.1"))->severity, Severity::High);
    QCOMPARE(controlById(QStringLiteral("PCI-3.7.4"))->severity, Severity::High);
    QCOMPARE(controlById(QStringLiteral("CIS-8.3.9"))->severity, Severity::Medium);
    QCOMPARE(controlById(QStringLiteral("DBX-DOUBLE-ENCRYPTION"))->severity, Severity::Low);
    QCOMPARE(controlById(QStringLiteral("DBX-SERVERLESS-PLATFORM"))->severity, Severity::Info);
    QCOMPARE(controlById(QStringLiteral("NIST-800-57-5.3"))->framework, Framework::Nist80057);
    QCOMPARE(controlById(QStringLiteral("NIST-800-57-5.3"))->reference, QStringLiteral("5.3"));
    QCOMPARE(controlById(QStringLiteral("KW-RETIRED-NEEDED"))->framework, Framework::Measured);
    QCOMPARE(controlById(QStringLiteral("DBX-PREMIUM"))->framework, Framework::Databricks);
}

void TestComplianceRules::controlsCovered()
{
    // Every control has a passing and a failing case in the tables, or, for the platform's info-only facts, an info
    // case and one where it does not apply.
    QHash<QString, QSet<int>> outcomes;
    for (const Case &c : allCases())
        outcomes[c.control].insert(c.outcome);
    for (const Control &control : allControls()) {
        const QSet<int> seen = outcomes.value(control.id);
        if (control.severity == Severity::Info) {
            QVERIFY2(seen.contains(Info) && seen.contains(Absent), qPrintable(control.id));
        } else {
            QVERIFY2(seen.contains(Pass) && seen.contains(Fail), qPrintable(control.id));
        }
    }
    QVERIFY(outcomes.value(QStringLiteral("CIS-2.1.8")).contains(Info));
    QVERIFY(outcomes.value(QStringLiteral("CIS-2.1.8")).contains(NotApplicable));
    QVERIFY(outcomes.value(QStringLiteral("CIS-8.3.10")).contains(NotApplicable));
    QVERIFY(outcomes.value(QStringLiteral("KW-PLAINTEXT")).contains(NotApplicable));
}

void TestComplianceRules::rules_data()
{
    QTest::addColumn<int>("index");
    const QList<Case> cases = allCases();
    for (int i = 0; i < cases.size(); ++i)
        QTest::newRow(qPrintable(QStringLiteral("%1: %2").arg(cases[i].control, QString::fromLatin1(cases[i].name))))
            << i;
}

void TestComplianceRules::rules()
{
    QFETCH(int, index);
    const Case c = allCases().at(index);
    ComplianceFacts facts = base();
    ComplianceSettings settings;
    c.change(facts, settings);

    const QList<Finding> all = evaluate(facts, settings);
    QList<Finding> matching;
    for (const Finding &f : only(all, c.control)) {
        if (f.subject == c.subject && (c.feature < 0 || (f.feature && int(*f.feature) == c.feature)))
            matching << f;
    }
    if (c.outcome == Absent) {
        QVERIFY2(matching.isEmpty(), qPrintable(matching.value(0).summary));
        return;
    }
    QCOMPARE(matching.size(), 1);
    const Finding &f = matching.first();
    const Control *control = controlById(c.control);
    QVERIFY(control);
    QCOMPARE(int(f.outcome), c.outcome);
    QCOMPARE(f.framework, control->framework);
    QCOMPARE(f.severity, control->severity);
    QVERIFY(!f.summary.isEmpty());
    if (f.outcome == Outcome::Fail)
        QVERIFY2(!f.remediation.isEmpty(), qPrintable(f.summary));
    if (f.outcome == Outcome::Pass || f.outcome == Outcome::Info)
        QVERIFY2(f.remediation.isEmpty(), qPrintable(f.remediation));
    for (auto it = c.expect.cbegin(); it != c.expect.cend(); ++it)
        QCOMPARE(fieldOf(f, it.key()), it.value());
}

void TestComplianceRules::everyFindingFilled()
{
    // Over a mix of passes and fails: every finding carries its control's framework and severity, words, and the
    // subject's workspace when it is about one.
    ComplianceFacts facts = base();
    ComplianceSettings settings;
    settings.requireHsm = true;
    WorkspaceFacts second = facts.workspaces.first();
    second.workspace.setName(QStringLiteral("prod"));
    second.workspace.setOption(model::WorkspaceOption::DbfsDoubleEncryption, false);
    second.coverage.lastVerify.reset();
    // Its managed disks follow a key in a vault that grants access by access policies (CIS 8.3.2).
    KeyFactsFull disk = facts.keys.first();
    disk.store = QStringLiteral("ap");
    disk.name = QStringLiteral("disk");
    disk.storeProperties->name = QStringLiteral("ap");
    disk.storeProperties->rbacAuthorization = false;
    facts.keys << disk;
    second.assignments << assignment(Feature::ManagedDisks, QStringLiteral("ap"), QStringLiteral("disk"), QString());
    facts.workspaces << second;
    const QList<Finding> all = evaluate(facts, settings);
    QSet<QString> controls;
    for (const Finding &f : all) {
        const Control *c = controlById(f.controlId);
        QVERIFY2(c, qPrintable(f.controlId));
        controls.insert(f.controlId);
        QCOMPARE(f.framework, c->framework);
        QCOMPARE(f.severity, c->severity);
        QVERIFY2(!f.summary.isEmpty(), qPrintable(f.controlId));
        QVERIFY2(!f.subject.isEmpty(), qPrintable(f.controlId));
        QVERIFY2(!f.summary.contains(QLatin1Char('%')), qPrintable(f.summary));
        QVERIFY2(!f.remediation.contains(QLatin1Char('%')), qPrintable(f.remediation));
        if (f.outcome == Outcome::Fail)
            QVERIFY2(!f.remediation.isEmpty(), qPrintable(f.summary));
        if (f.outcome == Outcome::Pass || f.outcome == Outcome::Info)
            QVERIFY2(f.remediation.isEmpty(), qPrintable(f.remediation));
        if (f.workspace.isEmpty())
            QVERIFY2(f.subject.startsWith(QLatin1String("vault")) || f.subject.startsWith(QLatin1String("ap")),
                     qPrintable(f.subject));
    }
    QCOMPARE(controls.size(), allControls().size());
}

void TestComplianceRules::cis218OnePerDataType()
{
    const ComplianceFacts facts = base();
    const QList<Finding> found = only(evaluate(facts, {}), QStringLiteral("CIS-2.1.8"));
    QCOMPARE(found.size(), facts.workspaces.first().cells.size());
    QSet<QString> types;
    for (const Finding &f : found) {
        QCOMPARE(f.dataTypes.size(), 1);
        QCOMPARE(f.subject, f.dataTypes.first());
        QVERIFY(f.feature.has_value());
        types.insert(f.subject);
    }
    QCOMPARE(types.size(), found.size());
}

void TestComplianceRules::evaluateDeterministic()
{
    // The same facts in another order give the same findings in the same order.
    ComplianceFacts facts = base();
    WorkspaceFacts second = facts.workspaces.first();
    second.workspace.setName(QStringLiteral("alpha"));
    facts.workspaces << second;
    KeyFactsFull other = facts.keys.first();
    other.store = QStringLiteral("hsm");
    facts.keys << other;
    facts.workspaces.last().assignments[1].store = QStringLiteral("hsm");
    const QList<Finding> first = evaluate(facts, {});

    ComplianceFacts shuffled = facts;
    std::reverse(shuffled.workspaces.begin(), shuffled.workspaces.end());
    std::reverse(shuffled.keys.begin(), shuffled.keys.end());
    for (WorkspaceFacts &w : shuffled.workspaces) {
        std::reverse(w.cells.begin(), w.cells.end());
        std::reverse(w.featureKeys.begin(), w.featureKeys.end());
        std::reverse(w.assignments.begin(), w.assignments.end());
    }
    QCOMPARE(evaluate(shuffled, {}), first);
    QCOMPARE(evaluate(facts, {}), first);
}

void TestComplianceRules::evaluateOrder()
{
    ComplianceFacts facts = base();
    WorkspaceFacts second = facts.workspaces.first();
    second.workspace.setName(QStringLiteral("alpha"));
    facts.workspaces << second;
    const QList<Finding> all = evaluate(facts, {});
    QStringList order;
    for (const Control &c : allControls())
        order << c.id;
    int lastControl = 0;
    for (int i = 0; i < all.size(); ++i) {
        const int at = order.indexOf(all[i].controlId);
        QVERIFY2(at >= lastControl, qPrintable(all[i].controlId));
        if (at == lastControl && i > 0 && all[i - 1].controlId == all[i].controlId) {
            const Finding &a = all[i - 1];
            const Finding &b = all[i];
            QVERIFY2(a.workspace <= b.workspace, qPrintable(a.controlId));
            if (a.workspace == b.workspace && a.feature && b.feature)
                QVERIFY2(int(*a.feature) <= int(*b.feature), qPrintable(a.controlId));
        }
        lastControl = at;
    }
    // The workspace "alpha" comes before "lab" within a control.
    const QList<Finding> premium = only(all, QStringLiteral("DBX-PREMIUM"));
    QCOMPARE(premium.size(), 2);
    QCOMPARE(premium[0].workspace, QStringLiteral("alpha"));
    QCOMPARE(premium[1].workspace, QStringLiteral("lab"));
}

void TestComplianceRules::namesAndIds()
{
    QSet<QString> frameworks;
    for (Framework f : allFrameworks()) {
        frameworks.insert(frameworkId(f));
        QVERIFY(!frameworkDisplayName(f).isEmpty());
    }
    QCOMPARE(frameworks.size(), 6);
    QCOMPARE(frameworkId(Framework::CisAzure), QStringLiteral("cis-azure-5.0.0"));
    QCOMPARE(frameworkId(Framework::PciDss), QStringLiteral("pci-dss-4.0.1"));
    for (Severity s : {Severity::Info, Severity::Low, Severity::Medium, Severity::High, Severity::Critical}) {
        const Result<Severity> parsed = parseSeverity(severityId(s));
        QVERIFY(parsed.ok());
        QCOMPARE(*parsed, s);
        QVERIFY(!severityDisplayName(s).isEmpty());
    }
    QCOMPARE(parseSeverity(u"severe").error().code, ErrorCode::InvalidArgument);
    QCOMPARE(severityWeight(Severity::Critical), 10);
    QCOMPARE(severityWeight(Severity::High), 5);
    QCOMPARE(severityWeight(Severity::Medium), 3);
    QCOMPARE(severityWeight(Severity::Low), 1);
    QCOMPARE(severityWeight(Severity::Info), 0);
    QCOMPARE(outcomeId(Outcome::Pass), QStringLiteral("pass"));
    QCOMPARE(outcomeId(Outcome::Fail), QStringLiteral("fail"));
    QCOMPARE(outcomeId(Outcome::NotApplicable), QStringLiteral("not-applicable"));
    QCOMPARE(outcomeId(Outcome::Info), QStringLiteral("info"));
    for (Outcome o : {Outcome::Pass, Outcome::Fail, Outcome::NotApplicable, Outcome::Info})
        QVERIFY(!outcomeDisplayName(o).isEmpty());

    ComplianceFacts facts = base();
    QVERIFY(facts.key(QStringLiteral("vault"), QStringLiteral("cmk")));
    QCOMPARE(facts.key(QStringLiteral("vault"), QStringLiteral("cmk"))->versions.size(), 2);
    QCOMPARE(facts.key(QStringLiteral("vault"), QStringLiteral("other")), nullptr);
    QCOMPARE(facts.key(QStringLiteral("hsm"), QStringLiteral("cmk")), nullptr);
}

void TestComplianceRules::score_data()
{
    QTest::addColumn<QList<Finding>>("findings");
    QTest::addColumn<double>("score");
    const QString id = QStringLiteral("X");
    QTest::newRow("nothing") << QList<Finding>() << 100.0;
    QTest::newRow("only info and n/a") << QList<Finding>{finding(id, Outcome::Info, Severity::Critical),
                                                         finding(id, Outcome::NotApplicable, Severity::High)}
                                       << 100.0;
    QTest::newRow("all pass") << QList<Finding>{finding(id, Outcome::Pass), finding(id, Outcome::Pass, Severity::Low)}
                              << 100.0;
    QTest::newRow("all fail") << QList<Finding>{finding(id, Outcome::Fail), finding(id, Outcome::Fail, Severity::Low)}
                              << 0.0;
    QTest::newRow("critical fail, high pass")
        << QList<Finding>{finding(id, Outcome::Fail, Severity::Critical), finding(id, Outcome::Pass, Severity::High)}
        << 100.0 * 5 / 15;
    QTest::newRow("medium pass, low fail, n/a ignored")
        << QList<Finding>{finding(id, Outcome::Pass, Severity::Medium), finding(id, Outcome::Fail, Severity::Low),
                          finding(id, Outcome::NotApplicable, Severity::Critical)}
        << 75.0;
    QTest::newRow("info severity weighs nothing")
        << QList<Finding>{finding(id, Outcome::Fail, Severity::Info), finding(id, Outcome::Pass, Severity::Low)}
        << 100.0;
    QTest::newRow("only info severity fails") << QList<Finding>{finding(id, Outcome::Fail, Severity::Info)} << 100.0;
}

void TestComplianceRules::score()
{
    QFETCH(QList<Finding>, findings);
    QFETCH(double, score);
    QVERIFY2(qAbs(complianceScore(findings) - score) < 1e-9, qPrintable(QString::number(complianceScore(findings))));
}

void TestComplianceRules::settingsDefaults()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Result<ComplianceSettings> absent = readComplianceSettings(dir.filePath(QStringLiteral("none.ini")));
    QVERIFY(absent.ok());
    QCOMPARE(*absent, ComplianceSettings());
    QCOMPARE(absent->expiryWarningDays, 30);
    QCOMPARE(absent->maxDaysToRotate, 90);
    QCOMPARE(absent->minimumRsaBits, 2048);
    QCOMPARE(absent->requireHsm, false);
    QCOMPARE(absent->wrappingKeyCryptoperiodDays, 730);
    QCOMPARE(absent->retiredVersionGraceHours, 24);
    QCOMPARE(absent->verifyMaxAgeDays, 30);

    const Result<ComplianceSettings> empty = readComplianceSettings(writeIni(dir, "[other]\nx=1\n"));
    QVERIFY(empty.ok());
    QCOMPARE(*empty, ComplianceSettings());
}

void TestComplianceRules::settingsRead_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<ComplianceSettings>("expected");
    const auto with = [](const std::function<void(ComplianceSettings &)> &change) {
        ComplianceSettings s;
        change(s);
        return s;
    };
    QTest::newRow("expiry-warning-days") << QByteArray("expiry-warning-days=14")
                                         << with([](ComplianceSettings &s) { s.expiryWarningDays = 14; });
    QTest::newRow("expiry-warning-days 0")
        << QByteArray("expiry-warning-days=0") << with([](ComplianceSettings &s) { s.expiryWarningDays = 0; });
    QTest::newRow("max-days-to-rotate") << QByteArray("max-days-to-rotate=365")
                                        << with([](ComplianceSettings &s) { s.maxDaysToRotate = 365; });
    QTest::newRow("minimum-rsa-bits") << QByteArray("minimum-rsa-bits=3072")
                                      << with([](ComplianceSettings &s) { s.minimumRsaBits = 3072; });
    QTest::newRow("minimum-rsa-bits 4096")
        << QByteArray("minimum-rsa-bits = 4096") << with([](ComplianceSettings &s) { s.minimumRsaBits = 4096; });
    QTest::newRow("require-hsm true") << QByteArray("require-hsm=true")
                                      << with([](ComplianceSettings &s) { s.requireHsm = true; });
    QTest::newRow("require-hsm yes") << QByteArray("require-hsm=Yes")
                                     << with([](ComplianceSettings &s) { s.requireHsm = true; });
    QTest::newRow("require-hsm false") << QByteArray("require-hsm=false") << ComplianceSettings();
    QTest::newRow("wrapping-key-cryptoperiod-days")
        << QByteArray("wrapping-key-cryptoperiod-days=365")
        << with([](ComplianceSettings &s) { s.wrappingKeyCryptoperiodDays = 365; });
    QTest::newRow("retired-version-grace-hours") << QByteArray("retired-version-grace-hours=0")
                                                 << with([](ComplianceSettings &s) { s.retiredVersionGraceHours = 0; });
    QTest::newRow("verify-max-age-days") << QByteArray("verify-max-age-days=7")
                                         << with([](ComplianceSettings &s) { s.verifyMaxAgeDays = 7; });
    QTest::newRow("all of them") << QByteArray("expiry-warning-days=1\nmax-days-to-rotate=2\nminimum-rsa-bits=4096\n"
                                               "require-hsm=1\nwrapping-key-cryptoperiod-days=3\n"
                                               "retired-version-grace-hours=4\nverify-max-age-days=5")
                                 << ComplianceSettings{1, 2, 4096, true, 3, 4, 5};
}

void TestComplianceRules::settingsRead()
{
    QFETCH(QByteArray, line);
    QFETCH(ComplianceSettings, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Result<ComplianceSettings> read =
        readComplianceSettings(writeIni(dir, "# thresholds\n[compliance]\n" + line + "\n"));
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().detail));
    QCOMPARE(*read, expected);
}

void TestComplianceRules::settingsRefused_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("reason");
    const int invalid = int(Reason::ComplianceSettingInvalid);
    QTest::newRow("negative warning") << QByteArray("expiry-warning-days=-1") << QStringLiteral("expiry-warning-days")
                                      << QStringLiteral("-1") << invalid;
    QTest::newRow("warning too long") << QByteArray("expiry-warning-days=3651") << QStringLiteral("expiry-warning-days")
                                      << QStringLiteral("3651") << invalid;
    QTest::newRow("rotate zero") << QByteArray("max-days-to-rotate=0") << QStringLiteral("max-days-to-rotate")
                                 << QStringLiteral("0") << invalid;
    QTest::newRow("rotate words") << QByteArray("max-days-to-rotate=ninety") << QStringLiteral("max-days-to-rotate")
                                  << QStringLiteral("ninety") << invalid;
    QTest::newRow("rotate fraction") << QByteArray("max-days-to-rotate=90.5") << QStringLiteral("max-days-to-rotate")
                                     << QStringLiteral("90.5") << invalid;
    QTest::newRow("rsa 1024") << QByteArray("minimum-rsa-bits=1024") << QStringLiteral("minimum-rsa-bits")
                              << QStringLiteral("1024") << invalid;
    QTest::newRow("rsa 3000") << QByteArray("minimum-rsa-bits=3000") << QStringLiteral("minimum-rsa-bits")
                              << QStringLiteral("3000") << invalid;
    QTest::newRow("rsa 8192") << QByteArray("minimum-rsa-bits=8192") << QStringLiteral("minimum-rsa-bits")
                              << QStringLiteral("8192") << invalid;
    QTest::newRow("hsm maybe") << QByteArray("require-hsm=maybe") << QStringLiteral("require-hsm")
                               << QStringLiteral("maybe") << invalid;
    QTest::newRow("hsm empty") << QByteArray("require-hsm=") << QStringLiteral("require-hsm") << QString() << invalid;
    QTest::newRow("cryptoperiod zero") << QByteArray("wrapping-key-cryptoperiod-days=0")
                                       << QStringLiteral("wrapping-key-cryptoperiod-days") << QStringLiteral("0")
                                       << invalid;
    QTest::newRow("grace negative") << QByteArray("retired-version-grace-hours=-2")
                                    << QStringLiteral("retired-version-grace-hours") << QStringLiteral("-2") << invalid;
    QTest::newRow("grace over a year") << QByteArray("retired-version-grace-hours=8761")
                                       << QStringLiteral("retired-version-grace-hours") << QStringLiteral("8761")
                                       << invalid;
    QTest::newRow("verify zero") << QByteArray("verify-max-age-days=0") << QStringLiteral("verify-max-age-days")
                                 << QStringLiteral("0") << invalid;
    QTest::newRow("verify list") << QByteArray("verify-max-age-days=1,2") << QStringLiteral("verify-max-age-days")
                                 << QStringLiteral("1,2") << invalid;
    QTest::newRow("unknown key") << QByteArray("max-day-to-rotate=30") << QStringLiteral("max-day-to-rotate")
                                 << QString() << int(Reason::ComplianceSettingUnknown);
}

void TestComplianceRules::settingsRefused()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(int, reason);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeIni(dir, "[compliance]\n" + line + "\n");
    const Result<ComplianceSettings> read = readComplianceSettings(path);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(int(read.error().reason), reason);
    QCOMPARE(read.error().args.value(0), path);
    QCOMPARE(read.error().args.value(1), key);
    if (Reason(reason) == Reason::ComplianceSettingInvalid) {
        QCOMPARE(read.error().args.value(2), value);
        QVERIFY(!read.error().args.value(3).isEmpty());
    } else {
        QVERIFY(read.error().args.value(2).contains(QStringLiteral("max-days-to-rotate")));
    }
    const QString words = services::Messages::full(read.error());
    QVERIFY(words.contains(key));
    QVERIFY(!words.contains(QLatin1Char('%')));
}

void TestComplianceRules::settingsPath()
{
    QCOMPARE(complianceSettingsPath(QStringLiteral("/data/keyward")), QStringLiteral("/data/keyward/compliance.ini"));
    QCOMPARE(complianceSettingsPath(QStringLiteral("/data/keyward/")), QStringLiteral("/data/keyward/compliance.ini"));
}

QTEST_GUILESS_MAIN(TestComplianceRules)
#include "tst_compliancerules.moc"
