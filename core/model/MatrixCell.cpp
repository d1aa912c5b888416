// MatrixCell: derived facts about a computed cell.
#include "model/MatrixCell.h"

namespace keyward::model {

bool MatrixCell::platformKeyInEffect() const
{
    return coverage == Coverage::NoKeyAssigned || coverage == Coverage::PlatformKeyOnly ||
           coverage == Coverage::NotAvailableOnStandard;
}

} // namespace keyward::model
