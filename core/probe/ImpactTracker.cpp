#include "ImpactTracker.h"

#include "ProbeTextPool.h"

namespace etcddrill {

namespace {

std::chrono::steady_clock::time_point fromNs(qint64 ns)
{
    return std::chrono::steady_clock::time_point(std::chrono::nanoseconds(ns));
}

} // namespace

ImpactTracker::ImpactTracker(const MonotonicClock& clock, int failuresToOpen)
    : m_clock(clock), m_failuresToOpen(std::max(failuresToOpen, 1)), m_origin(clock.now())
{
}

void ImpactTracker::setFailuresToOpen(int failures)
{
    m_failuresToOpen = std::max(failures, 1);
}

void ImpactTracker::setPhase(ImpactPhase phase, std::chrono::steady_clock::time_point at)
{
    auto it = std::upper_bound(m_phaseChanges.begin(), m_phaseChanges.end(), at,
                               [](const auto& time, const auto& change) { return time < change.first; });
    m_phaseChanges.insert(it, {at, phase});
}

ImpactPhase ImpactTracker::phaseAt(std::chrono::steady_clock::time_point time) const
{
    ImpactPhase phase = ImpactPhase::Before;
    for (const auto& [at, changed] : m_phaseChanges) {
        if (at > time)
            break;
        phase = changed;
    }
    return phase;
}

void ImpactTracker::setDegradedRule(std::chrono::milliseconds window, double threshold)
{
    m_degradedWindow = window;
    m_degradedThreshold = threshold;
}

void ImpactTracker::add(const QString& target, const ProbeSample& sample)
{
    auto it = m_states.find(target);
    if (it == m_states.end()) {
        TargetState state;
        state.degraded = DegradedPeriodDetector(m_degradedWindow, m_degradedThreshold);
        it = m_states.emplace(target, std::move(state)).first;
        m_order.append(target);
    }
    track(it->second, sample, phaseAt(sample.start()));
}

void ImpactTracker::add(const QString& target, const QList<ProbeSample>& samples)
{
    for (const ProbeSample& sample : samples)
        add(target, sample);
}

void ImpactTracker::track(TargetState& state, const ProbeSample& sample, ImpactPhase phase) const
{
    PhaseState& figures = state.phases[size_t(phase)];
    if (sample.outcome == ProbeSample::Outcome::Skipped) {
        // A skipped slot says nothing about the target: no sample, and it neither opens nor closes a window.
        ++figures.skipped;
        return;
    }
    ++figures.samples;
    if (sample.isFailure())
        ++figures.failed;
    // Latency is that of probes that got an HTTP answer: a timeout's "total" is the deadline, not a latency.
    if (sample.has(ProbeSample::GotResponse)) {
        if (sample.has(ProbeSample::DnsDone))
            figures.dns.record(sample.dnsUs);
        if (sample.has(ProbeSample::Connected))
            figures.connect.record(sample.connectUs);
        if (sample.has(ProbeSample::TlsDone))
            figures.tls.record(sample.tlsUs);
        figures.ttfb.record(sample.ttfbUs);
        figures.total.record(sample.totalUs);
    }

    if (sample.startNs < state.lastStartNs)
        return;
    state.lastStartNs = sample.startNs;
    state.degraded.add(sample);
    if (!sample.isFailure()) {
        if (state.windowOpen) {
            OutageWindow& window = state.windows.last();
            window.end = sample.start();
            window.open = false;
            window.duration =
                std::chrono::duration_cast<std::chrono::microseconds>(window.end - window.start);
            state.windowOpen = false;
        }
        state.runLength = 0;
        return;
    }
    if (state.runLength++ == 0) {
        state.runStartNs = sample.startNs;
        state.runOutcome = sample.outcome;
        state.runDetail = sample.detailId;
    }
    if (state.windowOpen) {
        ++state.windows.last().failedSamples;
    } else if (state.runLength >= m_failuresToOpen) {
        OutageWindow window;
        window.start = fromNs(state.runStartNs);
        window.open = true;
        window.failedSamples = quint64(state.runLength);
        window.phase = phaseAt(window.start);
        window.firstOutcome = state.runOutcome;
        window.firstDetail = ProbeTextPool::text(state.runDetail);
        state.windows.append(window);
        state.windowOpen = true;
    }
}

std::array<std::chrono::milliseconds, impactPhaseCount>
ImpactTracker::splitByPhase(std::chrono::steady_clock::time_point from,
                            std::chrono::steady_clock::time_point to) const
{
    using std::chrono::duration_cast;
    using std::chrono::milliseconds;
    std::array<milliseconds, impactPhaseCount> parts{};
    ImpactPhase phase = ImpactPhase::Before;
    std::chrono::steady_clock::time_point cursor = from;
    for (const auto& [at, changed] : m_phaseChanges) {
        if (at >= to)
            break;
        if (at > cursor) {
            parts[size_t(phase)] += duration_cast<milliseconds>(at - cursor);
            cursor = at;
        }
        phase = changed;
    }
    if (to > cursor)
        parts[size_t(phase)] += duration_cast<milliseconds>(to - cursor);
    return parts;
}

QList<DegradedPeriod> ImpactTracker::degradedPeriods(const QString& target) const
{
    const auto it = m_states.find(target);
    return it == m_states.end() ? QList<DegradedPeriod>() : it->second.degraded.periods();
}

std::optional<double> ImpactTracker::windowShare(const QString& target) const
{
    const auto it = m_states.find(target);
    if (it == m_states.end())
        return std::nullopt;
    return it->second.degraded.windowShare();
}

ImpactSummary ImpactTracker::summary(const QString& target) const
{
    ImpactSummary summary;
    summary.target = target;
    summary.origin = m_origin;
    for (int i = 0; i < impactPhaseCount; ++i)
        summary.phases[size_t(i)].phase = ImpactPhase(i);
    const auto it = m_states.find(target);
    if (it == m_states.end())
        return summary;
    const TargetState& state = it->second;

    summary.windows = windows(target);
    summary.degraded = state.degraded.periods();
    summary.degradedTime = state.degraded.degradedTime();
    for (const OutageWindow& window : std::as_const(summary.windows)) {
        if (window.open)
            ++summary.openWindows;
        summary.totalImpact += window.duration;
        summary.longestWindow = std::max(summary.longestWindow, window.duration);
        std::chrono::microseconds& longest = summary.phases[size_t(window.phase)].longestOutage;
        longest = std::max(longest, window.duration);
    }
    for (const DegradedPeriod& period : std::as_const(summary.degraded)) {
        const auto parts = splitByPhase(period.start, period.end);
        for (int i = 0; i < impactPhaseCount; ++i)
            summary.phases[size_t(i)].degradedTime += parts[size_t(i)];
    }
    for (int i = 0; i < impactPhaseCount; ++i) {
        const PhaseState& from = state.phases[size_t(i)];
        PhaseImpact& to = summary.phases[size_t(i)];
        to.samples = from.samples;
        to.failed = from.failed;
        to.skipped = from.skipped;
        to.dns = from.dns.percentiles();
        to.connect = from.connect.percentiles();
        to.tls = from.tls.percentiles();
        to.ttfb = from.ttfb.percentiles();
        to.total = from.total.percentiles();
        summary.samples += from.samples;
        summary.failed += from.failed;
        summary.skipped += from.skipped;
    }
    return summary;
}

QList<OutageWindow> ImpactTracker::windows(const QString& target) const
{
    const auto it = m_states.find(target);
    if (it == m_states.end())
        return {};
    QList<OutageWindow> windows = it->second.windows;
    // Only the last window can be open; when none is, the list stays shared with ours instead of copied.
    if (!windows.isEmpty() && windows.constLast().open) {
        OutageWindow& window = windows.last();
        window.end = std::max(m_clock.now(), window.start);
        window.duration = std::chrono::duration_cast<std::chrono::microseconds>(window.end - window.start);
    }
    return windows;
}

QList<ImpactSummary> ImpactTracker::summaries() const
{
    QList<ImpactSummary> result;
    for (const QString& target : m_order)
        result.append(summary(target));
    return result;
}

void ImpactTracker::clear()
{
    m_states.clear();
    m_order.clear();
    m_phaseChanges.clear();
    m_origin = m_clock.now();
}

} // namespace etcddrill
