// KeyIdText: shortens Key Vault and Managed HSM key URLs, and the catalog's store/key/version references, for
// display.
#include "KeyIdText.h"

#include <QUrl>

namespace keyward::ui {

namespace {

// Versions are long hex strings; their first 8 characters tell them apart on screen, as in git.
constexpr int ShortVersion = 8;

} // namespace

QString KeyIdText::shortName(const QString &keyId)
{
    if (!keyId.contains(QLatin1String("://"))) {
        // The catalog's "STORE/KEY[/VERSION]": "KEY/VERS (STORE)", or "KEY (STORE)" for one that follows the
        // newest version.
        const QStringList parts = keyId.split(QLatin1Char('/'));
        if (parts.size() == 2 && !parts[0].isEmpty() && !parts[1].isEmpty())
            return QStringLiteral("%1 (%2)").arg(parts[1], parts[0]);
        if (parts.size() == 3 && !parts[0].isEmpty() && !parts[1].isEmpty() && !parts[2].isEmpty())
            return QStringLiteral("%1/%2 (%3)").arg(parts[1], parts[2].left(ShortVersion), parts[0]);
        return keyId;
    }
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
