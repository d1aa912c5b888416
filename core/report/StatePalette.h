// StatePalette: the colours each matrix cell state is shown in, shared by the console and the reports so that a
// report's matrix looks exactly like the window's.
#pragma once

#include "model/CellState.h"

#include <QColor>

namespace keyward::report {

struct StateColors
{
    QColor background;
    QColor foreground; // text; at least 4.5:1 against background
    QColor border;
};

StateColors stateColors(model::CellState state);

} // namespace keyward::report
