#include "DegradedPeriodDetector.h"

#include "ProbeTextPool.h"

namespace etcddrill {

namespace {

constexpr int kMinFailedToOpen = 2;

} // namespace

DegradedPeriodDetector::DegradedPeriodDetector(std::chrono::milliseconds window, double threshold)
    : m_window(window), m_threshold(threshold)
{
}

double DegradedPeriodDetector::windowShare() const
{
    return m_recent.empty() ? 0.0 : double(m_recentFailed) / double(m_recent.size());
}

std::chrono::milliseconds DegradedPeriodDetector::degradedTime() const
{
    std::chrono::milliseconds total{0};
    for (const DegradedPeriod& period : m_periods)
        total += period.duration();
    return total;
}

DegradedPeriodDetector::Change DegradedPeriodDetector::add(const ProbeSample& sample)
{
    if (sample.outcome == ProbeSample::Outcome::Skipped)
        return Change::None;
    const TimePoint at = sample.start();
    const bool failed = sample.isFailure();
    m_recent.push_back({at, failed, sample.backendId});
    m_recentFailed += failed ? 1 : 0;
    while (!m_recent.empty() && m_recent.front().at <= at - m_window) {
        m_recentFailed -= m_recent.front().failed ? 1 : 0;
        m_recent.pop_front();
    }
    // A window of one sample (the first, or the first after a gap) says nothing either way.
    const bool judged = m_recent.size() >= 2;
    const bool above = judged && m_recentFailed >= kMinFailedToOpen && windowShare() > m_threshold;

    if (isOpen()) {
        DegradedPeriod& period = m_periods.last();
        ++m_sinceLastFailure;
        if (failed) {
            period.probes += m_sinceLastFailure;
            ++period.failed;
            period.end = at;
            m_sinceLastFailure = 0;
            if (sample.backendId) {
                const QString backend = ProbeTextPool::text(sample.backendId);
                if (!period.failedBackends.contains(backend))
                    period.failedBackends.append(backend);
            }
        }
        if (above) {
            m_belowSince.reset();
            return Change::None;
        }
        if (!judged)
            return Change::None;
        if (!m_belowSince)
            m_belowSince = at;
        if (at - *m_belowSince < m_window)
            return Change::None;
        period.open = false;
        m_sinceLastFailure = 0;
        m_belowSince.reset();
        return Change::Closed;
    }
    if (!above)
        return Change::None;
    // Opens at the first failed probe in the window; the probes from there on are the period's.
    DegradedPeriod period;
    period.open = true;
    quint64 seen = 0;
    for (const Entry& entry : m_recent) {
        if (seen == 0 && !entry.failed)
            continue;
        ++seen;
        if (!entry.failed)
            continue;
        if (period.failed == 0)
            period.start = entry.at;
        ++period.failed;
        period.probes = seen;
        period.end = entry.at;
        if (entry.backendId) {
            const QString backend = ProbeTextPool::text(entry.backendId);
            if (!period.failedBackends.contains(backend))
                period.failedBackends.append(backend);
        }
    }
    m_sinceLastFailure = seen - period.probes; // probes after the last failed one
    m_belowSince.reset();
    m_periods.append(period);
    return Change::Opened;
}

} // namespace etcddrill
