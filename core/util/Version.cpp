#include "util/Version.h"

#include <QCoreApplication>

#include <openssl/crypto.h>
#include <openssl/opensslv.h>

namespace keyward {

QString version()
{
    return QStringLiteral(KEYWARD_BUILD_VERSION);
}

QString versionText(const QString &program)
{
    const auto line = [](const QString &running, const QString &built) {
        return running == built ? running + QLatin1Char('\n')
                                : QCoreApplication::translate("keyward", "%1 (built with %2)").arg(running, built) +
                                      QLatin1Char('\n');
    };
    return program + QLatin1Char(' ') + version() + QLatin1Char('\n') +
           line(QStringLiteral("Qt ") + QString::fromLatin1(qVersion()), QStringLiteral("Qt " QT_VERSION_STR)) +
           line(QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)), QStringLiteral(OPENSSL_VERSION_TEXT));
}

} // namespace keyward
