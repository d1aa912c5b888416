// Coverage: what protects one data type of one workspace, as the matrix shows it.
#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace keyward::model {

enum class Coverage
{
    CustomerKey,            // the row's CMK feature has a customer key assigned: it protects the data
    NoKeyAssigned,          // Premium, the feature applies, but no key yet: a platform-managed key is in effect
    PlatformKeyOnly,        // no customer key can ever apply (serverless model image and storage, serverless disks)
    NotAvailableOnStandard, // Standard plan: no customer-managed keys at all; platform-managed key in effect
    MovedByOption,          // a workspace option moved this data elsewhere; nothing is kept here
};

QList<Coverage> allCoverages();
QString coverageId(Coverage coverage); // "customer-key", "no-key-assigned", ...
// Short translated label for a cell or a legend entry.
QString coverageDisplayName(Coverage coverage);
// One translated sentence explaining the label, for legends.
QString coverageDescription(Coverage coverage);
Result<Coverage> parseCoverage(QStringView id);

} // namespace keyward::model
