// JobReport: what a job did, typed: its state, counts, findings, the Error that stopped it, and the results
// particular to each kind of job. toJson() is what `keywardctl --json` prints and the catalog keeps.
#pragma once

#include "catalog/CatalogRecords.h"
#include "jobs/JobFinding.h"
#include "model/Feature.h"
#include "util/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <map>
#include <optional>

namespace keyward::jobs {

enum class JobKind
{
    Encrypt,
    Verify,
    Rotate,
    Retire,
    Rekey,
};

// "encrypt", "verify", ...: the catalog's job kind and the JSON "job" field.
QString jobKindName(JobKind kind);

// A key the workspace needs that cannot be used: what it leaves unreadable (encrypt, verify, rekey).
struct BlastRadius
{
    model::Feature feature = model::Feature::ManagedServices; // "revoked_feature"
    qint64 objects = 0;                                       // "blast_radius"
};

struct EncryptResult
{
    std::optional<qint64> staleTemporariesRemoved; // when a killed run's temporary files were removed
    std::optional<qint64> objectsInWorkspace;      // once the keys were all usable
};

// Set when every object in scope was looked at.
struct VerifyResult
{
    bool quick = false; // a sample, not every object
    std::map<FindingKind, qint64> findingsByKind;
};

struct RotatedFeature
{
    model::Feature feature = model::Feature::ManagedServices;
    QString store;
    QString keyName;
    QString oldVersion;
    QString newVersion;
    qint64 featureKeysRewrapped = 0;
};

// Set when every feature in scope was rotated; a rotation touches no object.
struct RotateResult
{
    QList<RotatedFeature> rotated;
};

// Set once the feature's assignment is known.
struct RetireResult
{
    QString store;
    QString keyName;
    QString version;
    std::optional<QDateTime> holdEnds; // when a rotation moved the key off the version
    std::optional<qint64> users;       // (workspace, feature) pairs using the key, once counted
};

struct OldFeatureKey
{
    QByteArray fkId;
    int generation = 0;
    catalog::FeatureKeyState state = catalog::FeatureKeyState::Retired;
    qint64 objectsMoved = 0;
    qint64 objectsLeft = 0;
};

// Set when every object in scope was looked at.
struct RekeySummary
{
    int generation = 0;
    QList<OldFeatureKey> oldFeatureKeys;
    qint64 objectsTouched = 0; // this run's headers and those of the runs it resumed
    qint64 platformLayersResealed = 0;
};

struct RekeyResult
{
    model::Feature feature = model::Feature::ManagedServices;
    std::optional<bool> resumed; // once the target feature key was looked for
    QByteArray targetFk;         // empty until chosen
    std::optional<RekeySummary> summary;
};

struct JobReport
{
    JobKind kind = JobKind::Encrypt;
    qint64 jobId = 0; // 0 when the job stopped before it had a row in the catalog
    catalog::JobState state = catalog::JobState::Running;
    qint64 total = 0;     // objects in scope
    qint64 processed = 0; // written, verified or rewritten
    qint64 skipped = 0;   // already done (sealed, rekeyed) or out of scope
    qint64 storeCalls = 0;
    qint64 elapsedMs = 0;
    QString message; // one line for people (the error's detail when the job did not finish)
    QList<JobFinding> findings;
    // Why the job did not finish (state Failed or Cancelled): the Error itself, code and detail.
    std::optional<Error> error;
    std::optional<qint64> resumedFrom; // the job of this kind that was running when its process died
    std::optional<BlastRadius> blastRadius;
    // The results of the job's own kind (only that one is ever set).
    std::optional<EncryptResult> encrypt;
    std::optional<VerifyResult> verify;
    std::optional<RotateResult> rotate;
    std::optional<RetireResult> retire;
    std::optional<RekeyResult> rekey;

    bool ok() const { return state == catalog::JobState::Done; }
    QJsonObject toJson() const;
};

} // namespace keyward::jobs

Q_DECLARE_METATYPE(keyward::jobs::JobReport)
