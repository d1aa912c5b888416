// Reason: which rule refused an action, so that each front end can say it in the user's language.
#pragma once

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

    // Assignments
    FeatureNotCustomerKeyed, // feature
    FollowLatestDisksOnly,   // feature
    FeatureKeyStillActive,   // feature, workspace, generation, KEK id

    // Key stores
    StoreNameInvalid,    // name
    StoreExists,         // name
    StoreNotFound,       // name
    StoreInUse,          // store, workspaces (comma-separated)
    KeyNotFound,         // store, key
    KeyVersionNotFound,  // store, key, version
    RetentionOutOfRange, // days

    // Escrow and findings
    EscrowRecipientInvalid, // file
    FeatureKeyNotFound,     // workspace, feature, fk id (may be empty)
    OutputNotWritten,       // file, reason
    InputNotRead,           // file, reason

    // Demo
    DemoWorkspaceForeign, // workspace
};

} // namespace keyward
