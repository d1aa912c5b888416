// Pkcs11StoreSettings: JSON form of a token's soft-delete settings.
#include "keystore/Pkcs11StoreSettings.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace keyward::keystore {

namespace {
const QString StoreSettingsFormat = QStringLiteral("keyward-pkcs11-store/1");
}

QByteArray Pkcs11StoreSettings::toJson() const
{
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), StoreSettingsFormat},
                                     {QStringLiteral("revision"), revision},
                                     {QStringLiteral("purge_protection"), purgeProtection},
                                     {QStringLiteral("retention_days"), retentionDays}})
        .toJson(QJsonDocument::Compact);
}

Result<Pkcs11StoreSettings> Pkcs11StoreSettings::fromJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    if (o.value(QStringLiteral("format")).toString() != StoreSettingsFormat)
        return Error::make(ErrorCode::Format, QStringLiteral("the Keyward settings on the token are damaged"));
    Pkcs11StoreSettings s;
    s.revision = o.value(QStringLiteral("revision")).toInteger(0);
    // A damaged flag reads as "on": the safe side for purge protection.
    s.purgeProtection = o.value(QStringLiteral("purge_protection")).toBool(true);
    s.retentionDays = o.value(QStringLiteral("retention_days")).toInt(90);
    if (s.retentionDays < 7 || s.retentionDays > 90)
        return Error::make(ErrorCode::Format, QStringLiteral("the retention period on the token is out of range"));
    return s;
}

} // namespace keyward::keystore
