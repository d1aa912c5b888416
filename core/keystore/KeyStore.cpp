// KeyStore: the value types shared by every key store, and their rules.
#include "keystore/KeyStore.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace keyward::keystore {

QString keyKindName(KeyKind kind)
{
    return kind == KeyKind::Rsa ? QStringLiteral("RSA") : QStringLiteral("AES");
}

QString wrapAlgorithmName(WrapAlgorithm alg)
{
    return alg == WrapAlgorithm::RsaOaep256 ? QStringLiteral("RSA-OAEP-256") : QStringLiteral("CKM_AES_KEY_WRAP_PAD");
}

std::optional<WrapAlgorithm> wrapAlgorithmFromName(const QString &name)
{
    if (name == QLatin1String("RSA-OAEP-256"))
        return WrapAlgorithm::RsaOaep256;
    if (name == QLatin1String("CKM_AES_KEY_WRAP_PAD"))
        return WrapAlgorithm::AesKeyWrapPad;
    return std::nullopt;
}

bool isValidKeyName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[0-9A-Za-z-]{1,127}$"));
    return re.match(name).hasMatch();
}

Status KeyVersionInfo::usableFor(const QString &operation, const QDateTime &now) const
{
    if (!enabled)
        return Error::make(ErrorCode::KeyDisabled, QStringLiteral("key %1 is disabled").arg(id));
    if (isExpired(now))
        return Error::make(ErrorCode::KeyExpired,
                           QStringLiteral("key %1 expired on %2").arg(id, expires->toString(Qt::ISODate)));
    if (isNotYetValid(now))
        return Error::make(ErrorCode::KeyNotYetValid,
                           QStringLiteral("key %1 is not valid before %2").arg(id, notBefore->toString(Qt::ISODate)));
    if (!operation.isEmpty() && !permits(operation))
        return Error::make(ErrorCode::Forbidden, QStringLiteral("key %1 does not permit %2").arg(id, operation));
    return {};
}

static QJsonValue dateOrNull(const std::optional<QDateTime> &t)
{
    return t ? QJsonValue(t->toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject KeyVersionInfo::toJson() const
{
    QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("version"), version},
        {QStringLiteral("type"), keyKindName(kind)},
        {QStringLiteral("size"), bits},
        {QStringLiteral("created"), created.toString(Qt::ISODate)},
        {QStringLiteral("updated"), updated.toString(Qt::ISODate)},
        {QStringLiteral("not_before"), dateOrNull(notBefore)},
        {QStringLiteral("expires"), dateOrNull(expires)},
        {QStringLiteral("enabled"), enabled},
        {QStringLiteral("operations"), QJsonArray::fromStringList(operations)},
        {QStringLiteral("hsm_backed"), hsmBacked},
    };
    if (!recoveryLevel.isEmpty())
        o.insert(QStringLiteral("recovery_level"), recoveryLevel);
    if (recoverableDays)
        o.insert(QStringLiteral("recoverable_days"), *recoverableDays);
    return o;
}

std::optional<QDateTime> RotationPolicy::nextRotation(const KeyVersionInfo &latest) const
{
    std::optional<QDateTime> due;
    if (rotateAfterCreate)
        due = rotateAfterCreate->addTo(latest.created);
    if (rotateBeforeExpiry && latest.expires) {
        const QDateTime beforeExpiry = rotateBeforeExpiry->subtractFrom(*latest.expires);
        if (!due || beforeExpiry < *due)
            due = beforeExpiry;
    }
    return due;
}

Status RotationPolicy::validate() const
{
    if (rotateAfterCreate && rotateBeforeExpiry)
        return Error::make(ErrorCode::InvalidArgument,
                           QStringLiteral("a policy rotates either after creation or before expiry, not both"));
    if (rotateBeforeExpiry && !expiryTime)
        return Error::make(ErrorCode::InvalidArgument,
                           QStringLiteral("rotating before expiry needs an expiry time for new versions"));
    const QDateTime base(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
    if (expiryTime) {
        // Key Vault requires the rotation and notification points to fall inside the key's lifetime.
        const QDateTime expiry = expiryTime->addTo(base);
        if (rotateAfterCreate && rotateAfterCreate->addTo(base) >= expiry)
            return Error::make(ErrorCode::InvalidArgument, QStringLiteral("rotation must come before expiry"));
        if (rotateBeforeExpiry && rotateBeforeExpiry->subtractFrom(expiry) <= base)
            return Error::make(ErrorCode::InvalidArgument,
                               QStringLiteral("the rotation point lies before the key is created"));
        if (notifyBeforeExpiry && notifyBeforeExpiry->subtractFrom(expiry) <= base)
            return Error::make(ErrorCode::InvalidArgument,
                               QStringLiteral("the notification point lies before the key is created"));
        if (expiry < base.addDays(28))
            return Error::make(ErrorCode::InvalidArgument, QStringLiteral("expiry must be at least 28 days"));
    }
    return {};
}

QJsonObject RotationPolicy::toKeyVaultJson() const
{
    QJsonArray actions;
    if (rotateAfterCreate)
        actions.append(
            QJsonObject{{QStringLiteral("trigger"),
                         QJsonObject{{QStringLiteral("timeAfterCreate"), rotateAfterCreate->toString()}}},
                        {QStringLiteral("action"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Rotate")}}}});
    if (rotateBeforeExpiry)
        actions.append(
            QJsonObject{{QStringLiteral("trigger"),
                         QJsonObject{{QStringLiteral("timeBeforeExpiry"), rotateBeforeExpiry->toString()}}},
                        {QStringLiteral("action"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Rotate")}}}});
    if (notifyBeforeExpiry)
        actions.append(
            QJsonObject{{QStringLiteral("trigger"),
                         QJsonObject{{QStringLiteral("timeBeforeExpiry"), notifyBeforeExpiry->toString()}}},
                        {QStringLiteral("action"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Notify")}}}});
    QJsonObject attributes;
    if (expiryTime)
        attributes.insert(QStringLiteral("expiryTime"), expiryTime->toString());
    if (updated.isValid())
        attributes.insert(QStringLiteral("updated"), updated.toSecsSinceEpoch());
    return QJsonObject{{QStringLiteral("lifetimeActions"), actions}, {QStringLiteral("attributes"), attributes}};
}

Result<RotationPolicy> RotationPolicy::fromKeyVaultJson(const QJsonObject &json)
{
    RotationPolicy p;
    for (const auto &a : json.value(QStringLiteral("lifetimeActions")).toArray()) {
        const QJsonObject trigger = a.toObject().value(QStringLiteral("trigger")).toObject();
        const QString type =
            a.toObject().value(QStringLiteral("action")).toObject().value(QStringLiteral("type")).toString();
        const bool rotate = type.compare(QLatin1String("Rotate"), Qt::CaseInsensitive) == 0;
        const bool notify = type.compare(QLatin1String("Notify"), Qt::CaseInsensitive) == 0;
        if (!rotate && !notify)
            return Error::make(ErrorCode::Format, QStringLiteral("unknown lifetime action '%1'").arg(type));
        const bool afterCreate = trigger.contains(QStringLiteral("timeAfterCreate"));
        auto d = IsoDuration::parse(
            trigger.value(afterCreate ? QStringLiteral("timeAfterCreate") : QStringLiteral("timeBeforeExpiry"))
                .toString());
        if (!d)
            return Error::make(ErrorCode::Format, d.error().detail);
        if (rotate && afterCreate)
            p.rotateAfterCreate = *d;
        else if (rotate)
            p.rotateBeforeExpiry = *d;
        else if (!afterCreate)
            p.notifyBeforeExpiry = *d;
        else
            return Error::make(ErrorCode::Format, QStringLiteral("notification must be relative to expiry"));
    }
    const QJsonObject attributes = json.value(QStringLiteral("attributes")).toObject();
    if (attributes.contains(QStringLiteral("expiryTime"))) {
        auto d = IsoDuration::parse(attributes.value(QStringLiteral("expiryTime")).toString());
        if (!d)
            return Error::make(ErrorCode::Format, d.error().detail);
        p.expiryTime = *d;
    }
    if (attributes.contains(QStringLiteral("updated")))
        p.updated = QDateTime::fromSecsSinceEpoch(attributes.value(QStringLiteral("updated")).toInteger(), Qt::UTC);
    return p;
}

QJsonObject StoreProperties::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("soft_delete"), softDelete},
                  {QStringLiteral("purge_protection"), purgeProtection},
                  {QStringLiteral("retention_days"), retentionDays},
                  {QStringLiteral("hsm_backed"), hsmBacked}};
    if (!recoveryLevel.isEmpty())
        o.insert(QStringLiteral("recovery_level"), recoveryLevel);
    return o;
}

QJsonObject DeletedKeyInfo::toJson() const
{
    QJsonObject o = latest.toJson();
    o.insert(QStringLiteral("recovery_id"), recoveryId);
    o.insert(QStringLiteral("deleted_on"), deletedOn.toString(Qt::ISODate));
    o.insert(QStringLiteral("scheduled_purge"), scheduledPurge.toString(Qt::ISODate));
    return o;
}

Status KeyStore::supportsKeyType(KeyKind kind, int bits)
{
    const bool allowed = kind == KeyKind::Rsa ? (bits == 2048 || bits == 3072 || bits == 4096) : bits == 256;
    if (allowed)
        return {};
    return Error::make(
        ErrorCode::Unsupported,
        QStringLiteral("store '%1' makes no %2-%3 keys").arg(properties().name, keyKindName(kind)).arg(bits));
}

Status CreateKeyRequest::validate() const
{
    if (!isValidKeyName(name))
        return Error::because(ErrorCode::InvalidArgument, Reason::KeyNameInvalid, {name},
                              QStringLiteral("key name '%1' must be 1-127 letters, digits or dashes").arg(name));
    if (kind == KeyKind::Rsa && bits != 2048 && bits != 3072 && bits != 4096)
        return Error::because(ErrorCode::InvalidArgument, Reason::KeySizeInvalid,
                              {keyKindName(kind), QString::number(bits)},
                              QStringLiteral("RSA keys are 2048, 3072 or 4096 bits"));
    if (kind == KeyKind::Aes && bits != 256)
        return Error::because(ErrorCode::InvalidArgument, Reason::KeySizeInvalid,
                              {keyKindName(kind), QString::number(bits)}, QStringLiteral("AES keys are 256 bits"));
    if (notBefore && expires && *expires <= *notBefore)
        return Error::because(ErrorCode::InvalidArgument, Reason::KeyExpiryNotAfterNotBefore,
                              {notBefore->toString(Qt::ISODate), expires->toString(Qt::ISODate)},
                              QStringLiteral("the key would expire before it becomes valid"));
    return {};
}

} // namespace keyward::keystore
