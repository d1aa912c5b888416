// MatrixCell: derived facts about a computed cell.
#include "model/MatrixCell.h"

#include <QCoreApplication>

namespace keyward::model {

bool MatrixCell::platformKeyInEffect() const
{
    return coverage == Coverage::NoKeyAssigned || coverage == Coverage::PlatformKeyOnly ||
           coverage == Coverage::NotAvailableOnStandard;
}

std::optional<KeyFacts> MatrixCell::keyInEffect() const
{
    if (measured)
        return measured->key;
    if (keyId)
        return keyFactsFromId(*keyId);
    return std::nullopt;
}

QString MatrixCell::keyShortText() const
{
    const std::optional<KeyFacts> key = keyInEffect();
    return key ? key->shortText() : QString();
}

QString MatrixCell::label() const
{
    if (state != CellState::KeyUnusable || !measured)
        return cellStateDisplayName(state);
    switch (measured->key.check) {
    case KeyCheck::Disabled:
        return QCoreApplication::translate("keyward::model::MatrixCell", "Key disabled");
    case KeyCheck::Deleted:
        return QCoreApplication::translate("keyward::model::MatrixCell", "Key deleted");
    case KeyCheck::Expired:
        return QCoreApplication::translate("keyward::model::MatrixCell", "Key expired");
    case KeyCheck::NotYetValid:
        return QCoreApplication::translate("keyward::model::MatrixCell", "Key not yet valid");
    case KeyCheck::NotFound:
        return QCoreApplication::translate("keyward::model::MatrixCell", "Key missing");
    default:
        return cellStateDisplayName(state);
    }
}

} // namespace keyward::model
