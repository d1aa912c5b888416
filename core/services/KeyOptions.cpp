// KeyOptions: the key types per store kind and the rotation-policy presets.
#include "services/KeyOptions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace keyward::services {

using keystore::IsoDuration;
using keystore::KeyKind;

QString KeyType::name() const
{
    return QStringLiteral("%1-%2").arg(keystore::keyKindName(kind)).arg(bits);
}

QList<KeyType> supportedKeyTypes(const keystore::StoreProperties &properties)
{
    QList<KeyType> types{{KeyKind::Rsa, 3072}, {KeyKind::Rsa, 2048}, {KeyKind::Rsa, 4096}};
    // Key Vault's standard and premium tiers hold RSA keys; AES keys (oct-HSM) need a Managed HSM.
    if (properties.kind != QLatin1String("azure-keyvault") || properties.hsmBacked)
        types.append({KeyKind::Aes, 256});
    return types;
}

QString RotationPreset::name() const
{
    switch (id) {
    case RotationPresetId::None:
        return QStringLiteral("none");
    case RotationPresetId::Every90Days:
        return QStringLiteral("90-days");
    case RotationPresetId::Every180Days:
        return QStringLiteral("180-days");
    case RotationPresetId::Yearly:
        return QStringLiteral("yearly");
    case RotationPresetId::Every2Years:
        return QStringLiteral("2-years");
    }
    return QStringLiteral("none");
}

std::optional<keystore::RotationPolicy> RotationPreset::policy() const
{
    if (!rotateAfterCreate)
        return std::nullopt;
    keystore::RotationPolicy p;
    p.rotateAfterCreate = rotateAfterCreate;
    p.expiryTime = expiryTime;
    return p;
}

RotationPreset rotationPreset(RotationPresetId id)
{
    const auto days = [](int n) { return IsoDuration{0, 0, n}; };
    const auto years = [](int n) { return IsoDuration{n, 0, 0}; };
    switch (id) {
    case RotationPresetId::None:
        return {id, std::nullopt, std::nullopt};
    case RotationPresetId::Every90Days:
        return {id, days(90), days(180)};
    case RotationPresetId::Every180Days:
        return {id, days(180), years(1)};
    case RotationPresetId::Yearly:
        return {id, years(1), years(2)};
    case RotationPresetId::Every2Years:
        return {id, years(2), years(4)};
    }
    return {};
}

QList<RotationPreset> rotationPresets()
{
    QList<RotationPreset> all;
    for (RotationPresetId id : {RotationPresetId::None, RotationPresetId::Every90Days, RotationPresetId::Every180Days,
                                RotationPresetId::Yearly, RotationPresetId::Every2Years})
        all.append(rotationPreset(id));
    return all;
}

Result<RotationPreset> parseRotationPreset(const QString &name)
{
    for (const RotationPreset &p : rotationPresets())
        if (p.name() == name)
            return p;
    return Error::because(ErrorCode::InvalidArgument, Reason::RotationPresetUnknown, {name},
                          QStringLiteral("no rotation preset named '%1'").arg(name));
}

namespace {

Error policyInvalid(const QString &file, const QString &field, const QString &value = {})
{
    return Error::because(ErrorCode::InvalidArgument, Reason::PolicyJsonInvalid, {file, field, value.left(64)},
                          QStringLiteral("%1: %2 is not valid in a rotation policy").arg(file, field));
}

Error policyMalformed(const QString &file, const QString &what)
{
    return Error::because(ErrorCode::InvalidArgument, Reason::PolicyJsonMalformed, {file, what},
                          QStringLiteral("%1 is not a JSON object: %2").arg(file, what));
}

// The fields of `o` not in `known`, first one only.
std::optional<QString> unknownField(const QJsonObject &o, std::initializer_list<const char *> known)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        bool found = false;
        for (const char *k : known)
            found = found || it.key() == QLatin1String(k);
        if (!found)
            return it.key();
    }
    return std::nullopt;
}

} // namespace

Result<keystore::RotationPolicy> parseRotationPolicyJson(const QByteArray &bytes, const QString &file)
{
    if (bytes.size() > MaxPolicyJsonBytes)
        return policyMalformed(file, QStringLiteral("larger than %1 bytes").arg(MaxPolicyJsonBytes));
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return policyMalformed(file, QStringLiteral("byte-order mark"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return policyMalformed(file, QStringLiteral("%1 at byte %2").arg(error.errorString()).arg(error.offset));
    if (!doc.isObject())
        return policyMalformed(file, doc.isArray() ? QStringLiteral("an array") : QStringLiteral("not an object"));
    const QJsonObject root = doc.object();
    if (auto f = unknownField(root, {"id", "lifetimeActions", "attributes"}))
        return policyInvalid(file, *f);
    if (root.contains(QStringLiteral("id")) && !root.value(QStringLiteral("id")).isString())
        return policyInvalid(file, QStringLiteral("id"));
    if (!root.value(QStringLiteral("lifetimeActions")).isArray())
        return policyInvalid(file, QStringLiteral("lifetimeActions"));
    const QJsonArray actions = root.value(QStringLiteral("lifetimeActions")).toArray();
    if (actions.size() > 2)
        return policyInvalid(file, QStringLiteral("lifetimeActions"), QString::number(actions.size()));
    bool rotate = false;
    bool notify = false;
    for (qsizetype i = 0; i < actions.size(); ++i) {
        const QString at = QStringLiteral("lifetimeActions[%1]").arg(i);
        if (!actions.at(i).isObject())
            return policyInvalid(file, at);
        const QJsonObject action = actions.at(i).toObject();
        if (auto f = unknownField(action, {"trigger", "action"}))
            return policyInvalid(file, at + QLatin1Char('.') + *f);
        if (!action.value(QStringLiteral("trigger")).isObject())
            return policyInvalid(file, at + QStringLiteral(".trigger"));
        const QJsonObject trigger = action.value(QStringLiteral("trigger")).toObject();
        if (auto f = unknownField(trigger, {"timeAfterCreate", "timeBeforeExpiry"}))
            return policyInvalid(file, at + QStringLiteral(".trigger.") + *f);
        if (trigger.size() != 1) // exactly one of the two
            return policyInvalid(file, at + QStringLiteral(".trigger"));
        const QString when = trigger.begin().key();
        if (!trigger.begin().value().isString() || !keystore::IsoDuration::parse(trigger.begin().value().toString()))
            return policyInvalid(file, at + QStringLiteral(".trigger.") + when, trigger.begin().value().toString());
        if (!action.value(QStringLiteral("action")).isObject())
            return policyInvalid(file, at + QStringLiteral(".action"));
        const QJsonObject what = action.value(QStringLiteral("action")).toObject();
        if (auto f = unknownField(what, {"type"}))
            return policyInvalid(file, at + QStringLiteral(".action.") + *f);
        const QString type = what.value(QStringLiteral("type")).toString();
        const bool isRotate = type.compare(QLatin1String("Rotate"), Qt::CaseInsensitive) == 0;
        const bool isNotify = type.compare(QLatin1String("Notify"), Qt::CaseInsensitive) == 0;
        // One of each at most; a notification only comes before expiry.
        if ((!isRotate && !isNotify) || (isRotate && rotate) || (isNotify && notify) ||
            (isNotify && when != QLatin1String("timeBeforeExpiry")))
            return policyInvalid(file, at + QStringLiteral(".action.type"), type);
        rotate = rotate || isRotate;
        notify = notify || isNotify;
    }
    if (root.contains(QStringLiteral("attributes"))) {
        if (!root.value(QStringLiteral("attributes")).isObject())
            return policyInvalid(file, QStringLiteral("attributes"));
        const QJsonObject attributes = root.value(QStringLiteral("attributes")).toObject();
        if (auto f = unknownField(attributes, {"expiryTime", "created", "updated"}))
            return policyInvalid(file, QStringLiteral("attributes.") + *f);
        for (const char *stamp : {"created", "updated"})
            if (attributes.contains(QLatin1String(stamp)) && !attributes.value(QLatin1String(stamp)).isDouble())
                return policyInvalid(file, QStringLiteral("attributes.") + QLatin1String(stamp));
        if (attributes.contains(QStringLiteral("expiryTime"))) {
            const QJsonValue v = attributes.value(QStringLiteral("expiryTime"));
            auto d = keystore::IsoDuration::parse(v.toString());
            // Key Vault: at least 28 days.
            const QDateTime epoch = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
            if (!v.isString() || !d || d->addTo(epoch) < epoch.addDays(28))
                return policyInvalid(file, QStringLiteral("attributes.expiryTime"), v.toString());
        }
    }
    auto policy = keystore::RotationPolicy::fromKeyVaultJson(root);
    if (!policy) // the checks above leave nothing for it to refuse; kept as the one reader of the shape
        return policyInvalid(file, QStringLiteral("lifetimeActions"));
    return policy;
}

} // namespace keyward::services
