// Reason: which rule refused an action, so that each front end can say it in the user's language.
#pragma once

#include <QString>

namespace keyward {

// The arguments each reason carries are listed beside it, in order. Add new reasons at the end of their group.
enum class Reason
{
    None,

    // Workspaces
    WorkspaceNameInvalid,    // name
    WorkspaceExists,         // name
    WorkspaceNotFound,       // name
    StorageInUse,            // other workspace, folder
    StorageNotAFolder,       // path
    StorageNotCreated,       // path
    StandardPlanHasKeys,     // workspace, features (comma-separated)
    DoubleEncryptionFixed,   // workspace
    DisksPinnedNotFollowing, // workspace, version, store, key
    DisksFollowingNotPinned, // workspace, store, key
    WorkspaceBusy,           // workspace

    // Assignments and their pre-flight checks
    PlanNotPremium,          // workspace
    StoreSoftDeleteOff,      // store
    StorePurgeProtectionOff, // store
    KeyVersionDisabled,      // store, key, version
    KeyVersionExpired,       // store, key, version, date
    KeyVersionNotYetValid,   // store, key, version, date
    KeyVersionExpiresSoon,   // store, key, version, date, days left
    KeyOperationMissing,     // store, key, version, operation, operations permitted (comma-separated)
    KeyTypeUnsupported,      // store, key, version, type (e.g. RSA-1024)
    KeyWrapRoundTripFailed,  // store, key, version
    FeatureNotCustomerKeyed, // feature
    FollowLatestDisksOnly,   // feature
    FeatureKeyStillActive,   // feature, workspace, generation, KEK id
    FeatureHasNoKey,         // feature, workspace

    // Key stores
    StoreNameInvalid,    // name
    StoreExists,         // name
    StoreNotFound,       // name
    StoreInUse,          // store, workspaces (comma-separated)
    StoreLocked,         // store: opening it needs a passphrase or PIN nobody was asked for
    KeyNotFound,         // store, key
    KeyVersionNotFound,  // store, key, version
    RetentionOutOfRange, // days

    // Keys: making one and its policy
    KeyNameInvalid,             // name
    KeySizeInvalid,             // type (RSA, AES), bits
    KeyTypeNotOffered,          // store, type (e.g. RSA-4096)
    KeyExpiryPassed,            // expiry date
    KeyExpiryNotAfterNotBefore, // not-before date, expiry date
    KeyExists,                  // store, key
    KeyNameHeldByDeleted,       // store, key, date it may be purged
    KeyPolicyNotSet,            // store, key, version, what went wrong
    RotationPresetUnknown,      // preset

    // Escrow and findings
    EscrowRecipientInvalid, // file
    FeatureKeyNotFound,     // workspace, feature, fk id (may be empty)
    OutputNotWritten,       // file, reason
    InputNotRead,           // file, reason

    // Reports
    NoFonts, // (none): no font is installed, so a PDF would carry no text
    // Compliance
    ComplianceSettingInvalid, // file, key, value, what the key takes
    ComplianceSettingUnknown, // file, key, the keys there are (comma-separated)

    // Demo
    DemoWorkspaceForeign, // workspace

    // Signed reports
    SigningVaultNone,      // (none): no local vault to keep the report-signing key
    SigningVaultAmbiguous, // local vaults (comma-separated)
    SigningVaultNotLocal,  // store

    // Configuration export (Terraform, ARM)
    ExportNothingAssigned, // workspace
    ExportKeyNotRsa,       // workspace, feature, store, key, type (e.g. AES-256)

    // Integrity: store and catalog identities
    VaultOfAnotherStore, // store, vault file, the store the file belongs to
    VaultUnknown,        // store, vault file: the file holds a vault no store in the registry names
    VaultRolledBack,     // vault, vault file, counter in the file, highest counter Keyward recorded
    NoKeywardData,       // data directory
    CatalogMissing,      // catalog file, data directory: stores or vaults exist but the catalog does not
    CatalogEmpty,        // catalog file: an empty file, or a database that is not a Keyward catalog
    CatalogForeign,      // catalog file, its id, the id the store registry names
    HistoryTruncated,    // entries now, entries when last anchored
    HistoryRewritten,    // anchored entry's seq

    // Integrity: workspace storage and jobs
    StorageOverlapsWorkspace, // folder, workspace, that workspace's folder: one contains the other
    StorageOverlapsDataDir,   // folder, data directory: it is, contains or lies inside the data directory
    StorageSystemFolder,      // folder, system folder: it is, contains or lies inside a folder of the system
    StorageMoved,             // workspace, folder recorded, folder it resolves to now (a link put in its path)

    // Azure: Key Vault, Managed HSM and Blob Storage
    AzureAuthFailed,            // store or account, authority or endpoint, error code from the service
    AzureAccessDenied,          // store, operation, key
    StoreThrottled,             // store or account, seconds the service asked to wait
    AzureRequestFailed,         // store or account, HTTP status, error code from the service
    ChallengeAuthorityMismatch, // store, configured authority, authority the service challenged with
    ObjectChanged,              // location, path: the object changed since it was read
    BlobCredentialMissing,      // account endpoint: no account key or SAS in the OS keychain
    ConnectionStringInvalid,    // what is wrong with it (never the string itself)
    AzureSettingInvalid,        // setting (vault-url, authority, tenant, client-id, api-version, scope), value given
    KeyVersionNotPinned,        // workspace, feature, store, key
    RecoveryLevelUnknown,       // store: the vault holds no key yet to read its recovery level from

    // Hardening: faults
    DiskFull,        // folder or file: the device holding it has no space left (or the quota is exhausted)
    ObjectStoreGone, // folder: a workspace's folder went away while Keyward worked in it (unmounted, moved, removed)
    KeyStoreGone,    // store: a key store went away or stopped answering (vault file, token, Key Vault)

    // Hardening: exits
    SecretNeeded,        // store or token, the option that gives the secret (--passphrase-file, --pin-file): no one
                         // to ask
    KeychainLocked,      // store (may be empty): the OS keychain holds the secret but is locked
    FeatureKeyIdInvalid, // text given: not 32 hexadecimal digits

    // Hardening: safe files
    OutputIsSymlink,    // file: a symbolic link stands at an output's place
    OutputFolderUnsafe, // file, folder: the folder belongs to another user, or others can write to it
    OutputOwnedByOther, // file: in a shared (sticky) folder, the file there belongs to another user
    OutputNotAFile,     // file: a folder, device, pipe or socket stands at an output's place
    EscrowKeyInvalid,   // file: not an RSA private key in PEM form (plain or passphrase-protected)

    // Hardening: input
    InputNotANumber,     // option, value typed
    InputOutOfRange,     // option, value typed, lowest allowed, highest allowed
    InputNotADuration,   // option, value typed [, "iso8601" where only ISO 8601 durations are taken]
    InputNotADate,       // option, value typed
    InputDateInPast,     // option, date (ISO 8601, UTC): a warning, not a refusal, where the caller says so
    InputNotABoolean,    // option, value typed
    OptionRepeated,      // option: given more than once and not repeatable
    OptionKeyRepeated,   // option, key: KEY=VALUE given twice for one KEY
    ArgumentUnexpected,  // argument: the command takes no such argument
    PassphraseTooShort,  // minimum bytes
    PolicyJsonMalformed, // file, what the JSON parser found: not JSON, not an object, a byte-order mark
    PolicyJsonInvalid,   // file, field (e.g. lifetimeActions[0].trigger), value found (may be empty)
    StoreSettingFixed,   // store, setting (retention-days, purge-protection), value the token keeps

    LastReason = StoreSettingFixed, // keep it the last one: tests walk every reason up to it
};

// A stable name for JSON and logs ("plan-not-premium").
QString reasonName(Reason reason);

} // namespace keyward
