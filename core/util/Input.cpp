// Input: strict parsing of typed numbers, durations, dates, booleans and option lists.
#include "util/Input.h"

#include <QRegularExpression>

#include <QSet>
#include <QTimeZone>
#include <algorithm>
#include <optional>

namespace keyward::input {

namespace {

// What was typed, as the message shows it: cut short, so a pasted file does not fill the screen.
QString shown(const QString &text)
{
    constexpr qsizetype kMax = 64;
    return text.size() <= kMax ? text : text.left(kMax) + QStringLiteral("...");
}

Error refused(Reason reason, const QStringList &args, const QString &detail)
{
    return Error::because(ErrorCode::InvalidArgument, reason, args, detail);
}

Error notANumber(const QString &option, const QString &text)
{
    return refused(Reason::InputNotANumber, {option, shown(text)},
                   QStringLiteral("%1: '%2' is not a whole number").arg(option, shown(text)));
}

Error outOfRange(const QString &option, const QString &text, qint64 min, qint64 max)
{
    return refused(Reason::InputOutOfRange, {option, shown(text), QString::number(min), QString::number(max)},
                   QStringLiteral("%1: %2 is outside %3 to %4").arg(option, shown(text)).arg(min).arg(max));
}

Error notADuration(const QString &option, const QString &text)
{
    return refused(Reason::InputNotADuration, {option, shown(text)},
                   QStringLiteral("%1: '%2' is not a duration").arg(option, shown(text)));
}

Error notADate(const QString &option, const QString &text)
{
    return refused(Reason::InputNotADate, {option, shown(text)},
                   QStringLiteral("%1: '%2' is not an ISO 8601 date").arg(option, shown(text)));
}

// Digits only (no sign): the value, or nullopt on overflow or anything else.
std::optional<qint64> digits(QStringView text)
{
    if (text.isEmpty() || text.size() > 19)
        return std::nullopt;
    qint64 v = 0;
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        const int d = c.unicode() - '0';
        if (v > (std::numeric_limits<qint64>::max() - d) / 10)
            return std::nullopt;
        v = v * 10 + d;
    }
    return v;
}

// a * b + c, or nullopt on overflow (all non-negative).
std::optional<qint64> mulAdd(qint64 a, qint64 b, qint64 c)
{
    if (b != 0 && a > (std::numeric_limits<qint64>::max() - c) / b)
        return std::nullopt;
    return a * b + c;
}

qint64 unitSeconds(DurationUnit unit)
{
    switch (unit) {
    case DurationUnit::Seconds:
        return 1;
    case DurationUnit::Minutes:
        return 60;
    case DurationUnit::Hours:
        return 3600;
    case DurationUnit::Days:
        return 86400;
    }
    return 1;
}

} // namespace

QString durationText(qint64 seconds)
{
    if (seconds != 0 && seconds % 86400 == 0)
        return QStringLiteral("%1d").arg(seconds / 86400);
    if (seconds != 0 && seconds % 3600 == 0)
        return QStringLiteral("%1h").arg(seconds / 3600);
    if (seconds != 0 && seconds % 60 == 0)
        return QStringLiteral("%1m").arg(seconds / 60);
    return QStringLiteral("%1s").arg(seconds);
}

Result<qint64> integer(const QString &option, const QString &text, qint64 min, qint64 max)
{
    const bool negative = text.startsWith(QLatin1Char('-'));
    const auto magnitude = digits(QStringView(text).mid(negative ? 1 : 0));
    if (!magnitude)
        // All digits but too long for 64 bits: out of range rather than not a number.
        return (!text.isEmpty() && QStringView(text).mid(negative ? 1 : 0).size() > 0 &&
                std::all_of(text.begin() + (negative ? 1 : 0), text.end(),
                            [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); }))
                   ? outOfRange(option, text, min, max)
                   : notANumber(option, text);
    const qint64 value = negative ? -*magnitude : *magnitude;
    if (value < min || value > max)
        return outOfRange(option, text, min, max);
    return value;
}

Result<int> integer32(const QString &option, const QString &text, int min, int max)
{
    auto v = integer(option, text, min, max);
    if (!v)
        return v.error();
    return int(*v);
}

Result<qint64> duration(const QString &option, const QString &text, DurationUnit plainUnit, qint64 minSeconds,
                        qint64 maxSeconds)
{
    const auto inRange = [&](std::optional<qint64> seconds) -> Result<qint64> {
        if (!seconds || *seconds < minSeconds || *seconds > maxSeconds)
            return refused(Reason::InputOutOfRange,
                           {option, shown(text), durationText(minSeconds), durationText(maxSeconds)},
                           QStringLiteral("%1: %2 is outside the range allowed").arg(option, shown(text)));
        return *seconds;
    };
    // A plain number in the option's unit (too many digits for 64 bits: out of range).
    static const QRegularExpression allDigits(QStringLiteral("^[0-9]+$"));
    if (allDigits.match(text).hasMatch()) {
        const auto n = digits(text);
        return inRange(n ? mulAdd(*n, unitSeconds(plainUnit), 0) : std::nullopt);
    }
    // A number with one unit: 48h, 30m, 2d, 90s, 2w.
    static const QRegularExpression suffixed(QStringLiteral("^([0-9]{1,19})([smhdw])$"));
    if (const auto m = suffixed.match(text); m.hasMatch()) {
        const auto n = digits(m.capturedView(1));
        if (!n)
            return inRange(std::nullopt);
        static const QHash<QChar, qint64> unit{{QLatin1Char('s'), 1},
                                               {QLatin1Char('m'), 60},
                                               {QLatin1Char('h'), 3600},
                                               {QLatin1Char('d'), 86400},
                                               {QLatin1Char('w'), 7 * 86400}};
        return inRange(mulAdd(*n, unit.value(m.capturedView(2).at(0)), 0));
    }
    // ISO 8601: P[nW][nD][T[nH][nM][nS]], at least one part, no years or months.
    static const QRegularExpression iso(QStringLiteral(
        "^P(?:([0-9]{1,19})W)?(?:([0-9]{1,19})D)?(?:T(?:([0-9]{1,19})H)?(?:([0-9]{1,19})M)?(?:([0-9]{1,19})S)?)?$"));
    if (const auto m = iso.match(text); m.hasMatch() && !text.endsWith(QLatin1Char('T')) && text.size() > 1) {
        const qint64 factors[] = {7 * 86400, 86400, 3600, 60, 1};
        std::optional<qint64> total = 0;
        for (int i = 0; i < 5 && total; ++i) {
            if (!m.hasCaptured(i + 1))
                continue;
            const auto n = digits(m.capturedView(i + 1));
            const auto part = n ? mulAdd(*n, factors[i], 0) : std::nullopt;
            total = part ? mulAdd(1, *total, *part) : std::nullopt;
        }
        return inRange(total);
    }
    return notADuration(option, text);
}

Result<DateTime> dateTime(const QString &option, const QString &text, const QDateTime &now)
{
    static const QRegularExpression re(QStringLiteral(
        "^([0-9]{4})-([0-9]{2})-([0-9]{2})"
        "(?:[T ]([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\\.([0-9]{1,9}))?)?(Z|[+-][0-9]{2}:[0-9]{2})?)?$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return notADate(option, text);
    const int year = m.capturedView(1).toInt();
    const QDate date(year, m.capturedView(2).toInt(), m.capturedView(3).toInt());
    if (!date.isValid() || year < 1970)
        return notADate(option, text);
    DateTime result;
    result.dateOnly = !m.hasCaptured(4);
    QTime time(0, 0);
    int offsetSeconds = 0;
    if (!result.dateOnly) {
        const int h = m.capturedView(4).toInt();
        const int min = m.capturedView(5).toInt();
        const int s = m.hasCaptured(6) ? m.capturedView(6).toInt() : 0;
        int ms = 0;
        if (m.hasCaptured(7))
            ms = m.captured(7).leftJustified(3, QLatin1Char('0')).left(3).toInt();
        // QTime refuses 24:00, 25:00, minute 60 and second 60 (no leap seconds).
        time = QTime(h, min, s, ms);
        if (!time.isValid())
            return notADate(option, text);
        const QString zone = m.captured(8);
        if (!zone.isEmpty() && zone != QLatin1String("Z")) {
            const int oh = zone.mid(1, 2).toInt();
            const int om = zone.mid(4, 2).toInt();
            if (oh > 14 || om > 59)
                return notADate(option, text);
            offsetSeconds = (oh * 3600 + om * 60) * (zone.startsWith(QLatin1Char('-')) ? -1 : 1);
        }
    }
    result.utc = QDateTime(date, time, QTimeZone(offsetSeconds)).toUTC();
    result.inPast = now.isValid() && result.utc < now;
    return result;
}

Result<bool> boolean(const QString &option, const QString &text)
{
    const QString t = text.toLower();
    if (t == QLatin1String("on") || t == QLatin1String("true") || t == QLatin1String("yes"))
        return true;
    if (t == QLatin1String("off") || t == QLatin1String("false") || t == QLatin1String("no"))
        return false;
    return refused(Reason::InputNotABoolean, {option, shown(text)},
                   QStringLiteral("%1: '%2' is not on or off").arg(option, shown(text)));
}

Result<QStringList> distinctKeys(const QString &option, const QStringList &values, QChar separator)
{
    QStringList keys;
    QSet<QString> seen;
    for (const QString &v : values) {
        const qsizetype at = v.indexOf(separator);
        const QString key = (at < 0 ? v : v.left(at)).toLower();
        if (seen.contains(key))
            return refused(Reason::OptionKeyRepeated, {option, shown(key)},
                           QStringLiteral("%1 names '%2' more than once").arg(option, shown(key)));
        seen.insert(key);
        keys << key;
    }
    return keys;
}

Error optionRepeated(const QString &option)
{
    return refused(Reason::OptionRepeated, {option}, QStringLiteral("%1 is given more than once").arg(option));
}

Error unexpectedArgument(const QString &argument)
{
    return refused(Reason::ArgumentUnexpected, {shown(argument)},
                   QStringLiteral("unexpected argument '%1'").arg(shown(argument)));
}

Status checkNewPassphraseLength(qsizetype bytes)
{
    if (bytes >= MinPassphraseBytes)
        return {};
    return refused(Reason::PassphraseTooShort, {QString::number(MinPassphraseBytes)},
                   QStringLiteral("the passphrase must be at least %1 bytes").arg(MinPassphraseBytes));
}

} // namespace keyward::input
