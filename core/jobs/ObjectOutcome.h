// ObjectOutcome: what an object job did with one object, as checkpointed in the catalog after its batch.
#pragma once

#include "catalog/CatalogRecords.h"
#include "jobs/JobFinding.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace keyward::jobs {

// The names (objectStateName) are the catalog's checkpoint states: never change one.
enum class ObjectState
{
    Done,    // "done": written (sealed, rekeyed)
    Ok,      // "ok": looked at and as it should be (verify)
    Skipped, // "skipped": nothing to do (already sealed or rekeyed, out of scope)
    Finding, // "finding": not as it should be; the job goes on
    Error,   // "error": could not be handled (store gone, disk full, key lost); the job stops after the batch
};

QString objectStateName(ObjectState state);
std::optional<ObjectState> parseObjectState(QStringView name);

struct ObjectOutcome
{
    QString path;
    ObjectState state = ObjectState::Error;
    std::optional<FindingKind> finding;
    QString detail;
    qint64 segment = -1;
    ErrorCode code = ErrorCode::Io; // for Error: what stopped the job
    // The object's new object-inventory entry, written with the batch's checkpoints (job and time filled in
    // there); none when the inventory stays as it is.
    std::optional<catalog::InventoryEntry> inventory;
    // For Error: the rule or condition behind it (disk-full, object-store-gone, ...), with its arguments.
    Reason reason = Reason::None;
    QStringList args = {};

    // This object is not as it should be.
    void setFinding(FindingKind kind, const QString &why, qint64 atSegment = -1);
    // This object could not be handled.
    void setError(const Error &error);
};

} // namespace keyward::jobs
