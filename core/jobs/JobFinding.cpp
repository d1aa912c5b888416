// JobFinding: the stable names of finding kinds.
#include "jobs/JobFinding.h"

#include <array>
#include <utility>

namespace keyward::jobs {

namespace {

constexpr std::array<std::pair<FindingKind, const char *>, 22> Names{{
    {FindingKind::Plaintext, "plaintext"},
    {FindingKind::Tampered, "tampered"},
    {FindingKind::Corrupt, "corrupt"},
    {FindingKind::UnknownFk, "unknown-fk"},
    {FindingKind::WrongFk, "wrong-fk"},
    {FindingKind::RetiredFk, "retired-fk"},
    {FindingKind::KeyDisabled, "key-disabled"},
    {FindingKind::KeyDeleted, "key-deleted"},
    {FindingKind::KeyExpired, "key-expired"},
    {FindingKind::KeyNotYetValid, "key-not-yet-valid"},
    {FindingKind::Error, "error"},
    {FindingKind::NoFeatureKey, "no-feature-key"},
    {FindingKind::FkUnderVersion, "fk-under-version"},
    {FindingKind::AssignedVersion, "assigned-version"},
    {FindingKind::NoRotation, "no-rotation"},
    {FindingKind::NotVerified, "not-verified"},
    {FindingKind::HoldPeriod, "hold-period"},
    {FindingKind::Missing, "missing"},
    {FindingKind::Swapped, "swapped"},
    {FindingKind::RolledBack, "rolled-back"},
    {FindingKind::NotRegularFile, "not-regular-file"},
    {FindingKind::Unexpected, "unexpected"},
}};

} // namespace

QString findingKindName(FindingKind kind)
{
    for (const auto &[k, name] : Names)
        if (k == kind)
            return QLatin1String(name);
    return QStringLiteral("error");
}

std::optional<FindingKind> parseFindingKind(QStringView name)
{
    for (const auto &[k, n] : Names)
        if (name == QLatin1String(n))
            return k;
    return std::nullopt;
}

std::optional<FindingKind> revocationFindingKind(ErrorCode code)
{
    switch (code) {
    case ErrorCode::KeyDisabled:
        return FindingKind::KeyDisabled;
    case ErrorCode::KeyDeleted:
        return FindingKind::KeyDeleted;
    case ErrorCode::KeyExpired:
        return FindingKind::KeyExpired;
    case ErrorCode::KeyNotYetValid:
        return FindingKind::KeyNotYetValid;
    default:
        return std::nullopt;
    }
}

} // namespace keyward::jobs
