// Preflight: the check list an assignment must pass before a key protects a feature, as Azure checks it:
// each check named, passed or failed (or a warning), with the reason and its facts when it is not passed.
// The checks are pure functions of the workspace, the store's properties, the key version and the time.
#pragma once

#include "keystore/KeyStore.h"
#include "model/Workspace.h"
#include "util/Error.h"

#include <QDateTime>
#include <QJsonArray>
#include <QList>

#include <optional>

namespace keyward::services {

enum class CheckId
{
    PlanPremium,          // customer-managed keys need the Premium plan
    StoreReachable,       // the key store opens (and unlocks)
    StoreSoftDelete,      // the store keeps deleted keys
    StorePurgeProtection, // and refuses to purge them early
    KeyFound,             // the key (and the version asked for) exists
    KeyVersionPinned,     // a version is named, as Azure needs (managed disks may follow the newest, if rotated so)
    KeyEnabled,           // the version is enabled
    KeyInDate,            // within its not-before and expiry dates (a warning when it expires soon)
    KeyOperations,        // it permits wrapKey and unwrapKey
    KeyType,              // RSA 2048, 3072 or 4096, or AES-256
    WrapRoundTrip,        // the store really wraps and unwraps with it
};
QString checkIdName(CheckId id); // stable: "plan-premium", ...
// Every check, in the order they run and are shown.
const QList<CheckId> &allCheckIds();

enum class CheckState
{
    Pass,
    Warn, // passed, but something needs attention soon
    Fail,
    NotRun, // not reached: an earlier check it depends on failed
};
QString checkStateName(CheckState state);

struct PreflightCheck
{
    CheckId id = CheckId::PlanPremium;
    CheckState state = CheckState::NotRun;
    Error problem; // when Warn or Fail: the code, reason and facts; the front end words it and its remedy

    static PreflightCheck pass(CheckId id) { return {id, CheckState::Pass, {}}; }
    static PreflightCheck fail(CheckId id, Error problem) { return {id, CheckState::Fail, std::move(problem)}; }
    static PreflightCheck warn(CheckId id, Error problem) { return {id, CheckState::Warn, std::move(problem)}; }
};

struct CheckList
{
    QList<PreflightCheck> checks;

    bool passed() const { return !firstFailure().has_value(); }
    // The first failed check's error, in the order an admin would fix them.
    std::optional<Error> firstFailure() const;
    const PreflightCheck *find(CheckId id) const;
    // Adds `id` as not run for every id not yet in the list (after a failure stopped the checks).
    void completeWithNotRun();
    QJsonArray toJson() const;
};

// The key version a check speaks of, for the facts in its messages.
struct KeyRef
{
    QString store;
    QString key;
    QString version;
};

// Days before expiry from which KeyInDate warns.
constexpr int ExpiryWarningDays = 30;

PreflightCheck checkPlan(const model::Workspace &workspace);
QList<PreflightCheck> checkStoreProtection(const QString &store, const keystore::StoreProperties &properties);
// Enabled, in date, operations and type, in that order, at `now`.
QList<PreflightCheck> checkKeyVersion(const KeyRef &ref, const keystore::KeyVersionInfo &version, const QDateTime &now);
// What the store said when asked for the key: KeyFound passed, or failed with that error.
PreflightCheck checkKeyFound(const KeyRef &ref, const Result<keystore::KeyVersionInfo> &lookup);
// Azure's rule on versions: managed services and the DBFS root use one named version of their key; managed disks
// may follow the newest version only when the workspace rotates them to it (auto-rotation). KeyVersionNotPinned
// otherwise.
PreflightCheck checkVersionPinned(const QString &workspace, model::Feature feature, const KeyRef &ref,
                                  bool followsLatest, bool workspaceRotatesDisks);
// Whether a key of this kind and size can protect a feature (RSA 2048/3072/4096 or AES-256).
bool isSupportedKekType(keystore::KeyKind kind, int bits);

} // namespace keyward::services
