// Revocation: the blast radius of a key that cannot be used.
#include "jobs/Revocation.h"

namespace keyward::jobs {

bool isRevocation(const Error &error)
{
    return revocationFindingKind(error.code).has_value();
}

QList<JobFinding> blastRadius(const Error &cause, model::Feature feature, const QList<PlannedObject> &objects)
{
    const FindingKind kind = revocationFindingKind(cause.code).value_or(FindingKind::Error);
    QList<JobFinding> out{JobFinding{QString(), kind, cause.detail, -1}};
    for (const PlannedObject &o : objects) {
        const bool hit = o.objectClass && (o.keying.feature == feature ||
                                           (feature == model::Feature::Platform && o.keying.platformLayer));
        if (hit)
            out << JobFinding{o.path, kind, QStringLiteral("unreadable while the key is unusable"), -1};
    }
    return out;
}

} // namespace keyward::jobs
