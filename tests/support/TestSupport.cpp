// TestSupport: shared-vector loading for the data-driven suites.
#include "TestSupport.h"

#include <QFile>
#include <QTest>

#ifndef KEYWARD_SHARED_DIR
#error "KEYWARD_SHARED_DIR must be defined"
#endif

namespace keyward::test {

QString sharedPath(const QString &relative)
{
    return QStringLiteral(KEYWARD_SHARED_DIR) + QLatin1Char('/') + relative;
}

QJsonObject loadJsonObject(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        qWarning("cannot open %s", qPrintable(path));
        return {};
    }
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError) {
        qWarning("cannot parse %s: %s", qPrintable(path), qPrintable(err.errorString()));
        return {};
    }
    return doc.object();
}

QByteArray fromHex(const QString &hex)
{
    return QByteArray::fromHex(hex.toLatin1());
}

} // namespace keyward::test
