// CellState: ids, labels and legend text of the matrix's cell states.
#include "model/CellState.h"

#include <QCoreApplication>

namespace keyward::model {

QList<CellState> allCellStates()
{
    return {CellState::Verified,        CellState::NotVerified,        CellState::PlaintextFound,
            CellState::FindingsFound,   CellState::KeyUnusable,        CellState::KeyStoreUnreachable,
            CellState::KeyNotChecked,   CellState::CustomerKey,        CellState::NoKeyAssigned,
            CellState::PlatformKeyOnly, CellState::NotAvailableOnPlan, CellState::MovedByOption};
}

QList<CellState> whatIfCellStates()
{
    QList<CellState> states;
    for (Coverage c : allCoverages())
        states << cellStateOf(c);
    return states;
}

QList<CellState> measuredCellStates()
{
    QList<CellState> states = allCellStates();
    states.removeAll(CellState::CustomerKey);
    return states;
}

CellState cellStateOf(Coverage coverage)
{
    switch (coverage) {
    case Coverage::CustomerKey:
        return CellState::CustomerKey;
    case Coverage::NoKeyAssigned:
        return CellState::NoKeyAssigned;
    case Coverage::PlatformKeyOnly:
        return CellState::PlatformKeyOnly;
    case Coverage::NotAvailableOnStandard:
        return CellState::NotAvailableOnPlan;
    case Coverage::MovedByOption:
        return CellState::MovedByOption;
    }
    return CellState::PlatformKeyOnly;
}

QString cellStateId(CellState state)
{
    switch (state) {
    case CellState::Verified:
        return QStringLiteral("verified");
    case CellState::NotVerified:
        return QStringLiteral("not-verified");
    case CellState::PlaintextFound:
        return QStringLiteral("plaintext-found");
    case CellState::FindingsFound:
        return QStringLiteral("findings-found");
    case CellState::KeyUnusable:
        return QStringLiteral("key-unusable");
    case CellState::KeyStoreUnreachable:
        return QStringLiteral("key-store-unreachable");
    case CellState::KeyNotChecked:
        return QStringLiteral("key-not-checked");
    // The configured states keep their coverage's id.
    case CellState::CustomerKey:
        return coverageId(Coverage::CustomerKey);
    case CellState::NoKeyAssigned:
        return coverageId(Coverage::NoKeyAssigned);
    case CellState::PlatformKeyOnly:
        return coverageId(Coverage::PlatformKeyOnly);
    case CellState::NotAvailableOnPlan:
        return coverageId(Coverage::NotAvailableOnStandard);
    case CellState::MovedByOption:
        return coverageId(Coverage::MovedByOption);
    }
    return QString();
}

QString cellStateDisplayName(CellState state)
{
    switch (state) {
    case CellState::Verified:
        return QCoreApplication::translate("keyward::model::CellState", "Verified");
    case CellState::NotVerified:
        return QCoreApplication::translate("keyward::model::CellState", "Not verified");
    case CellState::PlaintextFound:
        return QCoreApplication::translate("keyward::model::CellState", "Plaintext found");
    case CellState::FindingsFound:
        return QCoreApplication::translate("keyward::model::CellState", "Verify findings");
    case CellState::KeyUnusable:
        return QCoreApplication::translate("keyward::model::CellState", "Key disabled or deleted");
    case CellState::KeyStoreUnreachable:
        return QCoreApplication::translate("keyward::model::CellState", "Store unreachable");
    case CellState::KeyNotChecked:
        return QCoreApplication::translate("keyward::model::CellState", "Store locked");
    case CellState::CustomerKey:
        return coverageDisplayName(Coverage::CustomerKey);
    case CellState::NoKeyAssigned:
        return coverageDisplayName(Coverage::NoKeyAssigned);
    case CellState::PlatformKeyOnly:
        return coverageDisplayName(Coverage::PlatformKeyOnly);
    case CellState::NotAvailableOnPlan:
        return coverageDisplayName(Coverage::NotAvailableOnStandard);
    case CellState::MovedByOption:
        return coverageDisplayName(Coverage::MovedByOption);
    }
    return QString();
}

QString cellStateDescription(CellState state)
{
    switch (state) {
    case CellState::Verified:
        return QCoreApplication::translate(
            "keyward::model::CellState",
            "Protected by your customer-managed key, and verified since the last change: every object of "
            "this type is sealed under its feature's key.");
    case CellState::NotVerified:
        return QCoreApplication::translate(
            "keyward::model::CellState",
            "Protected by your customer-managed key, but not verified since the last change (an assignment, a "
            "rotation, an encryption or an import): run a verification.");
    case CellState::PlaintextFound:
        return QCoreApplication::translate(
            "keyward::model::CellState",
            "The last verification found objects of this type stored in clear although the feature has a "
            "customer-managed key: run encryption.");
    case CellState::FindingsFound:
        return QCoreApplication::translate(
            "keyward::model::CellState",
            "The last verification found objects of this type that are not sealed as they should be (altered, "
            "under another key, or under a retired feature key).");
    case CellState::KeyUnusable:
        return QCoreApplication::translate(
            "keyward::model::CellState",
            "The customer-managed key in effect is disabled, deleted or expired: the data it protects cannot "
            "be read until the key is restored.");
    case CellState::KeyStoreUnreachable:
        return QCoreApplication::translate(
            "keyward::model::CellState",
            "The key store that holds the customer-managed key cannot be reached, so its key was not checked.");
    case CellState::KeyNotChecked:
        return QCoreApplication::translate(
            "keyward::model::CellState",
            "The key store is locked and was not unlocked for this view, so the key's state was not checked.");
    case CellState::CustomerKey:
        return coverageDescription(Coverage::CustomerKey);
    case CellState::NoKeyAssigned:
        return coverageDescription(Coverage::NoKeyAssigned);
    case CellState::PlatformKeyOnly:
        return coverageDescription(Coverage::PlatformKeyOnly);
    case CellState::NotAvailableOnPlan:
        return coverageDescription(Coverage::NotAvailableOnStandard);
    case CellState::MovedByOption:
        return coverageDescription(Coverage::MovedByOption);
    }
    return QString();
}

Result<CellState> parseCellState(QStringView id)
{
    for (CellState s : allCellStates()) {
        if (id == cellStateId(s))
            return s;
    }
    return Error::make(ErrorCode::InvalidArgument, QStringLiteral("unknown cell state '%1'").arg(id.toString()));
}

bool cellStateNeedsAttention(CellState state)
{
    switch (state) {
    case CellState::NotVerified:
    case CellState::PlaintextFound:
    case CellState::FindingsFound:
    case CellState::KeyUnusable:
    case CellState::KeyStoreUnreachable:
    case CellState::NoKeyAssigned:
        return true;
    default:
        return false;
    }
}

} // namespace keyward::model
