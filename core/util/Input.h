// Input: the one parsing layer for what a person types (on the command line or in the console): whole numbers in
// a range, durations, ISO 8601 dates and times, booleans, names and option lists. Every refusal is
// ErrorCode::InvalidArgument with a reason of the "Hardening: input" group naming the option (or field) and the
// value typed, so the CLI exits 2 and both front ends say the same words (services::Messages).
//
// Grammars (docs/CLI.md, "Input"):
// - Whole numbers: optional '-', ASCII digits only, no spaces, no '+', no decimals, no exponent; then the range.
// - Durations: a plain whole number in the option's own unit (hours for --hold-hours), or a number with a unit
//   suffix `s`, `m`, `h`, `d` or `w` (48h, 30m, 2d), or an ISO 8601 duration in weeks, days, hours, minutes and
//   seconds (P2D, PT48H, P1DT12H, P2W). Years and months (whose length varies) are refused, as are negative,
//   fractional, empty and overflowing values, `nan` and `inf`.
// - Dates: ISO 8601 `YYYY-MM-DD` (that day at 00:00 UTC), or `YYYY-MM-DDTHH:MM[:SS[.fff]]` with `Z` or a `±HH:MM`
//   offset (no offset: UTC). Every field is range-checked: 2027-06-30T25:00:00Z and 2027-02-30 are refused, never
//   rolled over. 24:00 is refused too. Dates before 1970 or after 9999 are refused. A date in the past is
//   accepted, with `inPast` set so the caller warns (or refuses, where its rule says so).
// - Booleans: on, off, true, false, yes, no (any case); nothing else.
// - Names: one rule per kind: workspaces (services::checkWorkspaceName), key stores and keys
//   (StoreService::validateName, keystore::isValidKeyName); this layer does not duplicate them.
#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <limits>

namespace keyward::input {

// `option` is the option or field as the user sees it ("--threads" on the command line, a field's label in the
// console); messages show it as given.

// A whole number in [min, max].
Result<qint64> integer(const QString &option, const QString &text, qint64 min = std::numeric_limits<qint64>::min(),
                       qint64 max = std::numeric_limits<qint64>::max());
// The same, for an int-sized range.
Result<int> integer32(const QString &option, const QString &text, int min, int max);

// The unit a plain number means, where a duration option takes one.
enum class DurationUnit
{
    Seconds,
    Minutes,
    Hours,
    Days,
};

// A duration in seconds, in [minSeconds, maxSeconds].
Result<qint64> duration(const QString &option, const QString &text, DurationUnit plainUnit, qint64 minSeconds,
                        qint64 maxSeconds);
// Seconds in the duration grammar, in the largest unit that is exact: "365d", "48h", "30m", "90s".
QString durationText(qint64 seconds);

struct DateTime
{
    QDateTime utc;         // always UTC
    bool dateOnly = false; // only a date was given: 00:00 UTC that day
    bool inPast = false;   // before `now` as given to dateTime()
};

// An ISO 8601 date or date and time (see above). `now` decides inPast.
Result<DateTime> dateTime(const QString &option, const QString &text, const QDateTime &now);

// on/off, true/false, yes/no.
Result<bool> boolean(const QString &option, const QString &text);

// For options given as KEY=VALUE more than once (workspace set --option X=on): the same KEY twice is refused.
// Returns the keys in order.
Result<QStringList> distinctKeys(const QString &option, const QStringList &values, QChar separator = QLatin1Char('='));

// The refusals the CLI's shared parser makes, built here so their reasons are one.
Error optionRepeated(const QString &option);
Error unexpectedArgument(const QString &argument);

// Passphrases of new vaults: at least this many bytes (UTF-8).
constexpr int MinPassphraseBytes = 8;
Status checkNewPassphraseLength(qsizetype bytes);

} // namespace keyward::input
