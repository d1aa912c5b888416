// ObjectOutcome: checkpoint state names and the two ways an object goes wrong.
#include "jobs/ObjectOutcome.h"

namespace keyward::jobs {

QString objectStateName(ObjectState state)
{
    switch (state) {
    case ObjectState::Done:
        return QStringLiteral("done");
    case ObjectState::Ok:
        return QStringLiteral("ok");
    case ObjectState::Skipped:
        return QStringLiteral("skipped");
    case ObjectState::Finding:
        return QStringLiteral("finding");
    case ObjectState::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("error");
}

std::optional<ObjectState> parseObjectState(QStringView name)
{
    for (ObjectState s :
         {ObjectState::Done, ObjectState::Ok, ObjectState::Skipped, ObjectState::Finding, ObjectState::Error})
        if (name == objectStateName(s))
            return s;
    return std::nullopt;
}

void ObjectOutcome::setFinding(FindingKind kind, const QString &why, qint64 atSegment)
{
    state = ObjectState::Finding;
    finding = kind;
    detail = why;
    segment = atSegment;
}

void ObjectOutcome::setError(const Error &error)
{
    state = ObjectState::Error;
    finding.reset();
    detail = error.detail;
    code = error.code;
    reason = error.reason;
    args = error.args;
}

} // namespace keyward::jobs
