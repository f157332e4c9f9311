// Turns probe samples into what the drill report says about client impact: per target, the outage windows
// (first failed probe -> first good probe after it), total impact, failed/total probes, and latency
// percentiles per probe phase, split by drill phase (ImpactPhase: before, target down, recovery, after).
// A window opens only after `failuresToOpen` consecutive failures (default 1: any failure), and then starts
// at the first failure of that run. Expects each target's samples in start order, as ProbeScheduler delivers
// them; a sample older than the last one seen counts in the figures but not in the windows. A plain class,
// not thread-safe: lives on its owner's thread (the drill engine's), fed from samplesReady().
#pragma once

#include "DegradedPeriodDetector.h"
#include "ImpactPhase.h"
#include "ImpactSummary.h"
#include "LatencyHistogram.h"
#include "MonotonicClock.h"
#include "ProbeSample.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <array>
#include <map>
#include <optional>
#include <utility>

namespace etcddrill {

class ImpactTracker
{
public:
    // The clock must outlive the tracker; it dates open windows' "so far" and the JSON origin.
    explicit ImpactTracker(const MonotonicClock& clock, int failuresToOpen = 1);

    void setFailuresToOpen(int failures);
    // The degraded-period rule for targets seen from now on (DegradedPeriodDetector's window and threshold).
    void setDegradedRule(std::chrono::milliseconds window, double threshold);
    int failuresToOpen() const { return m_failuresToOpen; }
    const MonotonicClock& clock() const { return m_clock; }
    // Samples that started at or after `at` belong to `phase`. Samples arrive up to a timeout after they
    // started, so phases are matched by the samples' start times, not by when they arrive.
    void setPhase(ImpactPhase phase, std::chrono::steady_clock::time_point at);
    ImpactPhase phaseAt(std::chrono::steady_clock::time_point time) const;

    void add(const QString& target, const ProbeSample& sample);
    void add(const QString& target, const QList<ProbeSample>& samples);

    QStringList targets() const { return m_order; }
    // An empty summary (no samples) for an unknown target.
    ImpactSummary summary(const QString& target) const;
    // The target's windows as summary(target) has them (an open one measured up to now), without the cost of
    // the percentiles: for callers that watch windows batch by batch (OutageTracker).
    QList<OutageWindow> windows(const QString& target) const;
    // The target's degraded periods so far (empty for an unknown target), also without the percentiles.
    QList<DegradedPeriod> degradedPeriods(const QString& target) const;
    // The share of the target's probes that failed over the degraded-period window that ends with its
    // latest sample ("34 % failing" now, where a period's share is that of its whole length); unset for an
    // unknown target.
    std::optional<double> windowShare(const QString& target) const;
    QList<ImpactSummary> summaries() const;
    // Forgets all samples and phases; keeps the threshold.
    void clear();

private:
    struct PhaseState
    {
        quint64 samples = 0;
        quint64 failed = 0;
        quint64 skipped = 0;
        LatencyHistogram dns, connect, tls, ttfb, total;
    };
    struct TargetState
    {
        std::array<PhaseState, impactPhaseCount> phases;
        QList<OutageWindow> windows;
        bool windowOpen = false;
        int runLength = 0; // consecutive failures so far
        qint64 runStartNs = 0;
        ProbeSample::Outcome runOutcome = ProbeSample::Outcome::Other;
        quint16 runDetail = 0;
        qint64 lastStartNs = std::numeric_limits<qint64>::min();
        DegradedPeriodDetector degraded;
    };

    void track(TargetState& state, const ProbeSample& sample, ImpactPhase phase) const;
    // How much of [from, to] falls into each phase.
    std::array<std::chrono::milliseconds, impactPhaseCount>
    splitByPhase(std::chrono::steady_clock::time_point from, std::chrono::steady_clock::time_point to) const;

    const MonotonicClock& m_clock;
    int m_failuresToOpen;
    std::chrono::milliseconds m_degradedWindow = DegradedPeriodDetector::kDefaultWindow;
    double m_degradedThreshold = DegradedPeriodDetector::kDefaultThreshold;
    std::chrono::steady_clock::time_point m_origin;
    QList<std::pair<std::chrono::steady_clock::time_point, ImpactPhase>> m_phaseChanges; // by time
    std::map<QString, TargetState> m_states;
    QStringList m_order; // targets in first-seen order
};

} // namespace etcddrill
