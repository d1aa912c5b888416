// CoverageFacts: what was measured about one workspace for its matrix: the state of each assigned key, the last
// change of each feature, and the last full verification's results by data type. Plain values: the services
// gather them (catalog, key stores), the pure rules in MatrixRules weigh them.
#pragma once

#include "model/Feature.h"

#include <QDateTime>
#include <QMap>
#include <QString>

#include <map>
#include <optional>

namespace keyward::model {

// What the key store says about the key version a feature's assignment puts in effect.
enum class KeyCheck
{
    Usable,
    Disabled,
    Deleted,
    Expired,
    NotYetValid,
    NotFound,         // the key, or the assigned version, is not in the store (purged, or never there)
    StoreUnreachable, // the store could not be opened or did not answer
    StoreLocked,      // the store needs a passphrase or PIN and none was asked for
};

QString keyCheckId(KeyCheck check); // "usable", "disabled", ...
QString keyCheckDisplayName(KeyCheck check);
// Disabled, deleted, expired, not yet valid or not found: the key cannot protect or open data.
bool keyCheckUnusable(KeyCheck check);

struct KeyFacts
{
    QString store;
    QString keyName;
    QString assignedVersion; // empty: the assignment follows the newest version
    QString version;         // the version in effect: the assigned one, or the newest the store has (empty: unknown)
    KeyCheck check = KeyCheck::StoreLocked;
    std::optional<QDateTime> expires;
    QString problem; // translated: why the store could not be reached or unlocked; empty otherwise

    bool followsLatest() const { return assignedVersion.isEmpty(); }
    // "name · 3f9d2c41" (the version shortened), or "name · latest" when the newest version is unknown.
    QString shortText() const;
    // The version part of shortText(): "3f9d2c41" or "latest".
    QString shortVersion() const;
    bool operator==(const KeyFacts &) const = default;
};

// The store, name and version a key identifier names (check left at StoreLocked: nothing was asked): a Key Vault
// URL "https://<vault>/keys/<name>[/<version>]" or the catalog's "<store>/<name>[/<version>]"; anything else is
// taken as a bare key name.
KeyFacts keyFactsFromId(const QString &keyId);

// What changed a feature's data or keys last.
enum class ChangeKind
{
    Assignment, // the feature's key assigned or changed
    Rotation,   // a rotation, rekey or retirement of its key (the history)
    Encryption, // an encryption job sealed objects of the workspace
    Import,     // objects were imported into the workspace
};
QString changeKindId(ChangeKind kind);
QString changeKindDisplayName(ChangeKind kind); // translated, lower case: "key assignment", ...

struct ChangeFact
{
    QDateTime at;
    ChangeKind kind = ChangeKind::Assignment;
    bool operator==(const ChangeFact &) const = default;
};

// One data type's share of a verification.
struct TypeVerifyFacts
{
    qint64 objects = 0;   // objects of the type the job looked at
    qint64 plaintext = 0; // of them, stored in clear
    qint64 findings = 0;  // of them, with any other finding
    bool operator==(const TypeVerifyFacts &) const = default;
};

// The last verification that finished and looked at every object (not a sample).
struct VerifyFacts
{
    qint64 jobId = 0;
    QDateTime started;
    QDateTime finished;
    QMap<QString, TypeVerifyFacts> byDataType; // DataTypeCatalogue ids; absent: no object of that type
    bool operator==(const VerifyFacts &) const = default;
};

struct CoverageFacts
{
    QString workspace; // the facts are about this workspace only
    QDateTime measured;
    std::map<Feature, KeyFacts> keys;         // one per assigned feature
    std::map<Feature, ChangeFact> lastChange; // absent: nothing recorded
    std::optional<VerifyFacts> lastVerify;
    bool operator==(const CoverageFacts &) const = default;
};

// The facts behind one measured cell (a data type whose feature has a customer key).
struct CellMeasurement
{
    KeyFacts key;
    std::optional<ChangeFact> lastChange;
    std::optional<VerifyFacts> lastVerify; // without byDataType: the counts of the cell's type are in `found`
    bool verifiedSinceChange = false;
    TypeVerifyFacts found;
    bool operator==(const CellMeasurement &) const = default;
};

} // namespace keyward::model
