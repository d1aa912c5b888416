// JobFinding: what a job found wrong with one object or with the workspace, by a kind with a stable name.
#pragma once

#include "util/Error.h"

#include <QMetaType>
#include <QString>
#include <QStringView>

#include <optional>

namespace keyward::jobs {

// The names (findingKindName) are what JSON, CSV and the catalog's checkpoints hold: never change one, and add
// new kinds at the end.
enum class FindingKind
{
    Plaintext,       // "plaintext": stored in clear although its feature has a customer key
    Tampered,        // "tampered": a segment failed authentication (the finding names it)
    Corrupt,         // "corrupt": not a well-formed KWE1 object
    UnknownFk,       // "unknown-fk": sealed under a feature key this workspace does not have
    WrongFk,         // "wrong-fk": sealed under another feature's key, or the key does not open it
    RetiredFk,       // "retired-fk": still under an older feature-key generation (a rekey to finish)
    KeyDisabled,     // "key-disabled": the KEK version that opens it is disabled
    KeyDeleted,      // "key-deleted"
    KeyExpired,      // "key-expired"
    KeyNotYetValid,  // "key-not-yet-valid"
    Error,           // "error": the object could not be handled (the job stops after its batch)
    NoFeatureKey,    // "no-feature-key": rotate found a feature with no feature key yet
    FkUnderVersion,  // "fk-under-version": retire: a feature key is still wrapped under the version
    AssignedVersion, // "assigned-version": retire: an assignment names the version (or follows it as newest)
    NoRotation,      // "no-rotation": retire: no rotation moved the key off the version
    NotVerified,     // "not-verified": retire: a user of the key has no clean full verify since the rotation
    HoldPeriod,      // "hold-period": retire: the hold period has not passed
    // Object inventory (verify, encrypt): the objects against what the jobs last left.
    Missing,        // "missing": the inventory has a sealed object where there is none
    Swapped,        // "swapped": an object found at a path the inventory gives another object (swapped, copied)
    RolledBack,     // "rolled-back": an older sealed copy of the object put back in its place
    NotRegularFile, // "not-regular-file": a symbolic link, folder, FIFO, socket or device where objects live
    Unexpected,     // "unexpected": a file the layout knows no data type for, or under a temporary name

    LastFindingKind = Unexpected, // keep it the last one: tests walk every kind up to it
};

QString findingKindName(FindingKind kind);
std::optional<FindingKind> parseFindingKind(QStringView name);
// The kind a key that cannot be used is reported as (disabled, deleted, expired, not yet valid); nullopt for
// every other error code.
std::optional<FindingKind> revocationFindingKind(ErrorCode code);

struct JobFinding
{
    QString object; // relative path, or empty for a workspace-wide finding
    FindingKind kind = FindingKind::Error;
    QString detail; // for people (English; front ends word the kind themselves)
    qint64 segment = -1;
};

} // namespace keyward::jobs

Q_DECLARE_METATYPE(keyward::jobs::JobFinding)
