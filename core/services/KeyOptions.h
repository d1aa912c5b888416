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

// A rotation-policy file is small; more than this is refused unread.
constexpr qsizetype MaxPolicyJsonBytes = 64 * 1024;

// A rotation policy a person wrote, in Key Vault's shape, checked whole before anything is written (`file` names it
// in errors). The document is one UTF-8 JSON object, without a byte-order mark, holding `lifetimeActions` (an
// array, possibly empty: no automatic rotation) of at most one Rotate and one Notify action, each {trigger: exactly
// one of timeAfterCreate or timeBeforeExpiry, an ISO 8601 duration (P90D, P1Y), action: {type: Rotate|Notify}}
// (Notify only before expiry), and optionally `attributes` {expiryTime: a duration of 28 days or more; created,
// updated: numbers} and `id` (a string), as Key Vault's GET returns them. Any other field is refused: a misspelt
// field would otherwise be dropped in silence. InvalidArgument with PolicyJsonMalformed (not a JSON object) or
// PolicyJsonInvalid (the field at fault, as a path like lifetimeActions[0].trigger).
Result<keystore::RotationPolicy> parseRotationPolicyJson(const QByteArray &bytes, const QString &file);

} // namespace keyward::services
