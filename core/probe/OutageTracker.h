// Per probe target, what a live face tells about outages while samples arrive: a window opened, a window
// closed — in the order they happened, also when one opens and closes within one batch — whether one is
// open now, whether the latest probe failed, and the counts of the current second. The windows themselves
// are ImpactTracker's (its threshold, its start times); this class adds each batch to the ImpactTracker and
// reports what changed, so the drill engine, the live console and `etcd-drill-cli probe` share one rule.
//
// A window that opens and closes within one batch is reported as Opened (the window as it was when it
// opened: open, ending at its start, no duration) and then Closed (the whole window). Degraded periods
// (ImpactTracker's DegradedPeriodDetector) are reported the same way by takeDegradedChanges(): the states a
// person follows (ok → degraded 27 % → ok) rather than every flicker.
//
// A plain class, not thread-safe: lives on the thread that feeds it (the engine's, the live session's
// worker, main() of the CLI). Owner: whoever owns the ImpactTracker, which must outlive it.
#pragma once

#include "ImpactTracker.h"
#include "OutageWindow.h"
#include "ProbeSample.h"

#include <QList>
#include <QString>
#include <map>
#include <optional>

namespace etcddrill {

class OutageTracker
{
public:
    struct Event
    {
        enum class Kind : quint8 { Opened, Closed };
        Kind kind = Kind::Opened;
        OutageWindow window;
    };

    // What a target's probes saw since the last takeSecond(); skipped slots are not counted.
    struct Second
    {
        int ok = 0;
        int failed = 0;
        double maxMs = 0; // the longest probe, failed ones included (a timeout counts its deadline)
    };

    explicit OutageTracker(ImpactTracker& impact);

    // Adds `samples` (one batch of one target, as ProbeScheduler delivers them) to the ImpactTracker and
    // returns the windows this batch opened and closed, in order.
    QList<Event> add(const QString& target, const QList<ProbeSample>& samples);

    bool isOpen(const QString& target) const;
    // The target's open window measured up to the clock's now; nullopt when none is open.
    std::optional<OutageWindow> openWindow(const QString& target) const;
    // The latest probe that was not skipped failed (also before enough failures in a row opened a window).
    bool lastFailed(const QString& target) const;
    // The counts since the previous call, which starts a new second.
    Second takeSecond(const QString& target);

    struct DegradedChange
    {
        bool opened = true; // false: closed
        DegradedPeriod period;
    };
    // The degraded periods of `target` that opened and closed since the previous call, in order.
    QList<DegradedChange> takeDegradedChanges(const QString& target);
    bool isDegraded(const QString& target) const;

private:
    struct TargetState
    {
        qsizetype reported = 0; // windows whose opening was reported
        bool open = false;      // the last of them was open at the latest batch
        OutageWindow current;   // that window as of the latest batch
        bool lastFailed = false;
        Second second;
        qsizetype periodsReported = 0; // degraded periods whose opening was reported
        bool periodOpen = false;
    };

    ImpactTracker& m_impact;
    std::map<QString, TargetState> m_states;
};

} // namespace etcddrill
