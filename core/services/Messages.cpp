// Messages: error and check wording for every front end.
#include "services/Messages.h"

#include "compliance/ReportSigner.h"

namespace keyward::services {

namespace {

QString arg(const Error &e, int i)
{
    return e.args.value(i);
}

} // namespace

QString Messages::describe(const Error &e)
{
    const auto a = [&](int i) { return arg(e, i); };
    switch (e.reason) {
    case Reason::None:
        return e.detail;
    case Reason::WorkspaceNameInvalid:
        return tr("'%1' is not a valid workspace name: names are 3-64 letters, digits, dashes or underscores")
            .arg(a(0));
    case Reason::WorkspaceExists:
        return tr("a workspace named '%1' exists already").arg(a(0));
    case Reason::WorkspaceNotFound:
        return tr("no workspace named '%1'").arg(a(0));
    case Reason::StorageInUse:
        return tr("workspace '%1' keeps its objects in %2 already").arg(a(0), a(1));
    case Reason::StorageNotAFolder:
        return tr("%1 exists and is not a folder").arg(a(0));
    case Reason::StorageNotCreated:
        return tr("cannot create the folder %1").arg(a(0));
    case Reason::StandardPlanHasKeys:
        return tr("workspace '%1' has customer-managed keys assigned (%2) and the Standard plan has none")
            .arg(a(0), a(1));
    case Reason::DoubleEncryptionFixed:
        return tr("double encryption of the DBFS root is chosen when a workspace is created and, as on Azure, "
                  "cannot be changed afterwards");
    case Reason::DisksPinnedNotFollowing:
        return tr("the managed disks of '%1' are pinned to version %2 of %3/%4").arg(a(0), a(1), a(2), a(3));
    case Reason::DisksFollowingNotPinned:
        return tr("the managed disks of '%1' follow the newest version of %2/%3").arg(a(0), a(1), a(2));
    case Reason::WorkspaceBusy:
        return tr("another job is running on workspace '%1'").arg(a(0));
    case Reason::PlanNotPremium:
        return tr("workspace '%1' is on the Standard plan; customer-managed keys need Premium").arg(a(0));
    case Reason::StoreSoftDeleteOff:
        return tr("store '%1' has soft delete off").arg(a(0));
    case Reason::StorePurgeProtectionOff:
        return tr("store '%1' has purge protection off").arg(a(0));
    case Reason::KeyVersionDisabled:
        return tr("version %3 of key '%2' in store '%1' is disabled").arg(a(0), a(1), a(2));
    case Reason::KeyVersionExpired:
        return tr("version %3 of key '%2' in store '%1' expired on %4").arg(a(0), a(1), a(2), a(3));
    case Reason::KeyVersionNotYetValid:
        return tr("version %3 of key '%2' in store '%1' is not valid before %4").arg(a(0), a(1), a(2), a(3));
    case Reason::KeyVersionExpiresSoon:
        return tr("version %3 of key '%2' in store '%1' expires on %4, in %5 days").arg(a(0), a(1), a(2), a(3), a(4));
    case Reason::KeyOperationMissing:
        return tr("version %3 of key '%2' in store '%1' does not permit %4 (it permits: %5)")
            .arg(a(0), a(1), a(2), a(3), a(4).isEmpty() ? tr("nothing") : a(4));
    case Reason::KeyTypeUnsupported:
        return tr("version %3 of key '%2' in store '%1' is %4").arg(a(0), a(1), a(2), a(3));
    case Reason::KeyWrapRoundTripFailed:
        return tr("version %3 of key '%2' in store '%1' did not unwrap what it wrapped").arg(a(0), a(1), a(2));
    case Reason::FeatureNotCustomerKeyed:
        return tr("%1 takes no customer-managed key: use managed-services, dbfs-root or managed-disks").arg(a(0));
    case Reason::FollowLatestDisksOnly:
        return tr("only managed disks can follow a key's newest version: managed services and the DBFS root are "
                  "pinned to one key version, which a rotation moves on");
    case Reason::FeatureKeyStillActive:
        return tr("%1 of workspace '%2' has an active feature key (generation %3, wrapped under %4): objects are "
                  "encrypted under it, so its key stays assigned")
            .arg(a(0), a(1), a(2), a(3));
    case Reason::FeatureHasNoKey:
        return tr("%1 of workspace '%2' has no customer-managed key").arg(a(0), a(1));
    case Reason::StoreNameInvalid:
        return tr("'%1' is not a valid store name: names are 1-127 letters, digits or dashes").arg(a(0));
    case Reason::StoreExists:
        return tr("a key store named '%1' exists already").arg(a(0));
    case Reason::StoreNotFound:
        return tr("no key store named '%1'").arg(a(0));
    case Reason::StoreInUse:
        return tr("key store '%1' holds keys that workspaces depend on (%2)").arg(a(0), a(1));
    case Reason::StoreLocked:
        return tr("key store '%1' is locked").arg(a(0));
    case Reason::KeyNotFound:
        return tr("store '%1' has no key named '%2'").arg(a(0), a(1));
    case Reason::KeyVersionNotFound:
        return tr("key '%2' in store '%1' has no version %3").arg(a(0), a(1), a(2));
    case Reason::RetentionOutOfRange:
        return tr("%1 days is not a retention period: deleted keys are kept 7 to 90 days").arg(a(0));
    case Reason::KeyNameInvalid:
        return tr("'%1' is not a valid key name: names are 1-127 letters, digits or dashes").arg(a(0));
    case Reason::KeySizeInvalid:
        return tr("%1 keys of %2 bits are not made: RSA keys are 2048, 3072 or 4096 bits, AES keys 256 bits")
            .arg(a(0), a(1));
    case Reason::KeyTypeNotOffered:
        return tr("store '%1' cannot hold %2 keys").arg(a(0), a(1));
    case Reason::KeyExpiryPassed:
        return tr("the expiry date %1 has passed").arg(a(0));
    case Reason::KeyExpiryNotAfterNotBefore:
        return tr("the key would expire (%2) before it becomes valid (%1)").arg(a(0), a(1));
    case Reason::KeyExists:
        return tr("store '%1' has a key named '%2' already").arg(a(0), a(1));
    case Reason::KeyNameHeldByDeleted:
        return tr("store '%1' keeps a deleted key named '%2' until %3").arg(a(0), a(1), a(2));
    case Reason::KeyPolicyNotSet:
        return tr("key '%2' was made in store '%1' (version %3), but its rotation policy was not set: %4")
            .arg(a(0), a(1), a(2), a(3));
    case Reason::RotationPresetUnknown:
        return tr("'%1' is not a rotation preset: use none, 90-days, 180-days, yearly or 2-years").arg(a(0));
    case Reason::EscrowRecipientInvalid:
        return tr("%1 is not an RSA public key in PEM form (2048 bits or more)").arg(a(0));
    case Reason::FeatureKeyNotFound:
        return tr("workspace '%1' has no such feature key for %2").arg(a(0), a(1));
    case Reason::OutputNotWritten:
        return tr("cannot write %1: %2").arg(a(0), a(1));
    case Reason::InputNotRead:
        return tr("cannot read %1: %2").arg(a(0), a(1));
    case Reason::NoFonts:
        return tr("no font is installed, so the PDF would have no text");
    case Reason::ComplianceSettingInvalid:
        return tr("%1: '%3' is not a value for %2 (it takes %4)").arg(a(0), a(1), a(2), a(3));
    case Reason::ComplianceSettingUnknown:
        return tr("%1: the [compliance] group has no setting named '%2'").arg(a(0), a(1));
    case Reason::DemoWorkspaceForeign:
        return tr("workspace '%1' exists and was not made by the demo").arg(a(0));
    case Reason::SigningVaultNone:
        return tr("there is no local vault to keep the report-signing key in");
    case Reason::SigningVaultAmbiguous:
        return tr("there are several local vaults (%1) and none was named for the report-signing key").arg(a(0));
    case Reason::SigningVaultNotLocal:
        return tr("store '%1' is not a local vault; the report-signing key is kept in a local vault").arg(a(0));
    case Reason::ExportNothingAssigned:
        return tr("workspace '%1' has no customer-managed key assigned, so it has no key configuration to export")
            .arg(a(0));
    case Reason::ExportKeyNotRsa:
        return tr("%2 of workspace '%1' uses key '%4' of store '%3', an %5 key: Azure Databricks takes only RSA keys "
                  "from Key Vault or Managed HSM as customer-managed keys")
            .arg(a(0), a(1), a(2), a(3), a(4));
    case Reason::VaultOfAnotherStore:
        return tr("the vault file of store '%1' (%2) holds the vault of store '%3': the files were swapped, linked or "
                  "the store's vault path was changed; nothing was read from or written to it")
            .arg(a(0), a(1), a(2));
    case Reason::VaultUnknown:
        return tr("the vault file of store '%1' (%2) holds a vault that is not this store's; nothing was read from or "
                  "written to it")
            .arg(a(0), a(1));
    case Reason::VaultRolledBack:
        return tr("%2 is an older copy of vault '%1': it says %3, Keyward last wrote %4; it was left as it is and "
                  "not used")
            .arg(a(0), a(1), a(2), a(3));
    case Reason::NoKeywardData:
        return tr("no Keyward data here: %1").arg(a(0));
    case Reason::CatalogMissing:
        return tr("the catalog %1 is missing, yet %2 holds key stores that were used with it; Keyward did not start "
                  "a new one")
            .arg(a(0), a(1));
    case Reason::CatalogEmpty:
        return tr("%1 is empty or is not a Keyward catalog; it was left as it is").arg(a(0));
    case Reason::CatalogForeign:
        return tr("%1 is another catalog (id %2) than the one the store registry names (id %3); it was left as it is")
            .arg(a(0), a(1), a(2));
    case Reason::HistoryTruncated:
        return tr("the rotation history was truncated: it has %1 entries, but had %2 when Keyward last wrote it")
            .arg(a(0), a(1));
    case Reason::HistoryRewritten:
        return tr("the rotation history was rewritten: entry %1 is not the one Keyward last wrote").arg(a(0));
    case Reason::StorageOverlapsWorkspace:
        return tr("%1 and the folder of workspace '%2' (%3) overlap: one lies inside the other").arg(a(0), a(1), a(2));
    case Reason::StorageOverlapsDataDir:
        return tr("%1 overlaps the Keyward data directory %2").arg(a(0), a(1));
    case Reason::StorageSystemFolder:
        return tr("%1 is or overlaps the system folder %2").arg(a(0), a(1));
    case Reason::StorageMoved:
        return tr("the folder of workspace '%1' (%2) now leads to %3: a link was put in its path")
            .arg(a(0), a(1), a(2));
    case Reason::AzureAuthFailed:
        return tr("%1 could not sign in at %2 (%3): check the tenant, the client id and the client secret")
            .arg(a(0), a(1), a(2));
    case Reason::AzureAccessDenied:
        return tr("store '%1' refuses to %2 key '%3': the identity Keyward signs in with lacks that permission")
            .arg(a(0), a(1), a(2));
    case Reason::StoreThrottled:
        return tr("%1 is throttling requests and asked to wait %2 s; nothing was lost").arg(a(0), a(1));
    case Reason::AzureRequestFailed:
        return tr("%1 answered HTTP %2 (%3)").arg(a(0), a(1), a(2));
    case Reason::ChallengeAuthorityMismatch:
        return tr("store '%1' asked for a token from %3, not from the configured authority %2; none was sent")
            .arg(a(0), a(1), a(2));
    case Reason::ObjectChanged:
        return tr("%2 in %1 changed while Keyward worked on it; it was left as the other writer made it")
            .arg(a(0), a(1));
    case Reason::BlobCredentialMissing:
        return tr("the OS keychain holds no account key or SAS token for %1").arg(a(0));
    case Reason::ConnectionStringInvalid:
        return tr("the connection string is not valid: %1").arg(a(0));
    case Reason::AzureSettingInvalid: {
        const QString setting = a(0);
        QString takes;
        if (setting == QLatin1String("vault-url") || setting == QLatin1String("authority"))
            takes = tr("an https URL with a host and nothing after the path");
        else if (setting == QLatin1String("api-version"))
            takes = tr("a date like 2025-07-01 or a number like 7.6");
        else if (setting == QLatin1String("scope"))
            takes = tr("one scope, without spaces");
        else
            takes = tr("an id of letters, digits, dots and dashes");
        return tr("'%2' is not a valid %1 (it takes %3)").arg(setting, a(1), takes);
    }
    case Reason::KeyVersionNotPinned:
        return tr("%2 of workspace '%1' must use a pinned version of key '%4' in store '%3'")
            .arg(a(0), a(1), a(2), a(3));
    case Reason::RecoveryLevelUnknown:
        return tr("store '%1' holds no key yet, so its purge protection cannot be read").arg(a(0));
    case Reason::DiskFull:
        return tr("no space left on the device that holds %1").arg(a(0));
    case Reason::ObjectStoreGone:
        return tr("the folder %1 went away while Keyward worked in it (unmounted, moved or removed)").arg(a(0));
    case Reason::KeyStoreGone:
        return tr("key store '%1' cannot be reached: its vault file, token or key vault went away or stopped "
                  "answering")
            .arg(a(0));
    case Reason::SecretNeeded:
        return tr("store '%1' needs a passphrase or PIN, and there is no terminal to ask for it on").arg(a(0));
    case Reason::KeychainLocked:
        return a(0).isEmpty() ? tr("the OS keychain is locked")
                              : tr("the OS keychain is locked, so store '%1' cannot be unlocked").arg(a(0));
    case Reason::FeatureKeyIdInvalid:
        return tr("'%1' is not a feature key id: an id is 32 hexadecimal digits").arg(a(0));
    case Reason::OutputIsSymlink:
        return tr("%1 is a symbolic link; Keyward does not write through links").arg(a(0));
    case Reason::OutputFolderUnsafe:
        return tr("cannot write %1: the folder %2 belongs to another user, or others can write to it").arg(a(0), a(1));
    case Reason::OutputOwnedByOther:
        return tr("cannot write %1: a file of another user is there, in a folder others share").arg(a(0));
    case Reason::OutputNotAFile:
        return tr("cannot write %1: it is a folder, device, pipe or socket, not a file").arg(a(0));
    case Reason::EscrowKeyInvalid:
        return tr("%1 is not an RSA private key in PEM form").arg(a(0));
    case Reason::InputNotANumber:
        return tr("%1: '%2' is not a whole number").arg(a(0), a(1));
    case Reason::InputOutOfRange:
        return tr("%1: %2 is out of range (it takes %3 to %4)").arg(a(0), a(1), a(2), a(3));
    case Reason::InputNotADuration:
        return tr("%1: '%2' is not a duration").arg(a(0), a(1));
    case Reason::InputNotADate:
        return tr("%1: '%2' is not a date").arg(a(0), a(1));
    case Reason::InputDateInPast:
        return tr("%1: %2 is in the past").arg(a(0), a(1));
    case Reason::InputNotABoolean:
        return tr("%1: '%2' is neither on nor off").arg(a(0), a(1));
    case Reason::OptionRepeated:
        return tr("%1 is given more than once").arg(a(0));
    case Reason::OptionKeyRepeated:
        return tr("%1 names %2 more than once").arg(a(0), a(1));
    case Reason::ArgumentUnexpected:
        return tr("unexpected argument '%1'").arg(a(0));
    case Reason::PassphraseTooShort:
        return tr("the passphrase is too short: it takes at least %1 bytes").arg(a(0));
    case Reason::PolicyJsonMalformed:
        return tr("%1 is not a JSON object (%2)").arg(a(0), a(1));
    case Reason::PolicyJsonInvalid:
        return a(2).isEmpty() ? tr("%1: %2 is missing or not valid in a Key Vault rotation policy").arg(a(0), a(1))
                              : tr("%1: %2 ('%3') is not valid in a Key Vault rotation policy").arg(a(0), a(1), a(2));
    case Reason::StoreSettingFixed:
        return tr("the token of store '%1' keeps %2 %3, set when Keyward first used it").arg(a(0), a(1), a(2));
    }
    return e.detail;
}

QString Messages::remedy(const Error &e)
{
    const auto a = [&](int i) { return arg(e, i); };
    switch (e.reason) {
    case Reason::StandardPlanHasKeys:
        return tr("clear the keys of workspace '%1' first").arg(a(0));
    case Reason::DoubleEncryptionFixed:
        return tr("create a new workspace with double encryption instead");
    case Reason::DisksPinnedNotFollowing:
        return tr("assign the key again, following its newest version");
    case Reason::DisksFollowingNotPinned:
        return tr("assign the key again, pinned to one version");
    case Reason::WorkspaceBusy:
        return tr("try again when it has finished");
    case Reason::PlanNotPremium:
        return tr("change the workspace's plan to Premium");
    case Reason::StoreSoftDeleteOff:
    case Reason::StorePurgeProtectionOff:
        return tr("the store of a customer-managed key must have soft delete and purge protection on, so that the "
                  "key cannot be destroyed while data depends on it");
    case Reason::KeyVersionDisabled:
        return tr("enable it, or choose another version");
    case Reason::KeyVersionExpired:
        return tr("rotate the key, or choose another version");
    case Reason::KeyVersionNotYetValid:
        return tr("wait until then, or choose another version");
    case Reason::KeyVersionExpiresSoon:
        return tr("rotate the key or extend its expiry before then");
    case Reason::KeyOperationMissing:
        return tr("a customer-managed key must permit wrapKey and unwrapKey");
    case Reason::KeyTypeUnsupported:
        return tr("a customer-managed key is RSA 2048, 3072 or 4096, or AES-256");
    case Reason::KeyWrapRoundTripFailed:
        return tr("check the key store; do not use this version");
    case Reason::FeatureKeyNotFound:
        return tr("run encrypt first, or check the feature key id");
    case Reason::StoreInUse:
        return tr("assign other keys to those workspaces first");
    case Reason::FeatureHasNoKey:
        return tr("assign a key to it first");
    case Reason::StoreLocked:
        return tr("unlock it with its passphrase or PIN");
    case Reason::KeyTypeNotOffered:
        return tr("choose one of the key types the store offers");
    case Reason::KeyExpiryPassed:
        return tr("choose a date still to come, or no expiry date");
    case Reason::KeyExpiryNotAfterNotBefore:
        return tr("choose an expiry date after the not-before date");
    case Reason::KeyExists:
        return tr("choose another name, or assign the existing key");
    case Reason::KeyNameHeldByDeleted:
        return tr("choose another name, or recover the deleted key");
    case Reason::KeyPolicyNotSet:
        return tr("the key is usable; set its rotation policy again (keywardctl key policy set)");
    case Reason::NoFonts:
        return tr("install a font package (Debian: fonts-dejavu-core) and generate the report again");
    case Reason::SigningVaultNone:
        return tr("add a local vault first");
    case Reason::SigningVaultAmbiguous:
    case Reason::SigningVaultNotLocal:
        return tr("name the local vault that keeps it");
    case Reason::ComplianceSettingInvalid:
        return tr("correct the value, or remove the line to use the default");
    case Reason::ComplianceSettingUnknown:
        return tr("the settings are %1").arg(a(2));
    case Reason::ExportNothingAssigned:
        return tr("assign a key to at least one feature first");
    case Reason::ExportKeyNotRsa:
        return tr("assign an RSA key (2048, 3072 or 4096 bits) to that feature first");
    case Reason::VaultOfAnotherStore:
    case Reason::VaultUnknown:
        return tr("put the store's own vault file back at its path (or the path back in stores.json)");
    case Reason::VaultRolledBack:
        return tr("restore the newest copy of the vault file from your backup");
    case Reason::NoKeywardData:
        return tr("check --data-dir (or KEYWARD_DATA_DIR)");
    case Reason::CatalogMissing:
    case Reason::CatalogEmpty:
    case Reason::CatalogForeign:
        return tr("restore this data directory's catalog.sqlite from your backup");
    case Reason::StorageOverlapsWorkspace:
    case Reason::StorageOverlapsDataDir:
    case Reason::StorageSystemFolder:
        return tr("give each workspace a folder of its own, apart from the others, the data directory and the "
                  "system's folders");
    case Reason::StorageMoved:
        return tr("remove the link and put the workspace's folder back where it was; no job reads the workspace "
                  "until then");
    case Reason::AzureAuthFailed:
        return tr("check the tenant, the client id and the client secret Keyward keeps for the store");
    case Reason::AzureAccessDenied:
        return tr("grant the identity the key permissions (Key Vault Crypto Service Encryption User, or wrapKey and "
                  "unwrapKey in an access policy)");
    case Reason::StoreThrottled:
    case Reason::AzureRequestFailed:
        return tr("run the job again later; it resumes where it stopped");
    case Reason::ObjectChanged:
        return tr("run the job again to pick up the new version");
    case Reason::BlobCredentialMissing:
        return tr("give Keyward the storage account's key or SAS token again");
    case Reason::KeyVersionNotPinned:
        return tr("assign a specific key version, as Azure requires for this feature");
    case Reason::DiskFull:
        return tr("free space on that device, then run the command again; nothing was lost, and a job resumes where "
                  "it stopped");
    case Reason::ObjectStoreGone:
        return tr("bring the folder back (mount it again, or move it back), then run the job again; it resumes where "
                  "it stopped");
    case Reason::KeyStoreGone:
        return tr("bring the store back (put the vault file back, insert the token, or restore the connection to the "
                  "key vault), then run the command again; a job resumes where it stopped");
    case Reason::SecretNeeded:
        return tr("give it in a file with %1").arg(a(1));
    case Reason::KeychainLocked:
        return tr("unlock the keychain (log in to the desktop session, or unlock it in the keyring manager) and try "
                  "again");
    case Reason::FeatureKeyIdInvalid:
        return tr("use an fk_id from the workspace's feature keys");
    case Reason::OutputIsSymlink:
    case Reason::OutputFolderUnsafe:
    case Reason::OutputOwnedByOther:
        return tr("write it to a folder of your own");
    case Reason::InputNotADuration:
        if (a(2) == QLatin1String("iso8601")) // a Key Vault policy's durations
            return tr("write an ISO 8601 duration as Key Vault takes it, such as P90D, P3M or P1Y");
        return tr("write a whole number in the option's unit, a number with a unit (30m, 48h, 2d) or an ISO 8601 "
                  "duration (PT48H, P2D)");
    case Reason::InputNotADate:
        return tr("write an ISO 8601 date such as 2027-06-30 or 2027-06-30T12:00:00Z, each field within its range");
    case Reason::InputNotABoolean:
        return tr("write on, off, true, false, yes or no");
    case Reason::OptionRepeated:
        return tr("give it once");
    case Reason::OptionKeyRepeated:
        return tr("name each one once");
    case Reason::ArgumentUnexpected:
        return tr("see the command's --help");
    case Reason::StoreSettingFixed:
        return tr("leave the option out: a token's purge protection and retention are set once and never weakened");
    case Reason::PolicyJsonMalformed:
    case Reason::PolicyJsonInvalid:
        return tr("a policy has lifetimeActions (at most one Rotate and one Notify, each with one trigger, "
                  "timeAfterCreate or timeBeforeExpiry, an ISO 8601 duration such as P90D) and may have "
                  "attributes.expiryTime (P28D or longer); nothing was changed");
    default:
        return {};
    }
}

QString Messages::full(const Error &e)
{
    const QString what = describe(e);
    const QString todo = remedy(e);
    return todo.isEmpty() ? what : tr("%1; %2").arg(what, todo);
}

QString Messages::kind(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Format:
        return tr("format error");
    case ErrorCode::Key:
        return tr("key error");
    case ErrorCode::Auth:
        return tr("authentication failed");
    case ErrorCode::KeyDisabled:
        return tr("key disabled");
    case ErrorCode::KeyExpired:
        return tr("key expired");
    case ErrorCode::KeyNotYetValid:
        return tr("key not yet valid");
    case ErrorCode::KeyDeleted:
        return tr("key deleted");
    case ErrorCode::NotFound:
        return tr("not found");
    case ErrorCode::Forbidden:
    case ErrorCode::Conflict:
        return tr("refused");
    case ErrorCode::WrongPassphrase:
        return tr("wrong passphrase or PIN");
    case ErrorCode::Locked:
        return tr("locked");
    case ErrorCode::Unavailable:
        return tr("unavailable");
    case ErrorCode::Unsupported:
        return tr("not supported");
    case ErrorCode::Cancelled:
        return tr("cancelled");
    default:
        return tr("error");
    }
}

QString Messages::checkTitle(CheckId id)
{
    switch (id) {
    case CheckId::PlanPremium:
        return tr("Workspace on the Premium plan");
    case CheckId::StoreReachable:
        return tr("Key store reachable and unlocked");
    case CheckId::StoreSoftDelete:
        return tr("Soft delete on in the key store");
    case CheckId::StorePurgeProtection:
        return tr("Purge protection on in the key store");
    case CheckId::KeyFound:
        return tr("Key found");
    case CheckId::KeyVersionPinned:
        return tr("Key version named, as Azure requires");
    case CheckId::KeyEnabled:
        return tr("Key version enabled");
    case CheckId::KeyInDate:
        return tr("Key version within its validity dates");
    case CheckId::KeyOperations:
        return tr("Key permits wrapKey and unwrapKey");
    case CheckId::KeyType:
        return tr("Key type RSA 2048-4096 or AES-256");
    case CheckId::WrapRoundTrip:
        return tr("Wrap and unwrap round trip through the store");
    }
    return {};
}

QString Messages::checkState(CheckState state)
{
    switch (state) {
    case CheckState::Pass:
        return tr("passed");
    case CheckState::Warn:
        return tr("warning");
    case CheckState::Fail:
        return tr("failed");
    case CheckState::NotRun:
        return tr("not checked");
    }
    return {};
}

QString Messages::jobSummary(const jobs::JobReport &r)
{
    if (r.error && r.state != catalog::JobState::Done)
        return full(*r.error);
    if (r.state != catalog::JobState::Done)
        return r.message;
    switch (r.kind) {
    case jobs::JobKind::Encrypt:
        return tr("%1 objects sealed, %2 already sealed or out of scope, %3 findings")
            .arg(r.processed)
            .arg(r.skipped)
            .arg(r.findings.size());
    case jobs::JobKind::Verify:
        return r.findings.isEmpty() ? tr("%1 objects verified, no findings").arg(r.processed)
                                    : tr("%1 objects verified, %2 findings").arg(r.processed).arg(r.findings.size());
    case jobs::JobKind::Rotate:
        if (r.rotate)
            return tr("%1 features rotated, %2 feature keys re-wrapped, no object touched")
                .arg(r.rotate->rotated.size())
                .arg(r.processed);
        return r.message;
    case jobs::JobKind::Retire:
    case jobs::JobKind::Rekey:
        return r.message;
    }
    return r.message;
}

QString Messages::demoStep(DemoStep step, const QStringList &args)
{
    const auto a = [&](int i) { return args.value(i); };
    switch (step) {
    case DemoStep::DataDirectory:
        return tr("data directory %1").arg(a(0));
    case DemoStep::VaultCreated:
        return tr("created local vault '%1' (master key in %2; soft delete and purge protection on)")
            .arg(a(0), a(1) == QLatin1String("keychain") ? tr("the OS keychain") : tr("a passphrase"));
    case DemoStep::VaultUsed:
        return tr("using local vault '%1'").arg(a(0));
    case DemoStep::KeyCreated:
        return tr("created key %1 (%2)").arg(a(0), a(1));
    case DemoStep::WorkspaceCreated:
        return tr("created workspace '%1' (Premium, double encryption of the DBFS root, disks follow the newest "
                  "key) with %2 objects, %3 MiB of sample data for %4 data types at %5")
            .arg(a(0), a(1), a(2), a(3), a(4));
    case DemoStep::WorkspaceUsed:
        return tr("using workspace '%1' at %2").arg(a(0), a(1));
    case DemoStep::KeyAssigned:
        return a(3) == QLatin1String("follows")
                   ? tr("assigned %1/%2 to %3 (follows the newest version)").arg(a(0), a(1), a(2))
                   : tr("assigned %1/%2 to %3").arg(a(0), a(1), a(2));
    case DemoStep::Encrypt:
        return tr("encrypt: sealing every object whose feature has a key");
    case DemoStep::Verify:
        return tr("verify: every object parsed, under its feature's key, every segment authenticated");
    case DemoStep::Rotate:
        return tr("rotate: new key versions, feature keys re-wrapped, no object touched");
    case DemoStep::VerifyAgain:
        return tr("verify again, under the new key versions");
    case DemoStep::HistoryIntact:
        return tr("rotation history intact: %1 entries").arg(a(0));
    case DemoStep::HistoryBroken:
        return tr("rotation history broken: %1").arg(a(0));
    case DemoStep::Done:
        return tr("done: workspace '%1' is encrypted under customer-managed keys").arg(a(0));
    case DemoStep::DoneWithProblems:
        return tr("finished with problems (see above)");
    }
    return {};
}

QString Messages::duration(const keystore::IsoDuration &period)
{
    // Whole words, singular and plural, rather than %n forms: English has no translation file to pick them.
    QStringList parts;
    if (period.years)
        parts << (period.years == 1 ? tr("1 year") : tr("%1 years").arg(period.years));
    if (period.months)
        parts << (period.months == 1 ? tr("1 month") : tr("%1 months").arg(period.months));
    if (period.days || parts.isEmpty())
        parts << (period.days == 1 ? tr("1 day") : tr("%1 days").arg(period.days));
    return parts.join(QStringLiteral(", "));
}

QString Messages::retireGate(jobs::FindingKind gate)
{
    switch (gate) {
    case jobs::FindingKind::FkUnderVersion:
        return tr("No feature key in any workspace is wrapped under the version");
    case jobs::FindingKind::AssignedVersion:
        return tr("No workspace is assigned the version");
    case jobs::FindingKind::NoRotation:
        return tr("A rotation has moved the key off the version");
    case jobs::FindingKind::NotVerified:
        return tr("Every workspace using the key verified all its objects, with no finding, since that rotation");
    case jobs::FindingKind::HoldPeriod:
        return tr("The hold period after the rotation is over");
    default:
        return jobs::findingKindName(gate);
    }
}

QString Messages::rotationPresetName(RotationPresetId id)
{
    switch (id) {
    case RotationPresetId::None:
        return tr("No automatic rotation");
    case RotationPresetId::Every90Days:
        return tr("Every 90 days");
    case RotationPresetId::Every180Days:
        return tr("Every 180 days");
    case RotationPresetId::Yearly:
        return tr("Yearly");
    case RotationPresetId::Every2Years:
        return tr("Every 2 years (NIST SP 800-57 key-wrapping key cryptoperiod)");
    }
    return {};
}

QString Messages::rotationPresetPeriod(const RotationPreset &preset)
{
    if (!preset.rotateAfterCreate)
        return tr("No rotation policy: rotate the key by hand; its versions expire only on a date you give.");
    if (!preset.expiryTime)
        return tr("A new version %1 after each one is made (%2).")
            .arg(duration(*preset.rotateAfterCreate), preset.rotateAfterCreate->toString());
    return tr("A new version %1 after each one is made (%2); each version expires %3 after it is made (%4).")
        .arg(duration(*preset.rotateAfterCreate), preset.rotateAfterCreate->toString(), duration(*preset.expiryTime),
             preset.expiryTime->toString());
}

QString Messages::keyType(const KeyType &type)
{
    return tr("%1, %2 bits").arg(keystore::keyKindName(type.kind)).arg(type.bits);
}

QString Messages::reportHistory(const compliance::ReportVerification &v)
{
    using compliance::AnchorState;
    switch (v.anchor) {
    case AnchorState::NotChecked:
        return tr("history not checked: the signature does not verify");
    case AnchorState::NoAnchor:
        return tr("history not checked: the report carries no rotation-history head");
    case AnchorState::Malformed:
        return tr("history not checked: the report's rotation-history head is not in the documented form");
    case AnchorState::Intact:
        if (v.headSeq == 0)
            return tr("history intact: the report was signed over an empty history, and the chain verifies");
        return tr("history intact: entry %1 still has the hash the report carries (%2), and the chain verifies")
            .arg(v.headSeq)
            .arg(QString::fromLatin1(v.headHash.toHex().left(16)));
    case AnchorState::ChainBroken:
        return tr("history broken: the rotation history's chain breaks at entry %1").arg(v.badSeq);
    case AnchorState::HeadMissing:
        return tr("history rewritten: entry %1, the head when the report was signed, is gone").arg(v.headSeq);
    case AnchorState::HeadDiffers:
        return tr("history rewritten: entry %1 has another hash than when the report was signed").arg(v.headSeq);
    case AnchorState::EntriesDiffer:
        return tr("history does not match: the report counts %1 entries up to entry %2").arg(v.entries).arg(v.headSeq);
    }
    return {};
}

} // namespace keyward::services
