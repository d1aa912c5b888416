// DemoSteps: what the demo flow reports as it goes, for each front end to word (services::Messages).
#pragma once

namespace keyward::services {

// The arguments of each step are listed beside it, in order.
enum class DemoStep
{
    DataDirectory,    // folder
    VaultCreated,     // vault, "keychain" or "passphrase"
    VaultUsed,        // vault
    KeyCreated,       // key id, type (e.g. AES-256)
    WorkspaceCreated, // workspace, objects, MiB, data types, folder
    WorkspaceUsed,    // workspace, folder
    KeyAssigned,      // vault, key, feature, "follows" or "pinned"
    Encrypt,          // (none): the job starts
    Verify,
    Rotate,
    VerifyAgain,
    HistoryIntact, // entries
    HistoryBroken, // problem
    Done,          // workspace
    DoneWithProblems,
};

} // namespace keyward::services
