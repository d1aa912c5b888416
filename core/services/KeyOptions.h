// KeyOptions: the choices a new key offers, as data both front ends show: the kinds and sizes of key a store
// can hold as a key-encryption key, and the rotation-policy presets.
#pragma once

#include "keystore/KeyStore.h"

#include <QList>
#include <QString>

#include <optional>

namespace keyward::services {

// A kind and size of key-encryption key.
struct KeyType
{
    keystore::KeyKind kind = keystore::KeyKind::Rsa;
    int bits = 3072;

    QString name() const; // "RSA-3072": the stable form key-type messages and the CLI use
    bool operator==(const KeyType &) const = default;
};

// The kinds and sizes a store of this kind can hold as key-encryption keys, the recommended one first. A local
// vault: RSA 3072, 2048 and 4096, and AES-256. A PKCS#11 token: the same as far as its mechanisms allow (the
// store narrows this list: KeyService::keyTypes). Azure Key Vault: RSA only, and AES-256 as well when the store
// is HSM-backed (Managed HSM).
QList<KeyType> supportedKeyTypes(const keystore::StoreProperties &properties);

enum class RotationPresetId
{
    None,
    Every90Days,
    Every180Days,
    Yearly,
    Every2Years, // NIST SP 800-57 Part 1: a symmetric key-wrapping key's originator-usage period is up to 2 years
};

// A rotation policy to choose rather than to write: a new version `rotateAfterCreate` after each one is made, and
// each version expiring `expiryTime` after it is made. The expiry is at least twice the rotation period, so that one
// missed rotation leaves a whole period to notice before anything stops working. None rotates by hand: no policy.
struct RotationPreset
{
    RotationPresetId id = RotationPresetId::None;
    std::optional<keystore::IsoDuration> rotateAfterCreate;
    std::optional<keystore::IsoDuration> expiryTime;

    QString name() const; // stable, for the command line and settings: "none", "90-days", ..., "2-years"
    std::optional<keystore::RotationPolicy> policy() const; // empty for None
};

// Every preset, in the order to offer them (None first).
QList<RotationPreset> rotationPresets();
RotationPreset rotationPreset(RotationPresetId id);
// The preset the console proposes for a new key.
constexpr RotationPresetId DefaultRotationPreset = RotationPresetId::Yearly;
// By stable name; InvalidArgument with reason RotationPresetUnknown for any other.
Result<RotationPreset> parseRotationPreset(const QString &name);

} // namespace keyward::services
