// ProgressRate: how fast a running job goes, over a sliding window of recent progress samples, and the time
// left at that pace. The console's Jobs view and keywardctl's progress line both read it.
#pragma once

#include <QtGlobal>

#include <deque>
#include <optional>

namespace keyward::jobs {

class ProgressRate
{
public:
    // The rate is measured over the last `windowSeconds`, so that it follows a job that speeds up or slows
    // down (a batch of large objects, a busy disk) instead of averaging the whole run.
    explicit ProgressRate(double windowSeconds = 10.0);

    // Forgets every sample (a new job, or a job that was paused and goes on).
    void reset();
    // A sample taken `seconds` after some fixed start: `done` units and `bytes` so far. Samples come in time
    // order; one older than the last is ignored. A sample with unchanged counts (a stall) lowers the rate.
    void add(double seconds, qint64 done, qint64 bytes);

    // Units (objects) and bytes per second over the window; nullopt until two samples span some time.
    std::optional<double> unitsPerSecond() const;
    std::optional<double> bytesPerSecond() const;
    // Whole seconds until `total` units are done at the current rate, rounded up; 0 when done; nullopt while
    // no rate is known or nothing moves.
    std::optional<qint64> secondsLeft(qint64 total) const;

    qint64 done() const { return m_samples.empty() ? 0 : m_samples.back().done; }
    qint64 bytes() const { return m_samples.empty() ? 0 : m_samples.back().bytes; }

private:
    struct Sample
    {
        double seconds = 0;
        qint64 done = 0;
        qint64 bytes = 0;
    };
    // The time the window spans, or nullopt when it spans none.
    std::optional<double> span() const;

    double m_window;
    std::deque<Sample> m_samples;
};

} // namespace keyward::jobs
