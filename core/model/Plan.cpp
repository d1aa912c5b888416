// Plan: ids, names and parsing of the workspace plan.
#include "model/Plan.h"

#include <QCoreApplication>

namespace keyward::model {

QString planId(Plan plan)
{
    switch (plan) {
    case Plan::Standard:
        return QStringLiteral("standard");
    case Plan::Premium:
        return QStringLiteral("premium");
    }
    return QString();
}

QString planDisplayName(Plan plan)
{
    switch (plan) {
    case Plan::Standard:
        return QCoreApplication::translate("keyward::model::Plan", "Standard");
    case Plan::Premium:
        return QCoreApplication::translate("keyward::model::Plan", "Premium");
    }
    return QString();
}

Result<Plan> parsePlan(QStringView id)
{
    for (Plan p : {Plan::Standard, Plan::Premium}) {
        if (id.compare(planId(p), Qt::CaseInsensitive) == 0)
            return p;
    }
    return Error::make(ErrorCode::InvalidArgument,
                       QStringLiteral("unknown plan '%1' (expected standard or premium)").arg(id.toString()));
}

bool planSupportsCustomerKeys(Plan plan)
{
    return plan == Plan::Premium;
}

} // namespace keyward::model
