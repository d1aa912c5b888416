// JobText: job words, translated.
#include "services/JobText.h"

#include <QLocale>

namespace keyward::services {

QString JobText::kindName(jobs::JobKind kind)
{
    switch (kind) {
    case jobs::JobKind::Encrypt:
        return tr("Encrypt");
    case jobs::JobKind::Verify:
        return tr("Verify");
    case jobs::JobKind::Rotate:
        return tr("Rotate");
    case jobs::JobKind::Retire:
        return tr("Retire");
    case jobs::JobKind::Rekey:
        return tr("Rekey");
    }
    return {};
}

QString JobText::kindName(const QString &catalogKind)
{
    for (jobs::JobKind k : {jobs::JobKind::Encrypt, jobs::JobKind::Verify, jobs::JobKind::Rotate, jobs::JobKind::Retire,
                            jobs::JobKind::Rekey})
        if (jobs::jobKindName(k) == catalogKind)
            return kindName(k);
    return catalogKind;
}

QString JobText::stateName(catalog::JobState state)
{
    switch (state) {
    case catalog::JobState::Running:
        return tr("Running");
    case catalog::JobState::Done:
        return tr("Done");
    case catalog::JobState::Failed:
        return tr("Failed");
    case catalog::JobState::Cancelled:
        return tr("Cancelled");
    case catalog::JobState::Interrupted:
        return tr("Interrupted");
    }
    return {};
}

QString JobText::resumable()
{
    return tr("Resumable");
}

QString JobText::findingName(jobs::FindingKind kind)
{
    switch (kind) {
    case jobs::FindingKind::Plaintext:
        return tr("Plaintext");
    case jobs::FindingKind::Tampered:
        return tr("Tampered segment");
    case jobs::FindingKind::Corrupt:
        return tr("Corrupt object");
    case jobs::FindingKind::UnknownFk:
        return tr("Unknown feature key");
    case jobs::FindingKind::WrongFk:
        return tr("Wrong feature key");
    case jobs::FindingKind::RetiredFk:
        return tr("Retired feature key");
    case jobs::FindingKind::KeyDisabled:
        return tr("Key disabled");
    case jobs::FindingKind::KeyDeleted:
        return tr("Key deleted");
    case jobs::FindingKind::KeyExpired:
        return tr("Key expired");
    case jobs::FindingKind::KeyNotYetValid:
        return tr("Key not yet valid");
    case jobs::FindingKind::Error:
        return tr("Error");
    case jobs::FindingKind::NoFeatureKey:
        return tr("No feature key");
    case jobs::FindingKind::FkUnderVersion:
        return tr("Feature key under the version");
    case jobs::FindingKind::AssignedVersion:
        return tr("Version still assigned");
    case jobs::FindingKind::NoRotation:
        return tr("No rotation off the version");
    case jobs::FindingKind::NotVerified:
        return tr("Not verified since the rotation");
    case jobs::FindingKind::HoldPeriod:
        return tr("Hold period not over");
    case jobs::FindingKind::Missing:
        return tr("Missing object");
    case jobs::FindingKind::Swapped:
        return tr("Swapped or copied object");
    case jobs::FindingKind::RolledBack:
        return tr("Rolled back to an older copy");
    case jobs::FindingKind::NotRegularFile:
        return tr("Not a regular file");
    case jobs::FindingKind::Unexpected:
        return tr("Unexpected file");
    }
    return jobs::findingKindName(kind);
}

bool JobText::countsObjects(jobs::JobKind kind)
{
    return kind != jobs::JobKind::Rotate && kind != jobs::JobKind::Retire;
}

QString JobText::counts(jobs::JobKind kind, qint64 done, qint64 total)
{
    if (done > total)
        return tr("%1 done").arg(done);
    switch (kind) {
    case jobs::JobKind::Rotate:
        return tr("%1 of %2 features").arg(done).arg(total);
    case jobs::JobKind::Retire:
        return tr("%1 of %2 checks").arg(done).arg(total);
    default:
        return tr("%1 of %2 objects").arg(done).arg(total);
    }
}

QString JobText::bytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QString JobText::rate(std::optional<double> objectsPerSecond, std::optional<double> bytesPerSecond)
{
    if (!objectsPerSecond)
        return {};
    const QString objects = tr("%1 objects/s").arg(QLocale().toString(*objectsPerSecond, 'f', 1));
    if (!bytesPerSecond || *bytesPerSecond <= 0)
        return objects;
    return tr("%1, %2/s").arg(objects, bytes(qint64(*bytesPerSecond)));
}

QString JobText::duration(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    const qint64 d = seconds / 86400, h = seconds / 3600 % 24, m = seconds / 60 % 60, s = seconds % 60;
    if (d > 0)
        return h > 0 ? tr("%1 d %2 h").arg(d).arg(h) : tr("%1 d").arg(d);
    if (h > 0)
        return m > 0 ? tr("%1 h %2 min").arg(h).arg(m) : tr("%1 h").arg(h);
    if (m > 0)
        return s > 0 ? tr("%1 min %2 s").arg(m).arg(s) : tr("%1 min").arg(m);
    return tr("%1 s").arg(s);
}

QString JobText::timeLeft(std::optional<qint64> seconds)
{
    if (!seconds)
        return tr("time left not known yet");
    return tr("about %1 left").arg(duration(*seconds));
}

} // namespace keyward::services
