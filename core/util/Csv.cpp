// Csv: quoting.
#include "util/Csv.h"

namespace keyward {

QString csvField(const QString &value)
{
    QString s = value;
    if (!s.isEmpty() && QStringLiteral("=+-@\t\r").contains(s.front()))
        s.prepend(QLatin1Char('\''));
    s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

} // namespace keyward
