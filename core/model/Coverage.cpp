// Coverage: ids, labels and legend text of the coverage kinds.
#include "model/Coverage.h"

#include <QCoreApplication>

namespace keyward::model {

QList<Coverage> allCoverages()
{
    return {Coverage::CustomerKey, Coverage::NoKeyAssigned, Coverage::PlatformKeyOnly, Coverage::NotAvailableOnStandard,
            Coverage::MovedByOption};
}

QString coverageId(Coverage coverage)
{
    switch (coverage) {
    case Coverage::CustomerKey:
        return QStringLiteral("customer-key");
    case Coverage::NoKeyAssigned:
        return QStringLiteral("no-key-assigned");
    case Coverage::PlatformKeyOnly:
        return QStringLiteral("platform-key-only");
    case Coverage::NotAvailableOnStandard:
        return QStringLiteral("not-available-on-standard");
    case Coverage::MovedByOption:
        return QStringLiteral("moved-by-option");
    }
    return QString();
}

QString coverageDisplayName(Coverage coverage)
{
    switch (coverage) {
    case Coverage::CustomerKey:
        return QCoreApplication::translate("keyward::model::Coverage", "Customer key");
    case Coverage::NoKeyAssigned:
        return QCoreApplication::translate("keyward::model::Coverage", "No key yet");
    case Coverage::PlatformKeyOnly:
        return QCoreApplication::translate("keyward::model::Coverage", "Platform key only");
    case Coverage::NotAvailableOnStandard:
        return QCoreApplication::translate("keyward::model::Coverage", "Needs Premium");
    case Coverage::MovedByOption:
        return QCoreApplication::translate("keyward::model::Coverage", "Moved");
    }
    return QString();
}

QString coverageDescription(Coverage coverage)
{
    switch (coverage) {
    case Coverage::CustomerKey:
        return QCoreApplication::translate("keyward::model::Coverage", "Encrypted under your customer-managed key.");
    case Coverage::NoKeyAssigned:
        return QCoreApplication::translate("keyward::model::Coverage",
                                           "The feature applies but has no key yet; a platform-managed key is "
                                           "in effect.");
    case Coverage::PlatformKeyOnly:
        return QCoreApplication::translate("keyward::model::Coverage",
                                           "Customer-managed keys cannot apply; always a platform-managed key.");
    case Coverage::NotAvailableOnStandard:
        return QCoreApplication::translate("keyward::model::Coverage",
                                           "Standard plan: no customer-managed keys; a platform-managed key is in "
                                           "effect.");
    case Coverage::MovedByOption:
        return QCoreApplication::translate("keyward::model::Coverage",
                                           "A workspace option keeps this data elsewhere; nothing is stored here.");
    }
    return QString();
}

Result<Coverage> parseCoverage(QStringView id)
{
    for (Coverage c : allCoverages()) {
        if (id == coverageId(c))
            return c;
    }
    return Error::make(ErrorCode::InvalidArgument, QStringLiteral("unknown coverage '%1'").arg(id.toString()));
}

} // namespace keyward::model
