// Version: what `keyward --version` and `keywardctl --version` print.
#pragma once

#include <QString>

namespace keyward {

// Keyward's version, as the build set it ("0.1.0").
QString version();

// `program` and its version, then the Qt and OpenSSL it runs on and, where they differ, those it was built with:
//   keywardctl 0.1.0
//   Qt 6.4.2
//   OpenSSL 3.0.15 3 Sep 2024
QString versionText(const QString &program);

} // namespace keyward
