// DemoPlan: how a demo workspace spreads its object count and bytes over the data types, in units with their
// own seeds and byte budgets.
#pragma once

#include "demo/DemoUnit.h"

#include <QLatin1String>

#include <vector>

namespace keyward::demo {

using DemoMaker = Status (*)(DemoUnit &);

struct TypeSpec
{
    QLatin1String id;
    int filesPerUnit;
    int minimumUnits;   // units every workspace gets (each format or variant shown once)
    double countWeight; // share of the objects beyond the minimum
    double sizeWeight;  // share of the bytes per unit, relative to the others
    qint64 fixedBytes;  // bytes a unit writes whatever its budget (metadata, small companions), estimated
    DemoMaker make;
    bool diskImage = false; // sparse, in whole MiB: sized before the others
};

// One per data type, in the order the units are made.
const std::vector<TypeSpec> &typeSpecs();

struct PlannedUnit
{
    int type; // index into typeSpecs()
    qint64 index;
    quint64 seed;
    double sizeShare;
    qint64 budget = 0;
};

// Every unit, type by type; `params` must ask for at least the minimum object count.
std::vector<PlannedUnit> plan(const DemoParams &params);

} // namespace keyward::demo
