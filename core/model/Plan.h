// Plan: the workspace pricing tier; customer-managed keys need Premium.
#pragma once

#include "util/Result.h"

#include <QString>
#include <QStringView>

namespace keyward::model {

enum class Plan
{
    Standard,
    Premium,
};

QString planId(Plan plan); // "standard" | "premium"
QString planDisplayName(Plan plan);
// Accepts the ids case-insensitively; anything else is InvalidArgument.
Result<Plan> parsePlan(QStringView id);
bool planSupportsCustomerKeys(Plan plan);

} // namespace keyward::model
