// KeyIdText: shortens Key Vault and Managed HSM key URLs for display.
#include "KeyIdText.h"

#include <QUrl>

namespace keyward::ui {

QString KeyIdText::shortName(const QString &keyId)
{
    const QUrl url(keyId, QUrl::StrictMode);
    const QString path = url.path();
    if (!url.isValid() || url.host().isEmpty() || !path.startsWith(QLatin1String("/keys/")))
        return keyId;
    const QString vault = url.host().section(QLatin1Char('.'), 0, 0);
    return QStringLiteral("%1 (%2)").arg(path.mid(6), vault);
}

QString KeyIdText::shortVersion(const QString &version)
{
    return version.size() > 10 ? version.left(8) + QChar(0x2026) : version;
}

} // namespace keyward::ui
