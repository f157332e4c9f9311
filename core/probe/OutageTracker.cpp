#include "OutageTracker.h"

#include <algorithm>
#include <utility>

namespace etcddrill {

OutageTracker::OutageTracker(ImpactTracker& impact) : m_impact(impact) {}

QList<OutageTracker::Event> OutageTracker::add(const QString& target, const QList<ProbeSample>& samples)
{
    m_impact.add(target, samples);
    TargetState& state = m_states[target];
    bool anyFailure = false;
    for (const ProbeSample& sample : samples) {
        if (sample.outcome == ProbeSample::Outcome::Skipped)
            continue;
        state.lastFailed = sample.isFailure();
        if (sample.isFailure()) {
            anyFailure = true;
            ++state.second.failed;
        } else {
            ++state.second.ok;
        }
        state.second.maxMs = std::max(state.second.maxMs, sample.totalUs / 1000.0);
    }
    // Without a failure no window opens, and without an open one none closes.
    if (!anyFailure && !state.open)
        return {};

    const QList<OutageWindow> windows = m_impact.windows(target);
    if (windows.size() < state.reported) { // the ImpactTracker was cleared
        state.reported = 0;
        state.open = false;
    }
    QList<Event> events;
    if (state.open && !windows.at(state.reported - 1).open)
        events.append({Event::Kind::Closed, windows.at(state.reported - 1)});
    for (qsizetype i = state.reported; i < windows.size(); ++i) {
        const OutageWindow& window = windows.at(i);
        OutageWindow opened = window;
        if (!opened.open) {
            opened.open = true;
            opened.end = opened.start;
            opened.duration = {};
        }
        events.append({Event::Kind::Opened, opened});
        if (!window.open)
            events.append({Event::Kind::Closed, window});
    }
    state.reported = windows.size();
    state.open = !windows.isEmpty() && windows.constLast().open;
    if (!windows.isEmpty())
        state.current = windows.constLast();
    return events;
}

bool OutageTracker::isOpen(const QString& target) const
{
    const auto it = m_states.find(target);
    return it != m_states.end() && it->second.open;
}

std::optional<OutageWindow> OutageTracker::openWindow(const QString& target) const
{
    const auto it = m_states.find(target);
    if (it == m_states.end() || !it->second.open)
        return std::nullopt;
    OutageWindow window = it->second.current;
    window.end = std::max(m_impact.clock().now(), window.start);
    window.duration = std::chrono::duration_cast<std::chrono::microseconds>(window.end - window.start);
    return window;
}

bool OutageTracker::lastFailed(const QString& target) const
{
    const auto it = m_states.find(target);
    return it != m_states.end() && it->second.lastFailed;
}

OutageTracker::Second OutageTracker::takeSecond(const QString& target)
{
    const auto it = m_states.find(target);
    if (it == m_states.end())
        return {};
    return std::exchange(it->second.second, Second{});
}

QList<OutageTracker::DegradedChange> OutageTracker::takeDegradedChanges(const QString& target)
{
    TargetState& state = m_states[target];
    const QList<DegradedPeriod> periods = m_impact.degradedPeriods(target);
    if (periods.size() < state.periodsReported) { // the ImpactTracker was cleared
        state.periodsReported = 0;
        state.periodOpen = false;
    }
    QList<DegradedChange> changes;
    if (state.periodOpen && !periods.at(state.periodsReported - 1).open)
        changes.append({false, periods.at(state.periodsReported - 1)});
    for (qsizetype i = state.periodsReported; i < periods.size(); ++i) {
        changes.append({true, periods.at(i)});
        if (!periods.at(i).open)
            changes.append({false, periods.at(i)});
    }
    state.periodsReported = periods.size();
    state.periodOpen = !periods.isEmpty() && periods.constLast().open;
    return changes;
}

bool OutageTracker::isDegraded(const QString& target) const
{
    const auto it = m_states.find(target);
    return it != m_states.end() && it->second.periodOpen;
}

} // namespace etcddrill
