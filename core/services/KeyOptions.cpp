// KeyOptions: the key types per store kind and the rotation-policy presets.
#include "services/KeyOptions.h"

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

} // namespace keyward::services
