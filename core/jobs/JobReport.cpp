// JobReport: the JSON form of a report (the keys `keywardctl --json` has always printed).
#include "jobs/JobReport.h"

#include <QJsonArray>

namespace keyward::jobs {

namespace {

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

void addEncrypt(QJsonObject &o, const EncryptResult &r)
{
    if (r.staleTemporariesRemoved)
        o.insert(QStringLiteral("stale_temporaries_removed"), *r.staleTemporariesRemoved);
    if (r.objectsInWorkspace)
        o.insert(QStringLiteral("objects_in_workspace"), *r.objectsInWorkspace);
}

void addVerify(QJsonObject &o, const VerifyResult &r)
{
    QJsonObject byKind;
    for (const auto &[kind, count] : r.findingsByKind)
        byKind.insert(findingKindName(kind), count);
    o.insert(QStringLiteral("findings_by_kind"), byKind);
    o.insert(QStringLiteral("quick"), r.quick);
}

void addRotate(QJsonObject &o, const RotateResult &r)
{
    QJsonArray rotated;
    for (const RotatedFeature &f : r.rotated)
        rotated.append(QJsonObject{{QStringLiteral("feature"), model::featureId(f.feature)},
                                   {QStringLiteral("key"), QStringLiteral("%1/%2").arg(f.store, f.keyName)},
                                   {QStringLiteral("old_version"), f.oldVersion},
                                   {QStringLiteral("new_version"), f.newVersion},
                                   {QStringLiteral("feature_keys_rewrapped"), f.featureKeysRewrapped}});
    o.insert(QStringLiteral("rotated"), rotated);
    o.insert(QStringLiteral("objects_touched"), 0);
}

void addRetire(QJsonObject &o, const RetireResult &r)
{
    o.insert(QStringLiteral("key"), QStringLiteral("%1/%2").arg(r.store, r.keyName));
    o.insert(QStringLiteral("version"), r.version);
    if (r.holdEnds)
        o.insert(QStringLiteral("hold_ends"), r.holdEnds->toString(Qt::ISODate));
    if (r.users)
        o.insert(QStringLiteral("users"), *r.users);
}

void addRekey(QJsonObject &o, const RekeyResult &r)
{
    o.insert(QStringLiteral("feature"), model::featureId(r.feature));
    if (r.resumed)
        o.insert(QStringLiteral("resumed"), *r.resumed);
    if (!r.targetFk.isEmpty())
        o.insert(QStringLiteral("target_fk"), hex(r.targetFk));
    if (!r.summary)
        return;
    QJsonArray olds;
    for (const OldFeatureKey &k : r.summary->oldFeatureKeys)
        olds.append(QJsonObject{{QStringLiteral("fk_id"), hex(k.fkId)},
                                {QStringLiteral("generation"), k.generation},
                                {QStringLiteral("state"), catalog::featureKeyStateName(k.state)},
                                {QStringLiteral("objects_moved"), k.objectsMoved},
                                {QStringLiteral("objects_left"), k.objectsLeft}});
    o.insert(QStringLiteral("generation"), r.summary->generation);
    o.insert(QStringLiteral("old_feature_keys"), olds);
    o.insert(QStringLiteral("objects_touched"), r.summary->objectsTouched);
    o.insert(QStringLiteral("platform_layers_resealed"), r.summary->platformLayersResealed);
}

} // namespace

QString jobKindName(JobKind kind)
{
    switch (kind) {
    case JobKind::Encrypt:
        return QStringLiteral("encrypt");
    case JobKind::Verify:
        return QStringLiteral("verify");
    case JobKind::Rotate:
        return QStringLiteral("rotate");
    case JobKind::Retire:
        return QStringLiteral("retire");
    case JobKind::Rekey:
        return QStringLiteral("rekey");
    }
    return QStringLiteral("encrypt");
}

QJsonObject JobReport::toJson() const
{
    QJsonArray f;
    for (const JobFinding &x : findings) {
        QJsonObject o{{QStringLiteral("object"), x.object},
                      {QStringLiteral("kind"), findingKindName(x.kind)},
                      {QStringLiteral("detail"), x.detail}};
        if (x.segment >= 0)
            o.insert(QStringLiteral("segment"), x.segment);
        f.append(o);
    }
    QJsonObject o{{QStringLiteral("job"), jobKindName(kind)},
                  {QStringLiteral("id"), jobId},
                  {QStringLiteral("state"), catalog::jobStateName(state)},
                  {QStringLiteral("total"), total},
                  {QStringLiteral("processed"), processed},
                  {QStringLiteral("skipped"), skipped},
                  {QStringLiteral("key_store_calls"), storeCalls},
                  {QStringLiteral("elapsed_ms"), elapsedMs},
                  {QStringLiteral("message"), message},
                  {QStringLiteral("findings"), f}};
    if (error)
        o.insert(QStringLiteral("error"), errorCodeName(error->code));
    if (resumedFrom)
        o.insert(QStringLiteral("resumed_from"), *resumedFrom);
    if (blastRadius) {
        o.insert(QStringLiteral("blast_radius"), blastRadius->objects);
        o.insert(QStringLiteral("revoked_feature"), model::featureId(blastRadius->feature));
    }
    if (encrypt)
        addEncrypt(o, *encrypt);
    if (verify)
        addVerify(o, *verify);
    if (rotate)
        addRotate(o, *rotate);
    if (retire)
        addRetire(o, *retire);
    if (rekey)
        addRekey(o, *rekey);
    return o;
}

} // namespace keyward::jobs
