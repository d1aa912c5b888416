// IsoDuration: the ISO 8601 date durations Key Vault rotation policies use ("P90D", "P1Y2M", "P2W").
#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QString>

namespace keyward::keystore {

struct IsoDuration
{
    int years = 0;
    int months = 0;
    int days = 0;

    static Result<IsoDuration> parse(const QString &text);
    QString toString() const;
    QDateTime addTo(const QDateTime &t) const { return t.addYears(years).addMonths(months).addDays(days); }
    QDateTime subtractFrom(const QDateTime &t) const { return t.addYears(-years).addMonths(-months).addDays(-days); }
    bool isZero() const { return years == 0 && months == 0 && days == 0; }
    bool operator==(const IsoDuration &) const = default;
};

} // namespace keyward::keystore
