// ComplianceRules: one small function per control (docs/COMPLIANCE.md says what each passes and fails), the
// settings file, and evaluate() putting them together in report order.
#include "compliance/ComplianceRules.h"

#include "model/DataTypeCatalogue.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

#include <algorithm>
#include <map>
#include <tuple>

namespace keyward::compliance {

namespace {

using catalog::FeatureKeyState;
using model::CellState;
using model::Coverage;
using model::Feature;

const QString Cis218 = QStringLiteral("CIS-2.1.8");
const QString Cis831 = QStringLiteral("CIS-8.3.1");
const QString Cis832 = QStringLiteral("CIS-8.3.2");
const QString Cis835 = QStringLiteral("CIS-8.3.5");
const QString Cis839 = QStringLiteral("CIS-8.3.9");
const QString Cis8310 = QStringLiteral("CIS-8.3.10");
const QString Pci374 = QStringLiteral("PCI-3.7.4");
const QString Pci375 = QStringLiteral("PCI-3.7.5");
const QString Nist53 = QStringLiteral("NIST-800-57-5.3");
const QString AzpExpiry = QStringLiteral("AZP-152b15f7-8e1f-4c1f-ab71-8c010ba5dbc0");
const QString AzpRecoverable = QStringLiteral("AZP-0b60c0b2-2dc2-4e1c-b5c9-abbed971de53");
const QString AzpRotation = QStringLiteral("AZP-d8cf8476-a2ec-4916-896e-992351803c44");
const QString AzpRsaSize = QStringLiteral("AZP-82067dbb-e53b-4e06-b631-546d197452d9");
const QString AzpHsm = QStringLiteral("AZP-587c79fe-dd04-4a5e-9d0b-f89598c7261b");
const QString DbxPremium = QStringLiteral("DBX-PREMIUM");
const QString DbxServerless = QStringLiteral("DBX-SERVERLESS-PLATFORM");
const QString DbxDiskServerless = QStringLiteral("DBX-DISK-SERVERLESS");
const QString DbxDoubleEncryption = QStringLiteral("DBX-DOUBLE-ENCRYPTION");
const QString KwPlaintext = QStringLiteral("KW-PLAINTEXT");
const QString KwVerifyStale = QStringLiteral("KW-VERIFY-STALE");
const QString KwRetiredNeeded = QStringLiteral("KW-RETIRED-NEEDED");

// The data type the platform keeps serverless compute disks as (DataTypeCatalogue).
constexpr QLatin1StringView ServerlessDisks("serverless-disks");

// ---- words and small facts shared by the rules ----

QString day(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd"));
}

QString moment(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString yesNo(bool on)
{
    return on ? QStringLiteral("true") : QStringLiteral("false");
}

QString shortVersion(const QString &version)
{
    return version.left(8);
}

QString keyLabel(const QString &store, const QString &name)
{
    return store + QLatin1Char('/') + name;
}

QString keyLabel(const KeyFactsFull &k)
{
    return keyLabel(k.store, k.name);
}

QString dataTypeName(const QString &id)
{
    const model::DataType *type = model::DataTypeCatalogue::find(id);
    return type ? type->displayName() : id;
}

Finding findingFor(const QString &controlId)
{
    Finding f;
    f.controlId = controlId;
    if (const Control *c = controlById(controlId)) {
        f.framework = c->framework;
        f.severity = c->severity;
    }
    return f;
}

const KeyVersionFacts *newestVersion(const KeyFactsFull &k)
{
    for (const KeyVersionFacts &v : k.versions) {
        if (v.newest)
            return &v;
    }
    return k.versions.isEmpty() ? nullptr : &k.versions.last();
}

const KeyVersionFacts *versionOf(const KeyFactsFull *k, const QString &version)
{
    if (!k || version.isEmpty())
        return nullptr;
    for (const KeyVersionFacts &v : k->versions) {
        if (v.info.version == version)
            return &v;
    }
    return nullptr;
}

Evidence keyEvidence(const QString &store, const QString &name, const QString &version, const KeyVersionFacts *v)
{
    Evidence e;
    e.store = store;
    e.keyName = name;
    e.keyVersion = version;
    if (v) {
        e.keyId = v->info.id;
        e.keyVersion = v->info.version;
        if (v->info.created.isValid())
            e.created = v->info.created;
        e.expires = v->info.expires;
    }
    return e;
}

Evidence keyEvidence(const KeyFactsFull &k, const KeyVersionFacts *v)
{
    return keyEvidence(k.store, k.name, QString(), v);
}

// The keys some workspace uses: named by an assignment, or wrapping a feature key that is not destroyed.
QList<const KeyFactsFull *> usedKeys(const ComplianceFacts &facts)
{
    const auto used = [&](const KeyFactsFull &k) {
        for (const WorkspaceFacts &w : facts.workspaces) {
            for (const catalog::Assignment &a : w.assignments) {
                if (a.store == k.store && a.keyName == k.name)
                    return true;
            }
            for (const catalog::FeatureKeyRecord &r : w.featureKeys) {
                if (r.state != FeatureKeyState::Destroyed && r.store == k.store && r.keyName == k.name)
                    return true;
            }
        }
        return false;
    };
    QList<const KeyFactsFull *> keys;
    for (const KeyFactsFull &k : facts.keys) {
        if (used(k))
            keys << &k;
    }
    return keys;
}

// A key whose versions the store did not report: a Fail, since nothing proves the control is met.
Finding unreadableKey(const QString &controlId, const KeyFactsFull &k)
{
    Finding f = findingFor(controlId);
    f.subject = keyLabel(k);
    f.outcome = Outcome::Fail;
    f.evidence = keyEvidence(k, nullptr);
    if (!k.storeProblem.isEmpty()) {
        f.evidence.values.insert(QStringLiteral("store-problem"), k.storeProblem);
        f.summary = QCoreApplication::translate("keyward::compliance",
                                                "Key %1 could not be judged: its store could not be read (%2).")
                        .arg(keyLabel(k), k.storeProblem);
        f.remediation = QCoreApplication::translate("keyward::compliance",
                                                    "Make store '%1' reachable (or unlock it) and run the report "
                                                    "again.")
                            .arg(k.store);
    } else {
        f.summary = QCoreApplication::translate("keyward::compliance", "Store '%1' holds no version of key '%2'.")
                        .arg(k.store, k.name);
        f.remediation = QCoreApplication::translate("keyward::compliance",
                                                    "Recover the key in store '%1', or assign another key to the "
                                                    "features that use it.")
                            .arg(k.store);
    }
    return f;
}

// Where a data type comes in the matrix (the catalogue's order); types the catalogue does not know come last.
qsizetype catalogueIndex(const QString &id)
{
    const QList<model::DataType> &all = model::DataTypeCatalogue::all();
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all[i].id == id)
            return i;
    }
    return all.size();
}

void sortByCatalogue(QStringList &ids)
{
    std::stable_sort(ids.begin(), ids.end(), [](const QString &a, const QString &b) {
        return std::make_tuple(catalogueIndex(a), a) < std::make_tuple(catalogueIndex(b), b);
    });
}

// The data types of a workspace's matrix that a feature covers and that are kept there, in the matrix's order.
QStringList dataTypesOf(const WorkspaceFacts &w, Feature feature)
{
    QStringList types;
    for (const model::MatrixCell &cell : w.cells) {
        if (cell.feature == feature && cell.coverage != Coverage::MovedByOption)
            types << cell.dataTypeId;
    }
    sortByCatalogue(types);
    return types;
}

QString dataTypeList(const QStringList &ids)
{
    QStringList names;
    for (const QString &id : ids)
        names << dataTypeName(id);
    return names.join(QStringLiteral(", "));
}

// The assignment of a feature in a workspace, or nullptr.
const catalog::Assignment *assignmentOf(const WorkspaceFacts &w, Feature feature)
{
    for (const catalog::Assignment &a : w.assignments) {
        if (a.feature == feature)
            return &a;
    }
    return nullptr;
}

// The version an assignment puts in effect: the pinned one, or the newest the store reports (empty: unknown).
QString versionInEffect(const ComplianceFacts &facts, const catalog::Assignment &a)
{
    if (!a.followLatest())
        return a.keyVersion;
    const KeyFactsFull *k = facts.key(a.store, a.keyName);
    const KeyVersionFacts *newest = k ? newestVersion(*k) : nullptr;
    return newest ? newest->info.version : QString();
}

// A rotation that moved a feature off `version` of `key` ("store/name"): the one-click rotation, or a managed-disk
// key adopting a version made elsewhere (as the retire gates count them).
bool movesOff(const catalog::HistoryEntry &e, const QString &key, const QString &version)
{
    return (e.action == QLatin1String("rotate") || e.action == QLatin1String("adopt")) && e.key == key &&
           !version.isEmpty() && e.oldVersion == version && e.newVersion != version &&
           e.result.startsWith(QLatin1String("ok"));
}

// The latest rotation of a workspace's feature off a version, or nullptr.
const catalog::HistoryEntry *rotationOff(const WorkspaceFacts &w, Feature feature, const QString &key,
                                         const QString &version)
{
    const catalog::HistoryEntry *found = nullptr;
    for (const catalog::HistoryEntry &e : w.rotations) {
        if (e.feature == model::featureId(feature) && movesOff(e, key, version) && (!found || e.at >= found->at))
            found = &e;
    }
    return found;
}

// Whole days from `from` to `to` (negative when `to` is earlier).
qint64 daysBetween(const QDateTime &from, const QDateTime &to)
{
    return from.secsTo(to) / 86400;
}

// ---- CIS 2.1.8: per data type, from the measured matrix ----

Finding cellFinding(const ComplianceFacts &facts, const WorkspaceFacts &w, const model::MatrixCell &cell)
{
    Finding f = findingFor(Cis218);
    const QString ws = w.workspace.name();
    const QString type = dataTypeName(cell.dataTypeId);
    f.workspace = ws;
    f.feature = cell.feature;
    f.dataTypes = {cell.dataTypeId};
    f.subject = cell.dataTypeId;
    f.evidence.values.insert(QStringLiteral("coverage"), model::coverageId(cell.coverage));
    f.evidence.values.insert(QStringLiteral("state"), model::cellStateId(cell.state));

    const std::optional<model::KeyFacts> key = cell.keyInEffect();
    QString keyText;
    if (key) {
        const KeyVersionFacts *v = versionOf(facts.key(key->store, key->keyName), key->version);
        const QMap<QString, QString> values = f.evidence.values;
        f.evidence = keyEvidence(key->store, key->keyName, key->version, v);
        f.evidence.values = values;
        if (f.evidence.keyId.isEmpty())
            f.evidence.keyId = cell.keyId.value_or(QString());
        if (!f.evidence.expires)
            f.evidence.expires = key->expires;
        keyText = QCoreApplication::translate("keyward::compliance", "%1 (version %2)")
                      .arg(keyLabel(key->store, key->keyName), key->shortVersion());
    }
    if (cell.measured && cell.measured->lastVerify) {
        f.evidence.jobId = cell.measured->lastVerify->jobId;
        f.evidence.jobFinished = cell.measured->lastVerify->finished;
    }
    const QString feature = model::featureDisplayName(cell.feature);

    switch (cell.coverage) {
    case Coverage::PlatformKeyOnly:
        f.outcome = Outcome::Info;
        f.summary = QCoreApplication::translate("keyward::compliance",
                                                "Workspace '%1': %2 is encrypted with platform-managed keys only; no "
                                                "customer-managed key can apply to it.")
                        .arg(ws, type);
        return f;
    case Coverage::MovedByOption:
        f.outcome = Outcome::NotApplicable;
        f.summary = QCoreApplication::translate("keyward::compliance",
                                                "Workspace '%1': %2 is not kept here; a workspace option stores it as "
                                                "%3.")
                        .arg(ws, type, dataTypeName(cell.movedToId));
        return f;
    case Coverage::NotAvailableOnStandard:
        f.outcome = Outcome::Fail;
        f.summary = QCoreApplication::translate("keyward::compliance",
                                                "Workspace '%1' is on the Standard plan: %2 is encrypted with a "
                                                "platform-managed key, not a customer-managed key.")
                        .arg(ws, type);
        f.remediation = QCoreApplication::translate("keyward::compliance",
                                                    "Upgrade workspace '%1' to the Premium plan and assign a "
                                                    "customer-managed key to %2.")
                            .arg(ws, feature);
        return f;
    case Coverage::NoKeyAssigned:
        f.outcome = Outcome::Fail;
        f.summary = QCoreApplication::translate("keyward::compliance",
                                                "Workspace '%1': no customer-managed key is assigned to %2, so %3 is "
                                                "encrypted with a platform-managed key.")
                        .arg(ws, feature, type);
        f.remediation =
            QCoreApplication::translate("keyward::compliance", "Assign a customer-managed key to %1 of workspace '%2'.")
                .arg(feature, ws);
        return f;
    case Coverage::CustomerKey:
        break;
    }
    if (cell.state == CellState::KeyUnusable) {
        const QString problem = cell.measured ? model::keyCheckDisplayName(cell.measured->key.check) : cell.label();
        f.outcome = Outcome::Fail;
        f.evidence.values.insert(QStringLiteral("key-check"),
                                 cell.measured ? model::keyCheckId(cell.measured->key.check) : QString());
        f.summary = QCoreApplication::translate("keyward::compliance",
                                                "Workspace '%1': %2 is under key %3, which cannot be used (%4).")
                        .arg(ws, type, keyText, problem);
        f.remediation = QCoreApplication::translate("keyward::compliance",
                                                    "Enable or recover that key version, or assign a usable version "
                                                    "to %1 of workspace '%2'.")
                            .arg(feature, ws);
    } else if (cell.state == CellState::KeyStoreUnreachable) {
        f.outcome = Outcome::Fail;
        f.summary = QCoreApplication::translate("keyward::compliance",
                                                "Workspace '%1': %2 is under key %3, whose store could not be "
                                                "reached: whether the key still protects it is unknown.")
                        .arg(ws, type, keyText);
        f.remediation = QCoreApplication::translate("keyward::compliance",
                                                    "Make store '%1' reachable and measure the workspace again.")
                            .arg(key ? key->store : QString());
    } else {
        f.outcome = Outcome::Pass;
        f.summary = QCoreApplication::translate("keyward::compliance",
                                                "Workspace '%1': %2 is encrypted under customer-managed key %3.")
                        .arg(ws, type, keyText);
    }
    return f;
}

QList<Finding> cis218(const ComplianceFacts &facts, const ComplianceSettings &)
{
    QList<Finding> out;
    for (const WorkspaceFacts &w : facts.workspaces) {
        for (const model::MatrixCell &cell : w.cells)
            out << cellFinding(facts, w, cell);
    }
    return out;
}

// ---- CIS 8.3.1 / 8.3.2 / Azure Policy 152b15f7: an expiry date on the newest version ----

// The CIS control that judges a key's expiry: 8.3.2 in a vault that grants access through access policies.
QString expiryControlOf(const KeyFactsFull &k)
{
    return k.storeProperties && k.storeProperties->rbacAuthorization == false ? Cis832 : Cis831;
}

Finding expiryFinding(const QString &controlId, const KeyFactsFull &k, const ComplianceFacts &facts,
                      const ComplianceSettings &settings)
{
    const KeyVersionFacts *v = newestVersion(k);
    if (!v)
        return unreadableKey(controlId, k);
    Finding f = findingFor(controlId);
    f.subject = keyLabel(k);
    f.evidence = keyEvidence(k, v);
    const QString version = shortVersion(v->info.version);
    if (!v->info.expires) {
        f.outcome = Outcome::Fail;
        f.summary =
            QCoreApplication::translate("keyward::compliance", "Key %1: its newest version %2 has no expiry date.")
                .arg(keyLabel(k), version);
        f.remediation = QCoreApplication::translate("keyward::compliance",
                                                    "Set an expiry date on key %1, and an expiry time in its "
                                                    "rotation policy so that new versions get one.")
                            .arg(keyLabel(k));
        return f;
    }
    const QDateTime expires = *v->info.expires;
    const qint64 daysLeft = daysBetween(facts.now, expires);
    f.evidence.values.insert(QStringLiteral("days-left"), QString::number(daysLeft));
    if (v->info.isExpired(facts.now)) {
        f.outcome = Outcome::Fail;
        f.summary = QCoreApplication::translate("keyward::compliance", "Key %1: its newest version %2 expired on %3.")
                        .arg(keyLabel(k), version, day(expires));
        f.remediation = QCoreApplication::translate("keyward::compliance",
                                                    "Rotate key %1 so that its newest version has an expiry date "
                                                    "still to come.")
                            .arg(keyLabel(k));
        return f;
    }
    f.outcome = Outcome::Pass;
    if (daysLeft <= settings.expiryWarningDays) {
        f.evidence.values.insert(QStringLiteral("expiring-soon"), yesNo(true));
        f.summary = QCoreApplication::translate("keyward::compliance",
                                                "Key %1: its newest version %2 expires on %3, in %4 days.")
                        .arg(keyLabel(k), version, day(expires), QString::number(daysLeft));
    } else {
        f.summary = QCoreApplication::translate("keyward::compliance", "Key %1: its newest version %2 expires on %3.")
                        .arg(keyLabel(k), version, day(expires));
    }
    return f;
}

QList<Finding> expiryRule(const QString &controlId, const ComplianceFacts &facts, const ComplianceSettings &settings)
{
    QList<Finding> out;
    for (const KeyFactsFull *k : usedKeys(facts)) {
        if (controlId == AzpExpiry || expiryControlOf(*k) == controlId)
            out << expiryFinding(controlId, *k, facts, settings);
    }
    return out;
}

// ---- CIS 8.3.5 / Azure Policy 0b60c0b2: the stores the keys are kept in ----

QList<Finding> storeRule(const QString &controlId, const ComplianceFacts &facts)
{
    // One store may hold several keys: its properties from the first key that has them.
    std::map<QString, const KeyFactsFull *> stores;
    for (const KeyFactsFull *k : usedKeys(facts)) {
        auto [it, added] = stores.emplace(k->store, k);
        if (!added && !it->second->storeProperties && k->storeProperties)
            it->second = k;
    }
    QList<Finding> out;
    for (const auto &[name, k] : stores) {
        Finding f = findingFor(controlId);
        f.subject = name;
        f.evidence.store = name;
        if (!k->storeProperties) {
            f.outcome = Outcome::Fail;
            f.evidence.values.insert(QStringLiteral("store-problem"), k->storeProblem);
            f.summary = QCoreApplication::translate("keyward::compliance",
                                                    "Store '%1' could not be read, so its deletion protection is "
                                                    "unknown (%2).")
                            .arg(name, k->storeProblem);
            f.remediation = QCoreApplication::translate("keyward::compliance",
                                                        "Make store '%1' reachable (or unlock it) and run the report "
                                                        "again.")
                                .arg(name);
            out << f;
            continue;
        }
        const keystore::StoreProperties &p = *k->storeProperties;
        f.evidence.values.insert(QStringLiteral("kind"), p.kind);
        f.evidence.values.insert(QStringLiteral("soft-delete"), yesNo(p.softDelete));
        f.evidence.values.insert(QStringLiteral("purge-protection"), yesNo(p.purgeProtection));
        f.evidence.values.insert(QStringLiteral("retention-days"), QString::number(p.retentionDays));
        const bool met = controlId == Cis835 ? p.purgeProtection : p.softDelete && p.purgeProtection;
        f.outcome = met ? Outcome::Pass : Outcome::Fail;
        if (met) {
            f.summary = QCoreApplication::translate("keyward::compliance",
                                                    "Store '%1' has soft delete and purge protection on: a deleted "
                                                    "key is kept %2 days and cannot be purged before.")
                            .arg(name, QString::number(p.retentionDays));
        } else if (!p.softDelete && !p.purgeProtection) {
            f.summary = QCoreApplication::translate("keyward::compliance",
                                                    "Store '%1' has soft delete and purge protection off: a deleted "
                                                    "key is gone at once, and the data it protects with it.")
                            .arg(name);
        } else if (!p.purgeProtection) {
            f.summary = QCoreApplication::translate("keyward::compliance",
                                                    "Store '%1' has purge protection off: a deleted key can be "
                                                    "purged at once, and the data it protects lost.")
                            .arg(name);
        } else {
            f.summary = QCoreApplication::translate("keyward::compliance",
                                                    "Store '%1' has soft delete off: a deleted key cannot be "
                                                    "recovered.")
                            .arg(name);
        }
        if (!met)
            f.remediation = QCoreApplication::translate("keyward::compliance",
                                                        "Turn soft delete and purge protection on for store '%1' (once "
                                                        "on, purge protection cannot be turned off).")
                                .arg(name);
        out << f;
    }
    return out;
}

// ---- CIS 8.3.9 / Azure Policy d8cf8476: rotation policies ----

bool set(const std::optional<keystore::IsoDuration> &d)
{
    return d && !d->isZero();
}

void policyValues(const KeyFactsFull &k, Finding &f)
{
    if (!k.policy)
        return;
    if (set(k.policy->rotateAfterCreate))
        f.evidence.values.insert(QStringLiteral("rotate-after"), k.policy->rotateAfterCreate->toString());
    if (set(k.policy->rotateBeforeExpiry))
        f.evidence.values.insert(QStringLiteral("rotate-before-expiry"), k.policy->rotateBeforeExpiry->toString());
    if (set(k.policy->expiryTime))
        f.evidence.values.insert(QStringLiteral("expiry-time"), k.policy->expiryTime->toString());
}

QList<Finding> cis839(const ComplianceFacts &facts, const ComplianceSettings &)
{
    QList<Finding> out;
    for (const KeyFactsFull *k : usedKeys(facts)) {
        Finding f = findingFor(Cis839);
        f.subject = keyLabel(*k);
        f.evidence = keyEvidence(*k, newestVersion(*k));
        policyValues(*k, f);
        const QString label = keyLabel(*k);
        if (k->policy && set(k->policy->rotateAfterCreate)) {
            f.outcome = Outcome::Pass;
            f.summary = QCoreApplication::translate("keyward::compliance",
                                                    "Key %1 rotates automatically, %2 after each version is created.")
                            .arg(label, k->policy->rotateAfterCreate->toString());
        } else if (k->policy && set(k->policy->rotateBeforeExpiry)) {
            f.outcome = Outcome::Pass;
            f.summary = QCoreApplication::translate("keyward::compliance",
                                                    "Key %1 rotates automatically, %2 before each version expires.")
                            .arg(label, k->policy->rotateBeforeExpiry->toString());
        } else {
            f.outcome = Outcome::Fail;
            f.summary = k->policy ? QCoreApplication::translate("keyward::compliance",
                                                                "Key %1 has a rotation policy that never rotates it.")
                                        .arg(label)
                                  : QCoreApplication::translate("keyward::compliance",
                                                                "Key %1 has no rotation policy: it rotates only when "
                                                                "someone rotates it.")
                                        .arg(label);
            f.remediation = QCoreApplication::translate("keyward::compliance",
                                                        "Give key %1 a rotation policy that rotates it after creation "
                                                        "or before expiry.")
                                .arg(label);
        }
        out << f;
    }
    return out;
}

QList<Finding> azpRotation(const ComplianceFacts &facts, const ComplianceSettings &settings)
{
    QList<Finding> out;
    for (const KeyFactsFull *k : usedKeys(facts)) {
        Finding f = findingFor(AzpRotation);
        f.subject = keyLabel(*k);
        f.evidence = keyEvidence(*k, newestVersion(*k));
        policyValues(*k, f);
        f.evidence.values.insert(QStringLiteral("max-days"), QString::number(settings.maxDaysToRotate));
        const QString label = keyLabel(*k);
        const QString max = QString::number(settings.maxDaysToRotate);
        if (!k->policy || !set(k->policy->rotateAfterCreate)) {
            f.outcome = Outcome::Fail;
            f.summary =
                QCoreApplication::translate("keyward::compliance", "Key %1 has no rotation scheduled after creation.")
                    .arg(label);
        } else {
            const keystore::IsoDuration after = *k->policy->rotateAfterCreate;
            // Months and years have no fixed length: measured from now, as the next version would be.
            const bool within = after.addTo(facts.now) <= facts.now.addDays(settings.maxDaysToRotate);
            f.outcome = within ? Outcome::Pass : Outcome::Fail;
            f.summary = within ? QCoreApplication::translate("keyward::compliance",
                                                             "Key %1 rotates %2 after creation, within %3 days.")
                                     .arg(label, after.toString(), max)
                               : QCoreApplication::translate("keyward::compliance",
                                                             "Key %1 rotates %2 after creation, later than the %3 "
                                                             "days allowed.")
                                     .arg(label, after.toString(), max);
        }
        if (f.outcome == Outcome::Fail)
            f.remediation = QCoreApplication::translate("keyward::compliance",
                                                        "Set the rotation policy of key %1 to rotate at most %2 days "
                                                        "after creation.")
                                .arg(label, max);
        out << f;
    }
    return out;
}

// ---- CIS 8.3.10 / Azure Policy 587c79fe: HSM-backed keys where required ----

QList<Finding> hsmRule(const QString &controlId, const ComplianceFacts &facts, const ComplianceSettings &settings)
{
    QList<Finding> out;
    for (const KeyFactsFull *k : usedKeys(facts)) {
        const KeyVersionFacts *v = newestVersion(*k);
        if (settings.requireHsm && !v) {
            out << unreadableKey(controlId, *k);
            continue;
        }
        Finding f = findingFor(controlId);
        f.subject = keyLabel(*k);
        f.evidence = keyEvidence(*k, v);
        if (v)
            f.evidence.values.insert(QStringLiteral("hsm-backed"), yesNo(v->info.hsmBacked));
        if (!settings.requireHsm) {
            f.outcome = Outcome::NotApplicable;
            f.summary = QCoreApplication::translate("keyward::compliance",
                                                    "Key %1 is not judged: the settings do not require HSM-backed "
                                                    "keys.")
                            .arg(keyLabel(*k));
        } else if (v->info.hsmBacked) {
            f.outcome = Outcome::Pass;
            f.summary = QCoreApplication::translate("keyward::compliance", "Key %1 (version %2) is held in an HSM.")
                            .arg(keyLabel(*k), shortVersion(v->info.version));
        } else {
            f.outcome = Outcome::Fail;
            f.summary = QCoreApplication::translate("keyward::compliance",
                                                    "Key %1 (version %2) is a software key; the settings require "
                                                    "HSM-backed keys.")
                            .arg(keyLabel(*k), shortVersion(v->info.version));
            f.remediation = QCoreApplication::translate("keyward::compliance",
                                                        "Assign the features that use key %1 a key made in an "
                                                        "HSM-backed store (Managed HSM or a PKCS#11 token).")
                                .arg(keyLabel(*k));
        }
        out << f;
    }
    return out;
}

// ---- Azure Policy 82067dbb: RSA keys of the minimum size; Databricks takes RSA keys only ----

QList<Finding> azpRsaSize(const ComplianceFacts &facts, const ComplianceSettings &settings)
{
    QList<Finding> out;
    const QString minimum = QString::number(settings.minimumRsaBits);
    for (const KeyFactsFull *k : usedKeys(facts)) {
        const KeyVersionFacts *v = newestVersion(*k);
        if (!v) {
            out << unreadableKey(AzpRsaSize, *k);
            continue;
        }
        Finding f = findingFor(AzpRsaSize);
        f.subject = keyLabel(*k);
        f.evidence = keyEvidence(*k, v);
        f.evidence.values.insert(QStringLiteral("key-type"), keystore::keyKindName(v->info.kind));
        f.evidence.values.insert(QStringLiteral("bits"), QString::number(v->info.bits));
        f.evidence.values.insert(QStringLiteral("minimum-bits"), minimum);
        const QString bits = QString::number(v->info.bits);
        if (v->info.kind == keystore::KeyKind::Aes) {
            f.outcome = Outcome::Fail;
            f.summary = QCoreApplication::translate("keyward::compliance",
                                                    "Key %1 is AES-%2: Azure Databricks takes only RSA keys as "
                                                    "customer-managed keys.")
                            .arg(keyLabel(*k), bits);
            f.remediation = QCoreApplication::translate("keyward::compliance",
                                                        "Assign an RSA key of at least %1 bits instead (RSA or RSA-HSM "
                                                        "in Azure Key Vault or Managed HSM).")
                                .arg(minimum);
        } else if (v->info.bits < settings.minimumRsaBits) {
            f.outcome = Outcome::Fail;
            f.summary = QCoreApplication::translate("keyward::compliance",
                                                    "Key %1 is RSA-%2, smaller than the %3 bits required.")
                            .arg(keyLabel(*k), bits, minimum);
            f.remediation =
                QCoreApplication::translate("keyward::compliance", "Assign an RSA key of at least %1 bits instead.")
                    .arg(minimum);
        } else {
            f.outcome = Outcome::Pass;
            f.summary =
                QCoreApplication::translate("keyward::compliance", "Key %1 is RSA-%2, at least the %3 bits required.")
                    .arg(keyLabel(*k), bits, minimum);
        }
        out << f;
    }
    return out;
}

// ---- PCI DSS 3.7.4: every version in use within its cryptoperiod ----

struct VersionUse
{
    QString workspace;
    Feature feature = Feature::ManagedServices;
    QString store;
    QString key;
    QString version;
    const WorkspaceFacts *facts = nullptr;
    QStringList as; // "feature-key", "assignment"
};

// Every key version a workspace's feature uses: the ones its active feature keys are wrapped under, and the one its
// assignment puts in effect.
QList<VersionUse> versionsInUse(const ComplianceFacts &facts)
{
    std::map<std::tuple<QString, int, QString, QString, QString>, VersionUse> uses;
    const auto add = [&](const WorkspaceFacts &w, Feature feature, const QString &store, const QString &key,
                         const QString &version, const QString &as) {
        VersionUse &u = uses[{w.workspace.name(), int(feature), store, key, version}];
        if (!u.facts)
            u = VersionUse{w.workspace.name(), feature, store, key, version, &w, {}};
        if (!u.as.contains(as))
            u.as << as;
    };
    for (const WorkspaceFacts &w : facts.workspaces) {
        for (const catalog::FeatureKeyRecord &r : w.featureKeys) {
            if (r.state == FeatureKeyState::Active)
                add(w, r.feature, r.store, r.keyName, r.keyVersion, QStringLiteral("feature-key"));
        }
        for (const catalog::Assignment &a : w.assignments)
            add(w, a.feature, a.store, a.keyName, versionInEffect(facts, a), QStringLiteral("assignment"));
    }
    QList<VersionUse> out;
    for (const auto &[key, use] : uses)
        out << use;
    return out;
}

// When a version's use ends: its expiry, or its creation plus the policy's rotation period; nullopt: never.
std::optional<QDateTime> definedEnd(const KeyVersionFacts &v, const std::optional<keystore::RotationPolicy> &policy)
{
    std::optional<QDateTime> end = v.info.expires;
    if (policy && set(policy->rotateAfterCreate)) {
        const QDateTime rotated = policy->rotateAfterCreate->addTo(v.info.created);
        if (!end || rotated < *end)
            end = rotated;
    }
    return end;
}

Finding pci374Finding(const ComplianceFacts &facts, const ComplianceSettings &settings, const VersionUse &u)
{
    Finding f = findingFor(Pci374);
    const KeyFactsFull *k = facts.key(u.store, u.key);
    const KeyVersionFacts *v = versionOf(k, u.version);
    const QString label = keyLabel(u.store, u.key);
    const QString version = u.version.isEmpty() ? QStringLiteral("?") : shortVersion(u.version);
    const QString feature = model::featureDisplayName(u.feature);
    f.workspace = u.workspace;
    f.feature = u.feature;
    f.dataTypes = dataTypesOf(*u.facts, u.feature);
    f.subject = label + QLatin1Char('/') + u.version;
    f.evidence = keyEvidence(u.store, u.key, u.version, v);
    f.evidence.values.insert(QStringLiteral("in-use-as"), u.as.join(QLatin1Char(',')));
    f.evidence.values.insert(QStringLiteral("cryptoperiod-days"),
                             QString::number(settings.wrappingKeyCryptoperiodDays));
    const QString rotate =
        QCoreApplication::translate("keyward::compliance", "Rotate %1 of workspace '%2' so that its feature keys are "
                                                           "wrapped under a new version of key %3.")
            .arg(feature, u.workspace, label);
    if (!v) {
        f.outcome = Outcome::Fail;
        if (k && !k->storeProblem.isEmpty())
            f.evidence.values.insert(QStringLiteral("store-problem"), k->storeProblem);
        f.summary = QCoreApplication::translate("keyward::compliance",
                                                "Workspace '%1', %2: version %3 of key %4 is in use, and its store "
                                                "does not report it: its age is unknown.")
                        .arg(u.workspace, feature, version, label);
        f.remediation = QCoreApplication::translate("keyward::compliance",
                                                    "Make store '%1' reachable (or unlock it) and run the report "
                                                    "again; if the version is gone, rekey the feature.")
                            .arg(u.store);
        return f;
    }
    const qint64 age = daysBetween(v->info.created, facts.now);
    f.evidence.values.insert(QStringLiteral("age-days"), QString::number(age));
    const std::optional<QDateTime> end = definedEnd(*v, k->policy);
    if (end)
        f.evidence.values.insert(QStringLiteral("ends"), isoUtc(*end));
    if (v->info.isExpired(facts.now)) {
        f.outcome = Outcome::Fail;
        f.summary = QCoreApplication::translate("keyward::compliance",
                                                "Workspace '%1', %2: version %3 of key %4 expired on %5 and is still "
                                                "in use.")
                        .arg(u.workspace, feature, version, label, day(*v->info.expires));
        f.remediation = rotate;
    } else if (age > settings.wrappingKeyCryptoperiodDays) {
        f.outcome = Outcome::Fail;
        f.summary = QCoreApplication::translate("keyward::compliance",
                                                "Workspace '%1', %2: version %3 of key %4, created on %5, is %6 days "
                                                "old, beyond the %7-day cryptoperiod.")
                        .arg(u.workspace, feature, version, label, day(v->info.created), QString::number(age),
                             QString::number(settings.wrappingKeyCryptoperiodDays));
        f.remediation = rotate;
    } else if (!end) {
        f.outcome = Outcome::Fail;
        f.summary = QCoreApplication::translate("keyward::compliance",
                                                "Workspace '%1', %2: version %3 of key %4 has no expiry date and the "
                                                "key no rotation policy: its cryptoperiod has no end.")
                        .arg(u.workspace, feature, version, label);
        f.remediation = QCoreApplication::translate("keyward::compliance",
                                                    "Give key %1 an expiry date or a rotation policy within %2 days.")
                            .arg(label, QString::number(settings.wrappingKeyCryptoperiodDays));
    } else {
        f.outcome = Outcome::Pass;
        f.summary = QCoreApplication::translate("keyward::compliance",
                                                "Workspace '%1', %2: version %3 of key %4 is %5 days old, within the "
                                                "%6-day cryptoperiod; its use ends on %7.")
                        .arg(u.workspace, feature, version, label, QString::number(age),
                             QString::number(settings.wrappingKeyCryptoperiodDays), day(*end));
    }
    return f;
}

QList<Finding> pci374(const ComplianceFacts &facts, const ComplianceSettings &settings)
{
    QList<Finding> out;
    for (const VersionUse &u : versionsInUse(facts))
        out << pci374Finding(facts, settings, u);
    return out;
}

// ---- PCI DSS 3.7.5: no active feature key under a retired or replaced version ----

Finding pci375Finding(const ComplianceFacts &facts, const WorkspaceFacts &w, const catalog::FeatureKeyRecord &r)
{
    Finding f = findingFor(Pci375);
    const QString ws = w.workspace.name();
    const QString label = keyLabel(r.store, r.keyName);
    const QString feature = model::featureDisplayName(r.feature);
    const QString version = shortVersion(r.keyVersion);
    const QString generation = QString::number(r.generation);
    const KeyFactsFull *k = facts.key(r.store, r.keyName);
    const KeyVersionFacts *v = versionOf(k, r.keyVersion);
    f.workspace = ws;
    f.feature = r.feature;
    f.dataTypes = dataTypesOf(w, r.feature);
    f.subject = model::featureId(r.feature) + QLatin1Char('#') + generation;
    f.evidence = keyEvidence(r.store, r.keyName, r.keyVersion, v);
    if (f.evidence.keyId.isEmpty())
        f.evidence.keyId = r.kekId;
    f.evidence.values.insert(QStringLiteral("generation"), generation);
    f.evidence.values.insert(QStringLiteral("fk-id"), QString::fromLatin1(r.fkId.toHex()));

    const catalog::Assignment *a = assignmentOf(w, r.feature);
    const QString inEffect = a ? versionInEffect(facts, *a) : QString();
    if (a)
        f.evidence.values.insert(QStringLiteral("in-effect"),
                                 keyLabel(a->store, a->keyName) + QLatin1Char('/') + inEffect);
    const bool sameKey = a && a->store == r.store && a->keyName == r.keyName;
    const bool replaced = !a || !sameKey || (!inEffect.isEmpty() && inEffect != r.keyVersion);
    const QString rekey =
        QCoreApplication::translate("keyward::compliance", "Rotate %1 of workspace '%2' so that its feature keys are "
                                                           "wrapped under the version in effect.")
            .arg(feature, ws);
    f.outcome = Outcome::Fail;
    if (replaced) {
        if (const catalog::HistoryEntry *e = rotationOff(w, r.feature, label, r.keyVersion)) {
            f.evidence.rotated = e->at;
            f.evidence.values.insert(QStringLiteral("replaced-by"), e->newVersion);
        }
        f.summary = !a ? QCoreApplication::translate("keyward::compliance",
                                                     "Workspace '%1', %2: active feature key generation %3 is wrapped "
                                                     "under version %4 of key %5, and the feature has no key assigned "
                                                     "any more.")
                             .arg(ws, feature, generation, version, label)
                       : QCoreApplication::translate("keyward::compliance",
                                                     "Workspace '%1', %2: active feature key generation %3 is wrapped "
                                                     "under version %4 of key %5, replaced by version %6 of key %7.")
                             .arg(ws, feature, generation, version, label,
                                  inEffect.isEmpty() ? QStringLiteral("?") : shortVersion(inEffect),
                                  keyLabel(a->store, a->keyName));
        f.remediation = rekey;
    } else if (!v && k && !k->versions.isEmpty()) {
        f.summary = QCoreApplication::translate("keyward::compliance",
                                                "Workspace '%1', %2: active feature key generation %3 is wrapped "
                                                "under version %4 of key %5, which its store no longer holds.")
                        .arg(ws, feature, generation, version, label);
        f.remediation = QCoreApplication::translate("keyward::compliance",
                                                    "Recover version %1 of key %2 if the store still can, then rekey "
                                                    "%3 of workspace '%4'.")
                            .arg(version, label, feature, ws);
    } else if (!v) {
        if (k && !k->storeProblem.isEmpty())
            f.evidence.values.insert(QStringLiteral("store-problem"), k->storeProblem);
        f.summary = QCoreApplication::translate("keyward::compliance",
                                                "Workspace '%1', %2: active feature key generation %3 is wrapped "
                                                "under version %4 of key %5, whose state its store did not report.")
                        .arg(ws, feature, generation, version, label);
        f.remediation = QCoreApplication::translate("keyward::compliance",
                                                    "Make store '%1' reachable (or unlock it) and run the report "
                                                    "again.")
                            .arg(r.store);
    } else if (!v->info.enabled) {
        f.summary = QCoreApplication::translate("keyward::compliance",
                                                "Workspace '%1', %2: active feature key generation %3 is wrapped "
                                                "under version %4 of key %5, which is disabled.")
                        .arg(ws, feature, generation, version, label);
        f.remediation = rekey;
    } else if (v->info.isExpired(facts.now)) {
        f.summary = QCoreApplication::translate("keyward::compliance",
                                                "Workspace '%1', %2: active feature key generation %3 is wrapped "
                                                "under version %4 of key %5, which expired on %6.")
                        .arg(ws, feature, generation, version, label, day(*v->info.expires));
        f.remediation = rekey;
    } else {
        f.outcome = Outcome::Pass;
        f.summary = QCoreApplication::translate("keyward::compliance",
                                                "Workspace '%1', %2: active feature key generation %3 is wrapped "
                                                "under version %4 of key %5, the version in effect.")
                        .arg(ws, feature, generation, version, label);
    }
    return f;
}

QList<Finding> pci375(const ComplianceFacts &facts, const ComplianceSettings &)
{
    QList<Finding> out;
    for (const WorkspaceFacts &w : facts.workspaces) {
        for (const catalog::FeatureKeyRecord &r : w.featureKeys) {
            if (r.state == FeatureKeyState::Active)
                out << pci375Finding(facts, w, r);
        }
    }
    return out;
}

// ---- NIST SP 800-57 5.3: the originator usage period of key-wrapping keys ----

QList<Finding> nist53(const ComplianceFacts &facts, const ComplianceSettings &settings)
{
    QList<Finding> out;
    const QString period = QString::number(settings.wrappingKeyCryptoperiodDays);
    for (const KeyFactsFull *k : usedKeys(facts)) {
        const KeyVersionFacts *v = newestVersion(*k);
        if (!v) {
            out << unreadableKey(Nist53, *k);
            continue;
        }
        Finding f = findingFor(Nist53);
        f.subject = keyLabel(*k);
        f.evidence = keyEvidence(*k, v);
        policyValues(*k, f);
        f.evidence.values.insert(QStringLiteral("key-type"), QStringLiteral("key-wrapping"));
        f.evidence.values.insert(QStringLiteral("cryptoperiod-days"), period);
        // The shortest bound the version has: its expiry, the rotation after creation, the policy's expiry time.
        std::optional<QDateTime> end = definedEnd(*v, k->policy);
        if (k->policy && set(k->policy->expiryTime)) {
            const QDateTime policyEnd = k->policy->expiryTime->addTo(v->info.created);
            if (!end || policyEnd < *end)
                end = policyEnd;
        }
        const QString version = shortVersion(v->info.version);
        if (!end) {
            f.outcome = Outcome::Fail;
            f.summary = QCoreApplication::translate("keyward::compliance",
                                                    "Key %1: version %2 has no expiry date and the key no rotation "
                                                    "policy: its usage period is not defined.")
                            .arg(keyLabel(*k), version);
        } else {
            const qint64 days = daysBetween(v->info.created, *end);
            f.evidence.values.insert(QStringLiteral("usage-period-days"), QString::number(days));
            const bool within = *end <= v->info.created.addDays(settings.wrappingKeyCryptoperiodDays);
            f.outcome = within ? Outcome::Pass : Outcome::Fail;
            f.summary = within ? QCoreApplication::translate("keyward::compliance",
                                                             "Key %1, a key-wrapping key: version %2 is used for at "
                                                             "most %3 days, within the %4-day cryptoperiod.")
                                     .arg(keyLabel(*k), version, QString::number(days), period)
                               : QCoreApplication::translate("keyward::compliance",
                                                             "Key %1, a key-wrapping key: version %2 may be used for "
                                                             "%3 days, longer than the %4-day cryptoperiod.")
                                     .arg(keyLabel(*k), version, QString::number(days), period);
        }
        if (f.outcome == Outcome::Fail)
            f.remediation = QCoreApplication::translate("keyward::compliance",
                                                        "Give key %1 an expiry date or a rotation policy of at most %2 "
                                                        "days.")
                                .arg(keyLabel(*k), period);
        out << f;
    }
    return out;
}

// ---- the platform's documented facts ----

QStringList featuresWithKeys(const WorkspaceFacts &w)
{
    QStringList ids;
    for (Feature feature : model::customerKeyFeatures()) {
        if (assignmentOf(w, feature) || w.workspace.keyFor(feature))
            ids << model::featureId(feature);
    }
    return ids;
}

QList<Finding> dbxPremium(const ComplianceFacts &facts, const ComplianceSettings &)
{
    QList<Finding> out;
    for (const WorkspaceFacts &w : facts.workspaces) {
        Finding f = findingFor(DbxPremium);
        const QString ws = w.workspace.name();
        const QStringList keyed = featuresWithKeys(w);
        f.workspace = ws;
        f.subject = ws;
        f.evidence.values.insert(QStringLiteral("plan"), model::planId(w.workspace.plan()));
        f.evidence.values.insert(QStringLiteral("assigned-features"), keyed.join(QLatin1Char(',')));
        if (model::planSupportsCustomerKeys(w.workspace.plan())) {
            f.outcome = Outcome::Pass;
            f.summary = QCoreApplication::translate("keyward::compliance",
                                                    "Workspace '%1' is on the Premium plan, which customer-managed "
                                                    "keys need.")
                            .arg(ws);
        } else {
            f.outcome = Outcome::Fail;
            f.summary = keyed.isEmpty()
                            ? QCoreApplication::translate("keyward::compliance",
                                                          "Workspace '%1' is on the Standard plan: none of its data "
                                                          "can be encrypted with a customer-managed key.")
                                  .arg(ws)
                            : QCoreApplication::translate("keyward::compliance",
                                                          "Workspace '%1' is on the Standard plan and has keys "
                                                          "assigned (%2): they apply only on Premium.")
                                  .arg(ws, keyed.join(QStringLiteral(", ")));
            f.remediation =
                QCoreApplication::translate("keyward::compliance", "Upgrade workspace '%1' to the Premium plan.")
                    .arg(ws);
        }
        out << f;
    }
    return out;
}

QList<Finding> dbxServerless(const ComplianceFacts &facts, const ComplianceSettings &)
{
    QList<Finding> out;
    for (const WorkspaceFacts &w : facts.workspaces) {
        QStringList types;
        for (const model::MatrixCell &cell : w.cells) {
            if (cell.coverage == Coverage::PlatformKeyOnly)
                types << cell.dataTypeId;
        }
        if (types.isEmpty())
            continue;
        sortByCatalogue(types);
        Finding f = findingFor(DbxServerless);
        f.workspace = w.workspace.name();
        f.feature = Feature::Platform;
        f.dataTypes = types;
        f.subject = w.workspace.name();
        f.outcome = Outcome::Info;
        f.summary = QCoreApplication::translate("keyward::compliance",
                                                "Workspace '%1': %2 always use platform-managed keys; the platform "
                                                "creates them on the workspace's behalf and customer-managed keys "
                                                "are not supported.")
                        .arg(w.workspace.name(), dataTypeList(types));
        out << f;
    }
    return out;
}

QList<Finding> dbxDiskServerless(const ComplianceFacts &facts, const ComplianceSettings &)
{
    QList<Finding> out;
    for (const WorkspaceFacts &w : facts.workspaces) {
        const catalog::Assignment *a = assignmentOf(w, Feature::ManagedDisks);
        const std::optional<QString> keyId = w.workspace.keyFor(Feature::ManagedDisks);
        if (!a && !keyId)
            continue;
        Finding f = findingFor(DbxDiskServerless);
        f.workspace = w.workspace.name();
        f.feature = Feature::ManagedDisks;
        for (const model::MatrixCell &cell : w.cells) {
            if (cell.dataTypeId == ServerlessDisks)
                f.dataTypes << cell.dataTypeId;
        }
        f.subject = w.workspace.name();
        f.outcome = Outcome::Info;
        QString label;
        if (a) {
            const QString version = versionInEffect(facts, *a);
            f.evidence =
                keyEvidence(a->store, a->keyName, version, versionOf(facts.key(a->store, a->keyName), version));
            label = keyLabel(a->store, a->keyName);
        } else {
            const model::KeyFacts key = model::keyFactsFromId(*keyId);
            f.evidence = keyEvidence(key.store, key.keyName, key.version, nullptr);
            f.evidence.keyId = *keyId;
            label = key.store.isEmpty() ? key.keyName : keyLabel(key.store, key.keyName);
        }
        f.summary = QCoreApplication::translate("keyward::compliance",
                                                "Workspace '%1': managed-disk key %2 covers the classic compute plane "
                                                "only; serverless compute disks are short-lived and use "
                                                "platform-managed keys.")
                        .arg(w.workspace.name(), label);
        out << f;
    }
    return out;
}

QList<Finding> dbxDoubleEncryption(const ComplianceFacts &facts, const ComplianceSettings &)
{
    QList<Finding> out;
    for (const WorkspaceFacts &w : facts.workspaces) {
        const QString ws = w.workspace.name();
        const bool on = w.workspace.options().dbfsDoubleEncryption;
        Finding f = findingFor(DbxDoubleEncryption);
        f.workspace = ws;
        f.feature = Feature::DbfsRoot;
        f.dataTypes = dataTypesOf(w, Feature::DbfsRoot);
        f.subject = ws;
        f.outcome = on ? Outcome::Pass : Outcome::Fail;
        f.evidence.values.insert(QStringLiteral("dbfs-double-encryption"), yesNo(on));
        if (on) {
            f.summary = QCoreApplication::translate("keyward::compliance",
                                                    "Workspace '%1' has double encryption of the DBFS root on: a "
                                                    "platform-keyed infrastructure layer lies under its data.")
                            .arg(ws);
        } else {
            f.summary = QCoreApplication::translate("keyward::compliance",
                                                    "Workspace '%1' has double encryption of the DBFS root off.")
                            .arg(ws);
            f.remediation = QCoreApplication::translate("keyward::compliance",
                                                        "Double encryption can only be chosen when a workspace is "
                                                        "created: create a new workspace with it on and move the data "
                                                        "there.");
        }
        out << f;
    }
    return out;
}

// ---- what Keyward's own jobs measured ----

Feature featureOfType(const WorkspaceFacts &w, const QString &dataType)
{
    for (const model::MatrixCell &cell : w.cells) {
        if (cell.dataTypeId == dataType)
            return cell.feature;
    }
    const model::DataType *type = model::DataTypeCatalogue::find(dataType);
    return type ? type->feature : Feature::Platform;
}

QList<Finding> kwPlaintext(const ComplianceFacts &facts, const ComplianceSettings &)
{
    QList<Finding> out;
    for (const WorkspaceFacts &w : facts.workspaces) {
        const QString ws = w.workspace.name();
        const std::optional<model::VerifyFacts> &verify = w.coverage.lastVerify;
        if (!verify) {
            Finding f = findingFor(KwPlaintext);
            f.workspace = ws;
            f.subject = ws;
            f.outcome = Outcome::NotApplicable;
            f.summary =
                QCoreApplication::translate("keyward::compliance", "Workspace '%1' has had no full verification yet.")
                    .arg(ws);
            f.remediation =
                QCoreApplication::translate("keyward::compliance", "Run a full verification of workspace '%1'.")
                    .arg(ws);
            out << f;
            continue;
        }
        for (auto it = verify->byDataType.cbegin(); it != verify->byDataType.cend(); ++it) {
            Finding f = findingFor(KwPlaintext);
            f.workspace = ws;
            f.feature = featureOfType(w, it.key());
            f.dataTypes = {it.key()};
            f.subject = it.key();
            f.evidence.jobId = verify->jobId;
            f.evidence.jobFinished = verify->finished;
            f.evidence.values.insert(QStringLiteral("objects"), QString::number(it->objects));
            f.evidence.values.insert(QStringLiteral("plaintext"), QString::number(it->plaintext));
            f.evidence.values.insert(QStringLiteral("findings"), QString::number(it->findings));
            const QString job = QString::number(verify->jobId);
            if (it->plaintext > 0) {
                f.outcome = Outcome::Fail;
                f.summary = QCoreApplication::translate("keyward::compliance",
                                                        "Workspace '%1', %2: full verification #%3, finished on %4, "
                                                        "found %5 of %6 objects stored in clear.")
                                .arg(ws, dataTypeName(it.key()), job, moment(verify->finished),
                                     QString::number(it->plaintext), QString::number(it->objects));
                f.remediation = QCoreApplication::translate("keyward::compliance",
                                                            "Encrypt workspace '%1' to seal the plaintext objects, "
                                                            "then verify it again.")
                                    .arg(ws);
            } else {
                f.outcome = Outcome::Pass;
                f.summary =
                    QCoreApplication::translate("keyward::compliance",
                                                "Workspace '%1', %2: full verification #%3, finished on %4, "
                                                "found no plaintext among %5 objects.")
                        .arg(ws, dataTypeName(it.key()), job, moment(verify->finished), QString::number(it->objects));
            }
            out << f;
        }
    }
    return out;
}

QList<Finding> kwVerifyStale(const ComplianceFacts &facts, const ComplianceSettings &settings)
{
    QList<Finding> out;
    for (const WorkspaceFacts &w : facts.workspaces) {
        const QString ws = w.workspace.name();
        const std::optional<model::VerifyFacts> &verify = w.coverage.lastVerify;
        for (Feature feature : model::customerKeyFeatures()) {
            const auto key = w.coverage.keys.find(feature);
            const catalog::Assignment *a = assignmentOf(w, feature);
            if (key == w.coverage.keys.end() && !a)
                continue;
            Finding f = findingFor(KwVerifyStale);
            const QString name = model::featureDisplayName(feature);
            f.workspace = ws;
            f.feature = feature;
            f.dataTypes = dataTypesOf(w, feature);
            f.subject = model::featureId(feature);
            if (key != w.coverage.keys.end()) {
                const model::KeyFacts &k = key->second;
                f.evidence =
                    keyEvidence(k.store, k.keyName, k.version, versionOf(facts.key(k.store, k.keyName), k.version));
                if (!f.evidence.expires)
                    f.evidence.expires = k.expires;
            } else {
                f.evidence = keyEvidence(a->store, a->keyName, versionInEffect(facts, *a), nullptr);
            }
            f.evidence.values.insert(QStringLiteral("max-age-days"), QString::number(settings.verifyMaxAgeDays));
            const auto change = w.coverage.lastChange.find(feature);
            const bool changed = change != w.coverage.lastChange.end();
            if (changed) {
                f.evidence.values.insert(QStringLiteral("last-change"), isoUtc(change->second.at));
                f.evidence.values.insert(QStringLiteral("last-change-kind"), model::changeKindId(change->second.kind));
            }
            f.outcome = Outcome::Fail;
            f.remediation =
                QCoreApplication::translate("keyward::compliance", "Run a full verification of workspace '%1'.")
                    .arg(ws);
            if (!verify) {
                f.summary = QCoreApplication::translate("keyward::compliance",
                                                        "Workspace '%1', %2: no full verification has finished.")
                                .arg(ws, name);
                out << f;
                continue;
            }
            f.evidence.jobId = verify->jobId;
            f.evidence.jobFinished = verify->finished;
            const QString job = QString::number(verify->jobId);
            // As the matrix counts it: a verification covers a change when it started at or after it.
            if (changed && verify->started < change->second.at) {
                f.summary = QCoreApplication::translate("keyward::compliance",
                                                        "Workspace '%1', %2: the last full verification, #%3 started "
                                                        "on %4, is older than the last %5 on %6.")
                                .arg(ws, name, job, moment(verify->started),
                                     model::changeKindDisplayName(change->second.kind), moment(change->second.at));
            } else if (verify->finished.addDays(settings.verifyMaxAgeDays) < facts.now) {
                f.summary =
                    QCoreApplication::translate("keyward::compliance",
                                                "Workspace '%1', %2: the last full verification, #%3, "
                                                "finished on %4, more than %5 days ago.")
                        .arg(ws, name, job, moment(verify->finished), QString::number(settings.verifyMaxAgeDays));
            } else {
                f.outcome = Outcome::Pass;
                f.remediation.clear();
                f.summary = QCoreApplication::translate("keyward::compliance",
                                                        "Workspace '%1', %2: full verification #%3, finished on %4, "
                                                        "covers the last change.")
                                .arg(ws, name, job, moment(verify->finished));
            }
            out << f;
        }
    }
    return out;
}

QList<Finding> kwRetiredNeeded(const ComplianceFacts &facts, const ComplianceSettings &settings)
{
    QList<Finding> out;
    for (const WorkspaceFacts &w : facts.workspaces) {
        const QString ws = w.workspace.name();
        // Per (feature, key, old version): the latest rotation off it.
        std::map<std::tuple<QString, QString, QString>, const catalog::HistoryEntry *> rotations;
        for (const catalog::HistoryEntry &e : w.rotations) {
            if (!movesOff(e, e.key, e.oldVersion))
                continue;
            const catalog::HistoryEntry *&latest = rotations[{e.feature, e.key, e.oldVersion}];
            if (!latest || e.at >= latest->at)
                latest = &e;
        }
        for (const auto &[id, e] : rotations) {
            const Result<Feature> feature = model::parseFeature(e->feature);
            if (!feature)
                continue;
            const KeyFactsFull *k = nullptr;
            for (const KeyFactsFull &candidate : facts.keys) {
                if (keyLabel(candidate) == e->key)
                    k = &candidate;
            }
            const KeyVersionFacts *newest = k ? newestVersion(*k) : nullptr;
            if (newest && newest->info.version == e->oldVersion)
                continue;
            QStringList generations;
            QString store;
            QString keyName;
            for (const catalog::FeatureKeyRecord &r : w.featureKeys) {
                if (r.feature == *feature && keyLabel(r.store, r.keyName) == e->key && r.keyVersion == e->oldVersion &&
                    r.state != FeatureKeyState::Destroyed)
                    generations << QString::number(r.generation);
            }
            if (k) {
                store = k->store;
                keyName = k->name;
            } else {
                const qsizetype slash = e->key.indexOf(QLatin1Char('/'));
                store = e->key.left(slash);
                keyName = e->key.mid(slash + 1);
            }
            const QString name = model::featureDisplayName(*feature);
            const QString version = shortVersion(e->oldVersion);
            const QDateTime graceEnds = e->at.addSecs(qint64(settings.retiredVersionGraceHours) * 3600);
            Finding f = findingFor(KwRetiredNeeded);
            f.workspace = ws;
            f.feature = *feature;
            f.dataTypes = dataTypesOf(w, *feature);
            f.subject = e->key + QLatin1Char('/') + e->oldVersion;
            f.evidence = keyEvidence(store, keyName, e->oldVersion, versionOf(k, e->oldVersion));
            f.evidence.rotated = e->at;
            f.evidence.values.insert(QStringLiteral("new-version"), e->newVersion);
            f.evidence.values.insert(QStringLiteral("feature-keys"), QString::number(generations.size()));
            f.evidence.values.insert(QStringLiteral("generations"), generations.join(QLatin1Char(',')));
            f.evidence.values.insert(QStringLiteral("grace-ends"), isoUtc(graceEnds));
            if (generations.isEmpty()) {
                f.outcome = Outcome::Pass;
                f.summary = QCoreApplication::translate("keyward::compliance",
                                                        "Workspace '%1', %2: no feature key is wrapped under version "
                                                        "%3 of key %4 since the rotation on %5.")
                                .arg(ws, name, version, e->key, moment(e->at));
            } else if (facts.now < graceEnds) {
                f.outcome = Outcome::Pass;
                f.summary = QCoreApplication::translate("keyward::compliance",
                                                        "Workspace '%1', %2: feature key generations %3 are still "
                                                        "wrapped under version %4 of key %5; the grace period after "
                                                        "the rotation on %6 ends on %7.")
                                .arg(ws, name, generations.join(QStringLiteral(", ")), version, e->key, moment(e->at),
                                     moment(graceEnds));
            } else {
                f.outcome = Outcome::Fail;
                f.summary = QCoreApplication::translate("keyward::compliance",
                                                        "Workspace '%1', %2: feature key generations %3 are still "
                                                        "wrapped under version %4 of key %5, more than %6 hours after "
                                                        "the rotation on %7 moved off it.")
                                .arg(ws, name, generations.join(QStringLiteral(", ")), version, e->key,
                                     QString::number(settings.retiredVersionGraceHours), moment(e->at));
                f.remediation = QCoreApplication::translate("keyward::compliance",
                                                            "Run the rotation of %1 in workspace '%2' again so that no "
                                                            "feature key is left under version %3, then verify.")
                                    .arg(name, ws, version);
            }
            out << f;
        }
    }
    return out;
}

// ---- putting them together ----

bool findingLess(const Finding &a, const Finding &b)
{
    const int fa = a.feature ? int(*a.feature) : -1;
    const int fb = b.feature ? int(*b.feature) : -1;
    const QString da = a.dataTypes.value(0);
    const QString db = b.dataTypes.value(0);
    return std::make_tuple(a.workspace, fa, catalogueIndex(da), da, a.subject, a.evidence.keyVersion) <
           std::make_tuple(b.workspace, fb, catalogueIndex(db), db, b.subject, b.evidence.keyVersion);
}

QList<Finding> judge(const QString &id, const ComplianceFacts &facts, const ComplianceSettings &settings)
{
    if (id == Cis218)
        return cis218(facts, settings);
    if (id == Cis831 || id == Cis832 || id == AzpExpiry)
        return expiryRule(id, facts, settings);
    if (id == Cis835 || id == AzpRecoverable)
        return storeRule(id, facts);
    if (id == Cis839)
        return cis839(facts, settings);
    if (id == Cis8310 || id == AzpHsm)
        return hsmRule(id, facts, settings);
    if (id == Pci374)
        return pci374(facts, settings);
    if (id == Pci375)
        return pci375(facts, settings);
    if (id == Nist53)
        return nist53(facts, settings);
    if (id == AzpRotation)
        return azpRotation(facts, settings);
    if (id == AzpRsaSize)
        return azpRsaSize(facts, settings);
    if (id == DbxPremium)
        return dbxPremium(facts, settings);
    if (id == DbxServerless)
        return dbxServerless(facts, settings);
    if (id == DbxDiskServerless)
        return dbxDiskServerless(facts, settings);
    if (id == DbxDoubleEncryption)
        return dbxDoubleEncryption(facts, settings);
    if (id == KwPlaintext)
        return kwPlaintext(facts, settings);
    if (id == KwVerifyStale)
        return kwVerifyStale(facts, settings);
    if (id == KwRetiredNeeded)
        return kwRetiredNeeded(facts, settings);
    return {};
}

// ---- the settings file ----

struct IntSetting
{
    const char *key;
    int ComplianceSettings::*field;
    int min;
    int max;
};

const IntSetting IntSettings[] = {
    {"expiry-warning-days", &ComplianceSettings::expiryWarningDays, 0, 3650},
    {"max-days-to-rotate", &ComplianceSettings::maxDaysToRotate, 1, 3650},
    {"minimum-rsa-bits", &ComplianceSettings::minimumRsaBits, 2048, 4096},
    {"wrapping-key-cryptoperiod-days", &ComplianceSettings::wrappingKeyCryptoperiodDays, 1, 3650},
    {"retired-version-grace-hours", &ComplianceSettings::retiredVersionGraceHours, 0, 8760},
    {"verify-max-age-days", &ComplianceSettings::verifyMaxAgeDays, 1, 3650},
};
constexpr const char *RequireHsm = "require-hsm";

QString settingText(const QVariant &value)
{
    return value.typeId() == QMetaType::QStringList ? value.toStringList().join(QLatin1Char(',')) : value.toString();
}

Error invalidSetting(const QString &path, const QString &key, const QString &value, const QString &takes)
{
    return Error::because(ErrorCode::InvalidArgument, Reason::ComplianceSettingInvalid, {path, key, value, takes},
                          QStringLiteral("%1: '%2' is not a value for %3 (it takes %4)").arg(path, value, key, takes));
}

} // namespace

QList<Finding> evaluate(const ComplianceFacts &facts, const ComplianceSettings &settings)
{
    QList<Finding> out;
    for (const Control &control : allControls()) {
        QList<Finding> found = judge(control.id, facts, settings);
        std::stable_sort(found.begin(), found.end(), findingLess);
        out << found;
    }
    return out;
}

Result<ComplianceSettings> readComplianceSettings(const QString &path)
{
    ComplianceSettings settings;
    if (!QFileInfo::exists(path))
        return settings;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::because(ErrorCode::Io, Reason::InputNotRead, {path, file.errorString()},
                              QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    file.close();
    QSettings ini(path, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError)
        return Error::because(ErrorCode::Format, Reason::InputNotRead, {path, QStringLiteral("not an INI file")},
                              QStringLiteral("cannot read %1: not an INI file").arg(path));
    ini.beginGroup(QStringLiteral("compliance"));

    QStringList known;
    for (const IntSetting &s : IntSettings)
        known << QString::fromLatin1(s.key);
    known << QString::fromLatin1(RequireHsm);
    const QStringList present = ini.childKeys();
    for (const QString &key : present) {
        if (!known.contains(key))
            return Error::because(ErrorCode::InvalidArgument, Reason::ComplianceSettingUnknown,
                                  {path, key, known.join(QStringLiteral(", "))},
                                  QStringLiteral("%1: [compliance] has no setting named '%2'").arg(path, key));
    }

    for (const IntSetting &s : IntSettings) {
        const QString key = QString::fromLatin1(s.key);
        if (!present.contains(key))
            continue;
        const QString text = settingText(ini.value(key)).trimmed();
        bool ok = false;
        const int value = text.toInt(&ok);
        const bool rsa = s.field == &ComplianceSettings::minimumRsaBits;
        const bool allowed = ok && value >= s.min && value <= s.max && (!rsa || value % 1024 == 0);
        if (!allowed)
            return invalidSetting(path, key, text,
                                  rsa ? QStringLiteral("2048, 3072, 4096")
                                      : QStringLiteral("%1-%2").arg(s.min).arg(s.max));
        settings.*(s.field) = value;
    }

    const QString hsmKey = QString::fromLatin1(RequireHsm);
    if (present.contains(hsmKey)) {
        const QString text = settingText(ini.value(hsmKey)).trimmed();
        const QString lower = text.toLower();
        if (lower == QLatin1String("true") || lower == QLatin1String("yes") || lower == QLatin1String("1"))
            settings.requireHsm = true;
        else if (lower == QLatin1String("false") || lower == QLatin1String("no") || lower == QLatin1String("0"))
            settings.requireHsm = false;
        else
            return invalidSetting(path, hsmKey, text, QStringLiteral("true, false"));
    }
    return settings;
}

QString complianceSettingsPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("compliance.ini"));
}

} // namespace keyward::compliance
