// DemoText: dates, numbers and JSON spelled as demo objects hold them.
#include "demo/DemoText.h"

#include "demo/DemoConstants.h"

#include <QJsonDocument>

namespace keyward::demo {

// Dates by hand (days-from-civil in reverse): QDateTime's ISO formatting goes through printf, which made it
// the generator's main cost for CSV rows.
void appendDigits(QByteArray &out, qint64 value, int width)
{
    char digits[20] = {}; // zeroed: out of line, the compiler cannot tell that every width is at most 20
    for (int i = width - 1; i >= 0; --i, value /= 10)
        digits[i] = char('0' + value % 10);
    out.append(digits, width);
}

void appendDay(QByteArray &out, qint64 ms)
{
    const qint64 z = ms / DayMs + 719468;
    const qint64 era = z / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 d = doy - (153 * mp + 2) / 5 + 1;
    const qint64 m = mp < 10 ? mp + 3 : mp - 9;
    appendDigits(out, yoe + era * 400 + (m <= 2), 4);
    out.append('-');
    appendDigits(out, m, 2);
    out.append('-');
    appendDigits(out, d, 2);
}

void appendIsoTime(QByteArray &out, qint64 ms)
{
    appendDay(out, ms);
    const qint64 inDay = ms % DayMs;
    out.append('T');
    appendDigits(out, inDay / 3600000, 2);
    out.append(':');
    appendDigits(out, inDay / 60000 % 60, 2);
    out.append(':');
    appendDigits(out, inDay / 1000 % 60, 2);
    out.append('.');
    appendDigits(out, inDay % 1000, 3);
    out.append('Z');
}

QByteArray isoTime(qint64 ms)
{
    QByteArray out;
    appendIsoTime(out, ms);
    return out;
}

QByteArray day(qint64 ms)
{
    QByteArray out;
    appendDay(out, ms);
    return out;
}

QByteArray num(qint64 n)
{
    return QByteArray::number(n);
}

void appendMoney(QByteArray &out, DemoRandom &rng, qint64 maxCents)
{
    const qint64 cents = rng.range(100, maxCents);
    out.append(QByteArray::number(cents / 100));
    out.append('.');
    appendDigits(out, cents % 100, 2);
}

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray indentedJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QString latin(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes);
}

} // namespace keyward::demo
