// Preflight: the assignment checks as pure functions.
#include "services/Preflight.h"

#include "model/Plan.h"

namespace keyward::services {

QString checkIdName(CheckId id)
{
    switch (id) {
    case CheckId::PlanPremium:
        return QStringLiteral("plan-premium");
    case CheckId::StoreReachable:
        return QStringLiteral("store-reachable");
    case CheckId::StoreSoftDelete:
        return QStringLiteral("store-soft-delete");
    case CheckId::StorePurgeProtection:
        return QStringLiteral("store-purge-protection");
    case CheckId::KeyFound:
        return QStringLiteral("key-found");
    case CheckId::KeyVersionPinned:
        return QStringLiteral("key-version-pinned");
    case CheckId::KeyEnabled:
        return QStringLiteral("key-enabled");
    case CheckId::KeyInDate:
        return QStringLiteral("key-in-date");
    case CheckId::KeyOperations:
        return QStringLiteral("key-operations");
    case CheckId::KeyType:
        return QStringLiteral("key-type");
    case CheckId::WrapRoundTrip:
        return QStringLiteral("wrap-round-trip");
    }
    return QStringLiteral("unknown");
}

const QList<CheckId> &allCheckIds()
{
    static const QList<CheckId> ids{
        CheckId::PlanPremium,   CheckId::StoreReachable,   CheckId::StoreSoftDelete, CheckId::StorePurgeProtection,
        CheckId::KeyFound,      CheckId::KeyVersionPinned, CheckId::KeyEnabled,      CheckId::KeyInDate,
        CheckId::KeyOperations, CheckId::KeyType,          CheckId::WrapRoundTrip};
    return ids;
}

QString checkStateName(CheckState state)
{
    switch (state) {
    case CheckState::Pass:
        return QStringLiteral("pass");
    case CheckState::Warn:
        return QStringLiteral("warn");
    case CheckState::Fail:
        return QStringLiteral("fail");
    case CheckState::NotRun:
        return QStringLiteral("not-run");
    }
    return QStringLiteral("unknown");
}

std::optional<Error> CheckList::firstFailure() const
{
    for (const PreflightCheck &c : checks)
        if (c.state == CheckState::Fail)
            return c.problem;
    return std::nullopt;
}

const PreflightCheck *CheckList::find(CheckId id) const
{
    for (const PreflightCheck &c : checks)
        if (c.id == id)
            return &c;
    return nullptr;
}

void CheckList::completeWithNotRun()
{
    for (CheckId id : allCheckIds()) {
        if (!find(id))
            checks.append({id, CheckState::NotRun, {}});
    }
}

QJsonArray CheckList::toJson() const
{
    QJsonArray a;
    for (const PreflightCheck &c : checks) {
        QJsonObject o{{QStringLiteral("id"), checkIdName(c.id)}, {QStringLiteral("state"), checkStateName(c.state)}};
        if (c.state == CheckState::Fail || c.state == CheckState::Warn) {
            if (c.state == CheckState::Fail) // a warning is no error: it has a reason, not a code
                o.insert(QStringLiteral("code"), errorCodeName(c.problem.code));
            o.insert(QStringLiteral("reason"), reasonName(c.problem.reason));
            o.insert(QStringLiteral("args"), QJsonArray::fromStringList(c.problem.args));
            o.insert(QStringLiteral("detail"), c.problem.detail);
        }
        a.append(o);
    }
    return a;
}

PreflightCheck checkPlan(const model::Workspace &workspace)
{
    if (model::planSupportsCustomerKeys(workspace.plan()))
        return PreflightCheck::pass(CheckId::PlanPremium);
    return PreflightCheck::fail(
        CheckId::PlanPremium,
        Error::because(ErrorCode::Forbidden, Reason::PlanNotPremium, {workspace.name()},
                       QStringLiteral("workspace '%1' is on the Standard plan; customer-managed keys need Premium")
                           .arg(workspace.name())));
}

QList<PreflightCheck> checkStoreProtection(const QString &store, const keystore::StoreProperties &properties)
{
    QList<PreflightCheck> checks;
    if (properties.softDelete)
        checks << PreflightCheck::pass(CheckId::StoreSoftDelete);
    else
        checks << PreflightCheck::fail(CheckId::StoreSoftDelete,
                                       Error::because(ErrorCode::Forbidden, Reason::StoreSoftDeleteOff, {store},
                                                      QStringLiteral("store '%1' has soft delete off").arg(store)));
    const bool azure =
        properties.kind == QLatin1String("azure-keyvault") || properties.kind == QLatin1String("managed-hsm");
    if (properties.purgeProtection)
        checks << PreflightCheck::pass(CheckId::StorePurgeProtection);
    else if (azure && properties.recoveryLevel.isEmpty())
        // A vault says its protection per key: one with no key yet cannot say. Its first key will.
        checks << PreflightCheck::warn(
            CheckId::StorePurgeProtection,
            Error::because(ErrorCode::Forbidden, Reason::RecoveryLevelUnknown, {store},
                           QStringLiteral("store '%1' holds no key yet to read its purge protection from").arg(store)));
    else
        checks << PreflightCheck::fail(
            CheckId::StorePurgeProtection,
            Error::because(ErrorCode::Forbidden, Reason::StorePurgeProtectionOff, {store},
                           QStringLiteral("store '%1' has purge protection off").arg(store)));
    return checks;
}

PreflightCheck checkKeyFound(const KeyRef &ref, const Result<keystore::KeyVersionInfo> &lookup)
{
    if (lookup)
        return PreflightCheck::pass(CheckId::KeyFound);
    Error e = lookup.error();
    if (e.code == ErrorCode::NotFound) {
        e = ref.version.isEmpty()
                ? Error::because(ErrorCode::NotFound, Reason::KeyNotFound, {ref.store, ref.key},
                                 QStringLiteral("store '%1' has no key named '%2'").arg(ref.store, ref.key))
                : Error::because(
                      ErrorCode::NotFound, Reason::KeyVersionNotFound, {ref.store, ref.key, ref.version},
                      QStringLiteral("key '%1' in store '%2' has no version %3").arg(ref.key, ref.store, ref.version));
    }
    return PreflightCheck::fail(CheckId::KeyFound, e);
}

PreflightCheck checkVersionPinned(const QString &workspace, model::Feature feature, const KeyRef &ref,
                                  bool followsLatest, bool workspaceRotatesDisks)
{
    if (!followsLatest || (feature == model::Feature::ManagedDisks && workspaceRotatesDisks))
        return PreflightCheck::pass(CheckId::KeyVersionPinned);
    const QString featureId = model::featureId(feature);
    return PreflightCheck::fail(
        CheckId::KeyVersionPinned,
        Error::because(ErrorCode::Forbidden, Reason::KeyVersionNotPinned, {workspace, featureId, ref.store, ref.key},
                       QStringLiteral("%1 of workspace '%2' must use a named version of key '%3'")
                           .arg(featureId, workspace, ref.key)));
}

bool isSupportedKekType(keystore::KeyKind kind, int bits)
{
    if (kind == keystore::KeyKind::Rsa)
        return bits == 2048 || bits == 3072 || bits == 4096;
    return kind == keystore::KeyKind::Aes && bits == 256;
}

QList<PreflightCheck> checkKeyVersion(const KeyRef &ref, const keystore::KeyVersionInfo &v, const QDateTime &now)
{
    const QStringList who{ref.store, ref.key, v.version};
    const QString label = QStringLiteral("version %1 of key '%2' in store '%3'").arg(v.version, ref.key, ref.store);
    QList<PreflightCheck> checks;

    checks << (v.enabled ? PreflightCheck::pass(CheckId::KeyEnabled)
                         : PreflightCheck::fail(CheckId::KeyEnabled,
                                                Error::because(ErrorCode::KeyDisabled, Reason::KeyVersionDisabled, who,
                                                               label + QStringLiteral(" is disabled"))));

    if (v.isExpired(now)) {
        const QString date = v.expires->toString(Qt::ISODate);
        checks << PreflightCheck::fail(
            CheckId::KeyInDate, Error::because(ErrorCode::KeyExpired, Reason::KeyVersionExpired,
                                               who + QStringList{date}, label + QStringLiteral(" expired on ") + date));
    } else if (v.isNotYetValid(now)) {
        const QString date = v.notBefore->toString(Qt::ISODate);
        checks << PreflightCheck::fail(CheckId::KeyInDate,
                                       Error::because(ErrorCode::KeyNotYetValid, Reason::KeyVersionNotYetValid,
                                                      who + QStringList{date},
                                                      label + QStringLiteral(" is not valid before ") + date));
    } else if (v.expires && now.daysTo(*v.expires) < ExpiryWarningDays) {
        const QString date = v.expires->toString(Qt::ISODate);
        const QString days = QString::number(now.daysTo(*v.expires));
        checks << PreflightCheck::warn(CheckId::KeyInDate,
                                       Error::because(ErrorCode::KeyExpired, Reason::KeyVersionExpiresSoon,
                                                      who + QStringList{date, days},
                                                      label + QStringLiteral(" expires on ") + date));
    } else {
        checks << PreflightCheck::pass(CheckId::KeyInDate);
    }

    std::optional<PreflightCheck> operations;
    for (const QString &operation : {QStringLiteral("wrapKey"), QStringLiteral("unwrapKey")}) {
        if (!operations && !v.permits(operation))
            operations = PreflightCheck::fail(
                CheckId::KeyOperations,
                Error::because(ErrorCode::Forbidden, Reason::KeyOperationMissing,
                               who + QStringList{operation, v.operations.join(QStringLiteral(", "))},
                               label + QStringLiteral(" does not permit ") + operation));
    }
    checks << operations.value_or(PreflightCheck::pass(CheckId::KeyOperations));

    const QString type = QStringLiteral("%1-%2").arg(keystore::keyKindName(v.kind)).arg(v.bits);
    checks << (isSupportedKekType(v.kind, v.bits)
                   ? PreflightCheck::pass(CheckId::KeyType)
                   : PreflightCheck::fail(CheckId::KeyType,
                                          Error::because(ErrorCode::Forbidden, Reason::KeyTypeUnsupported,
                                                         who + QStringList{type},
                                                         label + QStringLiteral(" is ") + type)));
    return checks;
}

} // namespace keyward::services
