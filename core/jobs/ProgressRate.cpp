// ProgressRate: a sliding window of samples; the rate is the change across it.
#include "jobs/ProgressRate.h"

#include <cmath>

namespace keyward::jobs {

ProgressRate::ProgressRate(double windowSeconds) : m_window(qMax(0.001, windowSeconds)) {}

void ProgressRate::reset()
{
    m_samples.clear();
}

void ProgressRate::add(double seconds, qint64 done, qint64 bytes)
{
    if (!m_samples.empty() && seconds < m_samples.back().seconds)
        return;
    m_samples.push_back({seconds, done, bytes});
    // Keep the newest sample older than the window's start too, so the window is always fully covered.
    while (m_samples.size() > 2 && m_samples[1].seconds <= seconds - m_window)
        m_samples.pop_front();
}

std::optional<double> ProgressRate::span() const
{
    if (m_samples.size() < 2)
        return std::nullopt;
    const double s = m_samples.back().seconds - m_samples.front().seconds;
    if (!(s > 0))
        return std::nullopt;
    return s;
}

std::optional<double> ProgressRate::unitsPerSecond() const
{
    const auto s = span();
    if (!s)
        return std::nullopt;
    return qMax(0.0, double(m_samples.back().done - m_samples.front().done) / *s);
}

std::optional<double> ProgressRate::bytesPerSecond() const
{
    const auto s = span();
    if (!s)
        return std::nullopt;
    return qMax(0.0, double(m_samples.back().bytes - m_samples.front().bytes) / *s);
}

std::optional<qint64> ProgressRate::secondsLeft(qint64 total) const
{
    const qint64 left = total - done();
    if (!m_samples.empty() && left <= 0)
        return 0;
    const auto rate = unitsPerSecond();
    if (!rate || *rate <= 0)
        return std::nullopt;
    return qint64(std::ceil(double(left) / *rate));
}

} // namespace keyward::jobs
