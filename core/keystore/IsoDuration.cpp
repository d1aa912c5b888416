// IsoDuration: parsing and printing of PnYnMnWnD durations.
#include "keystore/IsoDuration.h"

#include <QRegularExpression>

namespace keyward::keystore {

Result<IsoDuration> IsoDuration::parse(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^P(?:(\\d{1,4})Y)?(?:(\\d{1,4})M)?(?:(\\d{1,4})W)?(?:(\\d{1,5})D)?$"));
    const auto m = re.match(text.trimmed().toUpper());
    if (!m.hasMatch() || text.trimmed().size() < 3)
        return Error::make(ErrorCode::InvalidArgument,
                           QStringLiteral("'%1' is not an ISO 8601 duration in days, weeks, months or years "
                                          "(for example P90D or P1Y)")
                               .arg(text));
    IsoDuration d;
    d.years = m.captured(1).toInt();
    d.months = m.captured(2).toInt();
    d.days = m.captured(3).toInt() * 7 + m.captured(4).toInt();
    if (d.isZero())
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("a duration of zero is not allowed"));
    // Weeks are kept as days: at most what the days field reads back (P9999W99999D would print as P169992D,
    // which a vault file or key record holding the policy could then not read).
    if (d.days > 99999)
        return Error::make(ErrorCode::InvalidArgument,
                           QStringLiteral("'%1' is longer than 99999 days in weeks and days").arg(text));
    return d;
}

QString IsoDuration::toString() const
{
    QString s = QStringLiteral("P");
    if (years)
        s += QString::number(years) + QLatin1Char('Y');
    if (months)
        s += QString::number(months) + QLatin1Char('M');
    if (days || s.size() == 1)
        s += QString::number(days) + QLatin1Char('D');
    return s;
}

} // namespace keyward::keystore
