// Pkcs11KeyRecord: the JSON form of a key's metadata on a token, and reading it back strictly.
#include "keystore/Pkcs11KeyRecord.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace keyward::keystore {

namespace {

const QString KeyRecordFormat = QStringLiteral("keyward-pkcs11-key/1");

QJsonValue timeValue(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonValue timeValue(const std::optional<QDateTime> &t)
{
    return t ? timeValue(*t) : QJsonValue();
}

std::optional<QDateTime> parseRecordTime(const QJsonValue &v)
{
    if (!v.isString())
        return std::nullopt;
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    return t.toUTC();
}

Error bad(const QString &what)
{
    return Error::make(ErrorCode::Format, QStringLiteral("the key metadata on the token is damaged: %1").arg(what));
}

} // namespace

Pkcs11KeyRecord::Version *Pkcs11KeyRecord::findVersion(const QString &version)
{
    for (Version &v : versions)
        if (v.version == version)
            return &v;
    return nullptr;
}

const Pkcs11KeyRecord::Version *Pkcs11KeyRecord::findVersion(const QString &version) const
{
    return const_cast<Pkcs11KeyRecord *>(this)->findVersion(version);
}

const Pkcs11KeyRecord::Version *Pkcs11KeyRecord::resolve(const QString &version) const
{
    if (version.isEmpty())
        return versions.isEmpty() ? nullptr : &versions.last();
    return findVersion(version);
}

QByteArray Pkcs11KeyRecord::toJson() const
{
    QJsonArray vs;
    for (const Version &v : versions)
        vs.append(QJsonObject{{QStringLiteral("version"), v.version},
                              {QStringLiteral("created"), timeValue(v.created)},
                              {QStringLiteral("updated"), timeValue(v.updated)},
                              {QStringLiteral("not_before"), timeValue(v.notBefore)},
                              {QStringLiteral("expires"), timeValue(v.expires)},
                              {QStringLiteral("enabled"), v.enabled},
                              {QStringLiteral("operations"), QJsonArray::fromStringList(v.operations)}});
    QJsonObject o{{QStringLiteral("format"), KeyRecordFormat},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("revision"), revision},
                  {QStringLiteral("type"), keyKindName(kind)},
                  {QStringLiteral("size"), bits},
                  {QStringLiteral("versions"), vs}};
    if (rotationPolicy)
        o.insert(QStringLiteral("rotation_policy"), rotationPolicy->toKeyVaultJson());
    if (deleted)
        o.insert(QStringLiteral("deleted"),
                 QJsonObject{{QStringLiteral("deleted_on"), timeValue(deleted->deletedOn)},
                             {QStringLiteral("scheduled_purge"), timeValue(deleted->scheduledPurge)},
                             {QStringLiteral("recovery_id"), deleted->recoveryId}});
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<Pkcs11KeyRecord> Pkcs11KeyRecord::fromJson(const QByteArray &json)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return bad(QStringLiteral("not JSON"));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != KeyRecordFormat)
        return bad(QStringLiteral("unknown format '%1'").arg(o.value(QStringLiteral("format")).toString()));

    Pkcs11KeyRecord r;
    r.name = o.value(QStringLiteral("name")).toString();
    if (!isValidKeyName(r.name))
        return bad(QStringLiteral("invalid key name"));
    r.revision = o.value(QStringLiteral("revision")).toInteger(-1);
    if (r.revision < 0)
        return bad(QStringLiteral("no revision"));
    const QString type = o.value(QStringLiteral("type")).toString();
    if (type == keyKindName(KeyKind::Rsa))
        r.kind = KeyKind::Rsa;
    else if (type == keyKindName(KeyKind::Aes))
        r.kind = KeyKind::Aes;
    else
        return bad(QStringLiteral("unknown key type '%1'").arg(type));
    r.bits = o.value(QStringLiteral("size")).toInt();

    static const QRegularExpression versionRe(QStringLiteral("^[0-9a-f]{32}$"));
    for (const QJsonValue &value : o.value(QStringLiteral("versions")).toArray()) {
        const QJsonObject vo = value.toObject();
        Version v;
        v.version = vo.value(QStringLiteral("version")).toString();
        if (!versionRe.match(v.version).hasMatch())
            return bad(QStringLiteral("invalid version '%1'").arg(v.version));
        const auto created = parseRecordTime(vo.value(QStringLiteral("created")));
        const auto updated = parseRecordTime(vo.value(QStringLiteral("updated")));
        if (!created || !updated)
            return bad(QStringLiteral("version %1 has no valid creation or update time").arg(v.version));
        v.created = *created;
        v.updated = *updated;
        v.notBefore = parseRecordTime(vo.value(QStringLiteral("not_before")));
        v.expires = parseRecordTime(vo.value(QStringLiteral("expires")));
        v.enabled = vo.value(QStringLiteral("enabled")).toBool(false);
        for (const QJsonValue &op : vo.value(QStringLiteral("operations")).toArray())
            v.operations << op.toString();
        r.versions.append(v);
    }
    if (r.versions.isEmpty())
        return bad(QStringLiteral("key %1 has no versions").arg(r.name));

    if (o.contains(QStringLiteral("rotation_policy"))) {
        auto policy = RotationPolicy::fromKeyVaultJson(o.value(QStringLiteral("rotation_policy")).toObject());
        if (!policy)
            return bad(policy.error().detail);
        r.rotationPolicy = *policy;
    }
    if (o.contains(QStringLiteral("deleted"))) {
        const QJsonObject d = o.value(QStringLiteral("deleted")).toObject();
        const auto on = parseRecordTime(d.value(QStringLiteral("deleted_on")));
        const auto purge = parseRecordTime(d.value(QStringLiteral("scheduled_purge")));
        if (!on || !purge)
            return bad(QStringLiteral("deletion of %1 has no valid dates").arg(r.name));
        r.deleted = Deletion{*on, *purge, d.value(QStringLiteral("recovery_id")).toString()};
    }
    return r;
}

} // namespace keyward::keystore
