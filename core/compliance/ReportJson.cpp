// ReportJson: the report model as JSON and CSV.
#include "compliance/ReportJson.h"

#include "model/DataTypeCatalogue.h"
#include "util/Clock.h"
#include "util/Csv.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace keyward::compliance {

namespace {

QJsonValue isoOrNull(const std::optional<QDateTime> &t)
{
    if (!t || !t->isValid())
        return QJsonValue::Null;
    return isoUtc(*t);
}

QJsonObject settingsJson(const ComplianceSettings &s)
{
    return {{QStringLiteral("expiryWarningDays"), s.expiryWarningDays},
            {QStringLiteral("maxDaysToRotate"), s.maxDaysToRotate},
            {QStringLiteral("minimumRsaBits"), s.minimumRsaBits},
            {QStringLiteral("requireHsm"), s.requireHsm},
            {QStringLiteral("wrappingKeyCryptoperiodDays"), s.wrappingKeyCryptoperiodDays},
            {QStringLiteral("retiredVersionGraceHours"), s.retiredVersionGraceHours},
            {QStringLiteral("verifyMaxAgeDays"), s.verifyMaxAgeDays}};
}

QJsonObject evidenceJson(const Evidence &e)
{
    QJsonObject values;
    for (auto it = e.values.begin(); it != e.values.end(); ++it)
        values.insert(it.key(), it.value());
    return {{QStringLiteral("keyId"), e.keyId},
            {QStringLiteral("store"), e.store},
            {QStringLiteral("key"), e.keyName},
            {QStringLiteral("version"), e.keyVersion},
            {QStringLiteral("created"), isoOrNull(e.created)},
            {QStringLiteral("expires"), isoOrNull(e.expires)},
            {QStringLiteral("rotated"), isoOrNull(e.rotated)},
            {QStringLiteral("jobId"), e.jobId},
            {QStringLiteral("jobFinished"), isoOrNull(e.jobFinished)},
            {QStringLiteral("values"), values}};
}

QJsonObject findingJson(const Finding &f)
{
    const Control *control = controlById(f.controlId);
    return {{QStringLiteral("control"), f.controlId},
            {QStringLiteral("framework"), frameworkId(f.framework)},
            {QStringLiteral("reference"), control ? control->reference : QString()},
            {QStringLiteral("title"), control ? control->title : QString()},
            {QStringLiteral("severity"), severityId(f.severity)},
            {QStringLiteral("outcome"), outcomeId(f.outcome)},
            {QStringLiteral("workspace"), f.workspace},
            {QStringLiteral("feature"), f.feature ? QJsonValue(model::featureId(*f.feature)) : QJsonValue()},
            {QStringLiteral("dataTypes"), QJsonArray::fromStringList(f.dataTypes)},
            {QStringLiteral("subject"), f.subject},
            {QStringLiteral("summary"), f.summary},
            {QStringLiteral("remediation"), f.remediation},
            {QStringLiteral("evidence"), evidenceJson(f.evidence)}};
}

QJsonObject cellJson(const model::MatrixCell &c)
{
    const model::DataType *type = model::DataTypeCatalogue::find(c.dataTypeId);
    QJsonObject o{{QStringLiteral("dataType"), c.dataTypeId},
                  {QStringLiteral("name"), type ? type->displayName() : c.dataTypeId},
                  {QStringLiteral("feature"), model::featureId(c.feature)},
                  {QStringLiteral("coverage"), model::coverageId(c.coverage)},
                  {QStringLiteral("state"), model::cellStateId(c.state)},
                  {QStringLiteral("label"), c.label()},
                  {QStringLiteral("doubleEncrypted"), c.doubleEncrypted},
                  {QStringLiteral("rotatesToLatest"), c.rotatesToLatest}};
    if (auto key = c.keyInEffect()) {
        o.insert(QStringLiteral("key"), QJsonObject{{QStringLiteral("store"), key->store},
                                                    {QStringLiteral("name"), key->keyName},
                                                    {QStringLiteral("version"), key->version},
                                                    {QStringLiteral("check"), model::keyCheckId(key->check)}});
    }
    if (!c.movedToId.isEmpty())
        o.insert(QStringLiteral("movedTo"), c.movedToId);
    return o;
}

QJsonObject rotationJson(const catalog::HistoryEntry &e)
{
    return {{QStringLiteral("seq"), e.seq},
            {QStringLiteral("at"), isoUtc(e.at)},
            {QStringLiteral("actor"), e.actor},
            {QStringLiteral("workspace"), e.workspace},
            {QStringLiteral("feature"), e.feature},
            {QStringLiteral("key"), e.key},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("oldVersion"), e.oldVersion},
            {QStringLiteral("newVersion"), e.newVersion},
            {QStringLiteral("objectsTouched"), e.objectsTouched},
            {QStringLiteral("result"), e.result},
            {QStringLiteral("hash"), QString::fromLatin1(e.hash.toHex())}};
}

QJsonObject workspaceJson(const ComplianceReport &report, const WorkspaceFacts &w)
{
    const model::Workspace &ws = w.workspace;
    QJsonObject options;
    for (model::WorkspaceOption opt : model::allWorkspaceOptions())
        options.insert(model::workspaceOptionId(opt), ws.options().isSet(opt));
    QJsonArray matrix;
    for (const model::MatrixCell &c : w.cells)
        matrix.append(cellJson(c));
    QJsonArray assignments;
    for (const catalog::Assignment &a : w.assignments) {
        assignments.append(QJsonObject{{QStringLiteral("feature"), model::featureId(a.feature)},
                                       {QStringLiteral("store"), a.store},
                                       {QStringLiteral("key"), a.keyName},
                                       {QStringLiteral("version"), a.keyVersion}});
    }
    QJsonArray featureKeys;
    for (const catalog::FeatureKeyRecord &fk : w.featureKeys) {
        featureKeys.append(QJsonObject{{QStringLiteral("id"), QString::fromLatin1(fk.fkId.toHex())},
                                       {QStringLiteral("feature"), model::featureId(fk.feature)},
                                       {QStringLiteral("generation"), fk.generation},
                                       {QStringLiteral("state"), catalog::featureKeyStateName(fk.state)},
                                       {QStringLiteral("store"), fk.store},
                                       {QStringLiteral("key"), fk.keyName},
                                       {QStringLiteral("version"), fk.keyVersion},
                                       {QStringLiteral("created"), isoUtc(fk.created)}});
    }
    QJsonValue verify;
    if (const auto &v = w.coverage.lastVerify) {
        QJsonObject byType;
        for (auto it = v->byDataType.begin(); it != v->byDataType.end(); ++it) {
            byType.insert(it.key(), QJsonObject{{QStringLiteral("objects"), it->objects},
                                                {QStringLiteral("plaintext"), it->plaintext},
                                                {QStringLiteral("findings"), it->findings}});
        }
        verify = QJsonObject{{QStringLiteral("jobId"), v->jobId},
                             {QStringLiteral("started"), isoUtc(v->started)},
                             {QStringLiteral("finished"), isoUtc(v->finished)},
                             {QStringLiteral("byDataType"), byType}};
    }
    QJsonArray rotations;
    for (const catalog::HistoryEntry &e : w.rotations)
        rotations.append(rotationJson(e));
    const QList<Finding> findings = report.findingsOf(ws.name());
    return {{QStringLiteral("name"), ws.name()},
            {QStringLiteral("plan"), model::planId(ws.plan())},
            {QStringLiteral("region"), ws.region()},
            {QStringLiteral("options"), options},
            {QStringLiteral("score"), complianceScore(findings)},
            {QStringLiteral("matrix"), matrix},
            {QStringLiteral("assignments"), assignments},
            {QStringLiteral("featureKeys"), featureKeys},
            {QStringLiteral("lastVerify"), verify},
            {QStringLiteral("rotations"), rotations}};
}

QJsonObject policyJson(const keystore::RotationPolicy &p)
{
    auto text = [](const std::optional<keystore::IsoDuration> &d) {
        return d ? QJsonValue(d->toString()) : QJsonValue();
    };
    return {{QStringLiteral("rotateAfterCreate"), text(p.rotateAfterCreate)},
            {QStringLiteral("rotateBeforeExpiry"), text(p.rotateBeforeExpiry)},
            {QStringLiteral("notifyBeforeExpiry"), text(p.notifyBeforeExpiry)},
            {QStringLiteral("expiryTime"), text(p.expiryTime)}};
}

QJsonObject keyJson(const KeyFactsFull &k, const QDateTime &now)
{
    QJsonArray versions;
    for (const KeyVersionFacts &v : k.versions) {
        versions.append(QJsonObject{{QStringLiteral("version"), v.info.version},
                                    {QStringLiteral("id"), v.info.id},
                                    {QStringLiteral("kind"), keystore::keyKindName(v.info.kind)},
                                    {QStringLiteral("bits"), v.info.bits},
                                    {QStringLiteral("created"), isoUtc(v.info.created)},
                                    {QStringLiteral("expires"), isoOrNull(v.info.expires)},
                                    {QStringLiteral("ageDays"), ageInDays(v.info.created, now)},
                                    {QStringLiteral("enabled"), v.info.enabled},
                                    {QStringLiteral("hsmBacked"), v.info.hsmBacked},
                                    {QStringLiteral("newest"), v.newest}});
    }
    QJsonValue store;
    if (k.storeProperties) {
        store = QJsonObject{{QStringLiteral("kind"), k.storeProperties->kind},
                            {QStringLiteral("softDelete"), k.storeProperties->softDelete},
                            {QStringLiteral("purgeProtection"), k.storeProperties->purgeProtection},
                            {QStringLiteral("retentionDays"), k.storeProperties->retentionDays},
                            {QStringLiteral("hsmBacked"), k.storeProperties->hsmBacked}};
    }
    return {{QStringLiteral("store"), k.store},
            {QStringLiteral("name"), k.name},
            {QStringLiteral("storeProperties"), store},
            {QStringLiteral("storeProblem"), k.storeProblem},
            {QStringLiteral("rotationPolicy"), k.policy ? QJsonValue(policyJson(*k.policy)) : QJsonValue()},
            {QStringLiteral("versions"), versions}};
}

// The workspaces and features each key version is used by: assignments naming it (or following the newest) and
// feature keys wrapped under it.
QStringList usesOf(const ComplianceReport &report, const KeyFactsFull &k, const KeyVersionFacts &v)
{
    QStringList uses;
    for (const WorkspaceFacts &w : report.facts.workspaces) {
        for (const catalog::Assignment &a : w.assignments) {
            if (a.store == k.store && a.keyName == k.name &&
                (a.keyVersion == v.info.version || (a.followLatest() && v.newest)))
                uses << QStringLiteral("%1/%2").arg(w.workspace.name(), model::featureId(a.feature));
        }
        for (const catalog::FeatureKeyRecord &fk : w.featureKeys) {
            if (fk.store == k.store && fk.keyName == k.name && fk.keyVersion == v.info.version)
                uses << QStringLiteral("%1/%2#%3")
                            .arg(w.workspace.name(), model::featureId(fk.feature))
                            .arg(fk.generation);
        }
    }
    uses.removeDuplicates();
    return uses;
}

QByteArray csvRow(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted << csvField(f);
    return (quoted.join(QLatin1Char(',')) + QLatin1String("\r\n")).toUtf8();
}

} // namespace

qint64 ageInDays(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid())
        return 0;
    return from.secsTo(to) / 86400;
}

QJsonObject reportJson(const ComplianceReport &report)
{
    QJsonArray workspaces;
    QStringList names;
    for (const WorkspaceFacts &w : report.facts.workspaces) {
        workspaces.append(workspaceJson(report, w));
        names << w.workspace.name();
    }
    QJsonArray keys;
    for (const KeyFactsFull &k : report.facts.keys)
        keys.append(keyJson(k, report.generated));
    QJsonArray findings;
    QMap<QString, int> outcomes;
    QMap<QString, int> failedBySeverity;
    for (const Finding &f : report.findings) {
        findings.append(findingJson(f));
        ++outcomes[outcomeId(f.outcome)];
        if (f.outcome == Outcome::Fail)
            ++failedBySeverity[severityId(f.severity)];
    }
    QJsonObject outcomeCounts;
    for (Outcome o : {Outcome::Pass, Outcome::Fail, Outcome::NotApplicable, Outcome::Info})
        outcomeCounts.insert(outcomeId(o), outcomes.value(outcomeId(o)));
    QJsonObject failed;
    for (Severity s : {Severity::Critical, Severity::High, Severity::Medium, Severity::Low, Severity::Info})
        failed.insert(severityId(s), failedBySeverity.value(severityId(s)));
    QJsonArray controls;
    for (const Control &c : allControls()) {
        controls.append(QJsonObject{{QStringLiteral("id"), c.id},
                                    {QStringLiteral("framework"), frameworkId(c.framework)},
                                    {QStringLiteral("reference"), c.reference},
                                    {QStringLiteral("severity"), severityId(c.severity)},
                                    {QStringLiteral("title"), c.title}});
    }
    // The head a signed report is checked against (HistoryAnchor), and whether the chain verified then.
    QJsonObject history = report.history.toJson();
    history.insert(QStringLiteral("intact"), report.historyIntact);
    history.insert(QStringLiteral("problem"), report.historyProblem);
    return {{QStringLiteral("format"), QStringLiteral("keyward-compliance-report")},
            {QStringLiteral("schemaVersion"), ComplianceReport::SchemaVersion},
            {QStringLiteral("generated"), isoUtc(report.generated)},
            {QStringLiteral("generator"), report.generator},
            {QStringLiteral("scope"), QJsonObject{{QStringLiteral("allWorkspaces"), report.allWorkspaces},
                                                  {QStringLiteral("workspaces"), QJsonArray::fromStringList(names)}}},
            {QStringLiteral("settings"), settingsJson(report.settings)},
            {QStringLiteral("score"), report.score()},
            {QStringLiteral("summary"),
             QJsonObject{{QStringLiteral("outcomes"), outcomeCounts}, {QStringLiteral("failedBySeverity"), failed}}},
            {QStringLiteral("history"), history},
            {QStringLiteral("controls"), controls},
            {QStringLiteral("workspaces"), workspaces},
            {QStringLiteral("keys"), keys},
            {QStringLiteral("findings"), findings}};
}

QByteArray reportJsonBytes(const ComplianceReport &report)
{
    return QJsonDocument(reportJson(report)).toJson(QJsonDocument::Indented);
}

QByteArray findingsCsv(const ComplianceReport &report)
{
    QByteArray out = csvRow({QStringLiteral("control"), QStringLiteral("framework"), QStringLiteral("reference"),
                             QStringLiteral("severity"), QStringLiteral("outcome"), QStringLiteral("workspace"),
                             QStringLiteral("feature"), QStringLiteral("data_types"), QStringLiteral("subject"),
                             QStringLiteral("summary"), QStringLiteral("remediation"), QStringLiteral("key_id"),
                             QStringLiteral("key_version"), QStringLiteral("key_created"),
                             QStringLiteral("key_expires"), QStringLiteral("rotated"), QStringLiteral("job_id")});
    auto date = [](const std::optional<QDateTime> &t) { return t ? isoUtc(*t) : QString(); };
    for (const Finding &f : report.findings) {
        const Control *control = controlById(f.controlId);
        out += csvRow({f.controlId, frameworkId(f.framework), control ? control->reference : QString(),
                       severityId(f.severity), outcomeId(f.outcome), f.workspace,
                       f.feature ? model::featureId(*f.feature) : QString(), f.dataTypes.join(QLatin1Char(' ')),
                       f.subject, f.summary, f.remediation, f.evidence.keyId, f.evidence.keyVersion,
                       date(f.evidence.created), date(f.evidence.expires), date(f.evidence.rotated),
                       f.evidence.jobId ? QString::number(f.evidence.jobId) : QString()});
    }
    return out;
}

QByteArray inventoryCsv(const ComplianceReport &report)
{
    QByteArray out =
        csvRow({QStringLiteral("store"), QStringLiteral("store_kind"), QStringLiteral("key"), QStringLiteral("version"),
                QStringLiteral("newest"), QStringLiteral("kind"), QStringLiteral("bits"), QStringLiteral("created"),
                QStringLiteral("expires"), QStringLiteral("age_days"), QStringLiteral("enabled"),
                QStringLiteral("hsm_backed"), QStringLiteral("rotate_after"), QStringLiteral("used_by")});
    for (const KeyFactsFull &k : report.facts.keys) {
        const QString kind = k.storeProperties ? k.storeProperties->kind : QString();
        const QString rotateAfter =
            k.policy && k.policy->rotateAfterCreate ? k.policy->rotateAfterCreate->toString() : QString();
        if (k.versions.isEmpty()) {
            out += csvRow({k.store, kind, k.name, {}, {}, {}, {}, {}, {}, {}, {}, {}, rotateAfter, {}});
            continue;
        }
        for (const KeyVersionFacts &v : k.versions) {
            out +=
                csvRow({k.store, kind, k.name, v.info.version, v.newest ? QStringLiteral("yes") : QStringLiteral("no"),
                        keystore::keyKindName(v.info.kind), QString::number(v.info.bits), isoUtc(v.info.created),
                        v.info.expires ? isoUtc(*v.info.expires) : QString(),
                        QString::number(ageInDays(v.info.created, report.generated)),
                        v.info.enabled ? QStringLiteral("yes") : QStringLiteral("no"),
                        v.info.hsmBacked ? QStringLiteral("yes") : QStringLiteral("no"), rotateAfter,
                        usesOf(report, k, v).join(QLatin1Char(' '))});
        }
    }
    return out;
}

} // namespace keyward::compliance
