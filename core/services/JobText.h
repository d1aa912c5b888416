// JobText: the words for jobs that both front ends show: kinds, states and findings by name, a running job's
// speed and the time it has left (translation context "Keyward", as Messages).
#pragma once

#include "catalog/CatalogRecords.h"
#include "jobs/JobFinding.h"
#include "jobs/JobReport.h"

#include <QCoreApplication>

#include <optional>

namespace keyward::services {

class JobText
{
    Q_DECLARE_TR_FUNCTIONS(Keyward)
public:
    // "Encrypt", "Verify", ...; a kind this build does not know is shown as the catalog has it.
    static QString kindName(jobs::JobKind kind);
    static QString kindName(const QString &catalogKind);
    // "Running", "Done", "Failed", "Cancelled", "Interrupted".
    static QString stateName(catalog::JobState state);
    // What a job left behind by a dead process is, and can be resumed: "Resumable".
    static QString resumable();
    // "Plaintext", "Tampered segment", ...
    static QString findingName(jobs::FindingKind kind);
    // Whether a job of `kind` counts its progress in objects (encrypt, verify, rekey); rotate counts features,
    // retire its checks.
    static bool countsObjects(jobs::JobKind kind);
    // "120 of 300 objects", "1 of 3 features", "2 of 3 checks"; a job counts what it skipped as done too, and
    // a job a dead process left has no total yet, so a count beyond the total is shown alone: "64 done".
    static QString counts(jobs::JobKind kind, qint64 done, qint64 total);
    // "12.5 objects/s, 3.4 MiB/s"; the bytes part only when bytes move; empty while no rate is known.
    static QString rate(std::optional<double> objectsPerSecond, std::optional<double> bytesPerSecond);
    // "45 s", "2 min 10 s", "1 h 5 min", "3 d 4 h".
    static QString duration(qint64 seconds);
    // "about 2 min 10 s left", or that the time left is not known yet.
    static QString timeLeft(std::optional<qint64> seconds);
    // "12.3 MiB", "512 KiB", "800 B".
    static QString bytes(qint64 bytes);
};

} // namespace keyward::services
