// Reason: stable names of the reasons, for JSON output and logs.
#include "util/Reason.h"

namespace keyward {

QString reasonName(Reason reason)
{
    switch (reason) {
    case Reason::None:
        return QStringLiteral("none");
    case Reason::WorkspaceNameInvalid:
        return QStringLiteral("workspace-name-invalid");
    case Reason::WorkspaceExists:
        return QStringLiteral("workspace-exists");
    case Reason::WorkspaceNotFound:
        return QStringLiteral("workspace-not-found");
    case Reason::StorageInUse:
        return QStringLiteral("storage-in-use");
    case Reason::StorageNotAFolder:
        return QStringLiteral("storage-not-a-folder");
    case Reason::StorageNotCreated:
        return QStringLiteral("storage-not-created");
    case Reason::StandardPlanHasKeys:
        return QStringLiteral("standard-plan-has-keys");
    case Reason::DoubleEncryptionFixed:
        return QStringLiteral("double-encryption-fixed");
    case Reason::DisksPinnedNotFollowing:
        return QStringLiteral("disks-pinned-not-following");
    case Reason::DisksFollowingNotPinned:
        return QStringLiteral("disks-following-not-pinned");
    case Reason::WorkspaceBusy:
        return QStringLiteral("workspace-busy");
    case Reason::PlanNotPremium:
        return QStringLiteral("plan-not-premium");
    case Reason::StoreSoftDeleteOff:
        return QStringLiteral("store-soft-delete-off");
    case Reason::StorePurgeProtectionOff:
        return QStringLiteral("store-purge-protection-off");
    case Reason::KeyVersionDisabled:
        return QStringLiteral("key-version-disabled");
    case Reason::KeyVersionExpired:
        return QStringLiteral("key-version-expired");
    case Reason::KeyVersionNotYetValid:
        return QStringLiteral("key-version-not-yet-valid");
    case Reason::KeyVersionExpiresSoon:
        return QStringLiteral("key-version-expires-soon");
    case Reason::KeyOperationMissing:
        return QStringLiteral("key-operation-missing");
    case Reason::KeyTypeUnsupported:
        return QStringLiteral("key-type-unsupported");
    case Reason::KeyWrapRoundTripFailed:
        return QStringLiteral("key-wrap-round-trip-failed");
    case Reason::FeatureNotCustomerKeyed:
        return QStringLiteral("feature-not-customer-keyed");
    case Reason::FollowLatestDisksOnly:
        return QStringLiteral("follow-latest-disks-only");
    case Reason::FeatureKeyStillActive:
        return QStringLiteral("feature-key-still-active");
    case Reason::FeatureHasNoKey:
        return QStringLiteral("feature-has-no-key");
    case Reason::StoreNameInvalid:
        return QStringLiteral("store-name-invalid");
    case Reason::StoreExists:
        return QStringLiteral("store-exists");
    case Reason::StoreNotFound:
        return QStringLiteral("store-not-found");
    case Reason::StoreInUse:
        return QStringLiteral("store-in-use");
    case Reason::StoreLocked:
        return QStringLiteral("store-locked");
    case Reason::KeyNotFound:
        return QStringLiteral("key-not-found");
    case Reason::KeyVersionNotFound:
        return QStringLiteral("key-version-not-found");
    case Reason::RetentionOutOfRange:
        return QStringLiteral("retention-out-of-range");
    case Reason::KeyNameInvalid:
        return QStringLiteral("key-name-invalid");
    case Reason::KeySizeInvalid:
        return QStringLiteral("key-size-invalid");
    case Reason::KeyTypeNotOffered:
        return QStringLiteral("key-type-not-offered");
    case Reason::KeyExpiryPassed:
        return QStringLiteral("key-expiry-passed");
    case Reason::KeyExpiryNotAfterNotBefore:
        return QStringLiteral("key-expiry-not-after-not-before");
    case Reason::KeyExists:
        return QStringLiteral("key-exists");
    case Reason::KeyNameHeldByDeleted:
        return QStringLiteral("key-name-held-by-deleted");
    case Reason::KeyPolicyNotSet:
        return QStringLiteral("key-policy-not-set");
    case Reason::RotationPresetUnknown:
        return QStringLiteral("rotation-preset-unknown");
    case Reason::EscrowRecipientInvalid:
        return QStringLiteral("escrow-recipient-invalid");
    case Reason::FeatureKeyNotFound:
        return QStringLiteral("feature-key-not-found");
    case Reason::OutputNotWritten:
        return QStringLiteral("output-not-written");
    case Reason::InputNotRead:
        return QStringLiteral("input-not-read");
    case Reason::NoFonts:
        return QStringLiteral("no-fonts");
    case Reason::DemoWorkspaceForeign:
        return QStringLiteral("demo-workspace-foreign");
    case Reason::SigningVaultNone:
        return QStringLiteral("signing-vault-none");
    case Reason::SigningVaultAmbiguous:
        return QStringLiteral("signing-vault-ambiguous");
    case Reason::SigningVaultNotLocal:
        return QStringLiteral("signing-vault-not-local");
    }
    return QStringLiteral("unknown");
}

} // namespace keyward
