// Messages: the one place where an error's code, reason and facts become words for people, shared by the
// CLI and the console through one translation context ("Keyward"), so both say the same thing in the
// user's language. Errors without a reason fall back to their English detail.
#pragma once

#include "jobs/JobReport.h"
#include "keystore/IsoDuration.h"
#include "services/DemoSteps.h"
#include "services/KeyOptions.h"
#include "services/Preflight.h"
#include "util/Error.h"

#include <QCoreApplication>

namespace keyward::compliance {
struct ReportVerification;
} // namespace keyward::compliance

namespace keyward::services {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Keyward)
public:
    // What is wrong, in one sentence.
    static QString describe(const Error &error);
    // What the admin can do about it; empty when there is nothing to add.
    static QString remedy(const Error &error);
    // describe() and remedy() together: "what is wrong; what to do".
    static QString full(const Error &error);
    // A short name for the kind of failure ("refused", "not found"), used as a prefix.
    static QString kind(ErrorCode code);
    // The title of a pre-flight check ("Premium plan").
    static QString checkTitle(CheckId id);
    // A check's state and, for a failure or warning, what is wrong and what to do.
    static QString checkState(CheckState state);
    // A job's outcome in one line: its counts for encrypt, verify and rotate, its error when it did not
    // finish, and the job's own line otherwise.
    static QString jobSummary(const jobs::JobReport &report);
    // One line of the demo flow.
    static QString demoStep(DemoStep step, const QStringList &args);
    // A retire gate (FkUnderVersion, AssignedVersion, NoRotation, NotVerified, HoldPeriod) as a condition.
    static QString retireGate(jobs::FindingKind gate);
    // A period in words: "90 days", "1 year", "2 years, 6 months".
    static QString duration(const keystore::IsoDuration &period);
    // A rotation-policy preset's name ("Every 90 days") and what it does, with its periods.
    static QString rotationPresetName(RotationPresetId id);
    static QString rotationPresetPeriod(const RotationPreset &preset);
    // A key type for people: "RSA, 3072 bits".
    static QString keyType(const KeyType &type);
    // How a signed report's rotation-history head compares with the history now, in one line.
    static QString reportHistory(const compliance::ReportVerification &verification);
};

} // namespace keyward::services
