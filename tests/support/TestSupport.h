// TestSupport: loading shared vectors and small helpers used by every suite.
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace keyward::test {

// Absolute path of a file under ../shared (the KEYWARD_SHARED_DIR the suite was built with).
QString sharedPath(const QString &relative);
// Parses a JSON file; fails the current test (QFAIL-style, returns empty) when it cannot.
QJsonObject loadJsonObject(const QString &path);
QByteArray fromHex(const QString &hex);

} // namespace keyward::test
