// CoverageFacts: ids and words of key checks and changes.
#include "model/CoverageFacts.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace keyward::model {

QString keyCheckId(KeyCheck check)
{
    switch (check) {
    case KeyCheck::Usable:
        return QStringLiteral("usable");
    case KeyCheck::Disabled:
        return QStringLiteral("disabled");
    case KeyCheck::Deleted:
        return QStringLiteral("deleted");
    case KeyCheck::Expired:
        return QStringLiteral("expired");
    case KeyCheck::NotYetValid:
        return QStringLiteral("not-yet-valid");
    case KeyCheck::NotFound:
        return QStringLiteral("not-found");
    case KeyCheck::StoreUnreachable:
        return QStringLiteral("store-unreachable");
    case KeyCheck::StoreLocked:
        return QStringLiteral("store-locked");
    }
    return QString();
}

QString keyCheckDisplayName(KeyCheck check)
{
    switch (check) {
    case KeyCheck::Usable:
        return QCoreApplication::translate("keyward::model::CoverageFacts", "enabled and in date");
    case KeyCheck::Disabled:
        return QCoreApplication::translate("keyward::model::CoverageFacts", "disabled");
    case KeyCheck::Deleted:
        return QCoreApplication::translate("keyward::model::CoverageFacts", "deleted");
    case KeyCheck::Expired:
        return QCoreApplication::translate("keyward::model::CoverageFacts", "expired");
    case KeyCheck::NotYetValid:
        return QCoreApplication::translate("keyward::model::CoverageFacts", "not valid yet");
    case KeyCheck::NotFound:
        return QCoreApplication::translate("keyward::model::CoverageFacts", "not found in its store");
    case KeyCheck::StoreUnreachable:
        return QCoreApplication::translate("keyward::model::CoverageFacts", "not checked: the store is unreachable");
    case KeyCheck::StoreLocked:
        return QCoreApplication::translate("keyward::model::CoverageFacts", "not checked: the store is locked");
    }
    return QString();
}

bool keyCheckUnusable(KeyCheck check)
{
    switch (check) {
    case KeyCheck::Disabled:
    case KeyCheck::Deleted:
    case KeyCheck::Expired:
    case KeyCheck::NotYetValid:
    case KeyCheck::NotFound:
        return true;
    default:
        return false;
    }
}

QString KeyFacts::shortVersion() const
{
    return version.isEmpty() ? QCoreApplication::translate("keyward::model::CoverageFacts", "latest") : version.left(8);
}

QString KeyFacts::shortText() const
{
    return QStringLiteral("%1 \u00B7 %2").arg(keyName, shortVersion());
}

KeyFacts keyFactsFromId(const QString &keyId)
{
    KeyFacts key;
    const QUrl url(keyId, QUrl::StrictMode);
    QStringList parts;
    if (url.isValid() && !url.host().isEmpty() && url.path().startsWith(QLatin1String("/keys/"))) {
        key.store = url.host().section(QLatin1Char('.'), 0, 0);
        parts = url.path().mid(6).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    } else {
        parts = keyId.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (parts.size() >= 2)
            key.store = parts.takeFirst();
    }
    key.keyName = parts.value(0, keyId);
    key.assignedVersion = parts.value(1);
    key.version = key.assignedVersion;
    return key;
}

QString changeKindId(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Assignment:
        return QStringLiteral("assignment");
    case ChangeKind::Rotation:
        return QStringLiteral("rotation");
    case ChangeKind::Encryption:
        return QStringLiteral("encryption");
    case ChangeKind::Import:
        return QStringLiteral("import");
    }
    return QString();
}

QString changeKindDisplayName(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Assignment:
        return QCoreApplication::translate("keyward::model::CoverageFacts", "key assignment");
    case ChangeKind::Rotation:
        return QCoreApplication::translate("keyward::model::CoverageFacts", "key rotation");
    case ChangeKind::Encryption:
        return QCoreApplication::translate("keyward::model::CoverageFacts", "encryption");
    case ChangeKind::Import:
        return QCoreApplication::translate("keyward::model::CoverageFacts", "import");
    }
    return QString();
}

} // namespace keyward::model
