// Clock: where core reads the time, so that expiry, not-before and hold periods can be tested.
#pragma once

#include <QDateTime>

namespace keyward {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC

    static Clock &system();
};

// `t` in UTC as ISO 8601 ("2026-11-29T20:15:00Z"); empty for an invalid time.
QString isoUtc(const QDateTime &t);
// `t` in UTC as people read it in a message ("2026-11-29 20:15:00 UTC").
QString utcText(const QDateTime &t);

// A clock that stands still until told to move (tests).
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime::currentDateTimeUtc()) : m_now(std::move(start)) {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &t) { m_now = t; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace keyward
