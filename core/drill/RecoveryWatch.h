// The recovery after the restore: waits for the target to be back — rejoined as the same member and caught
// up (RejoinRule, AfterStart), with every probe target answering — and then for that to hold for
// drill.settle; a problem during the settle starts the wait again. Fails at the deadline (drill.start-timeout
// plus drill.hypothesis.max-recovery after the start command: waiting past the hypothesis lets the verdict
// say by how much it was missed), or at once when the rule says the member cannot come back (another member
// ID). It sets step recovery, journals "recovered" and the snapshots after-recovery/recovery-failed, adds the
// step's checks (RecoveryChecks) and then emits finished(); the engine goes on to the verdict.
//
// Thread: the drill engine's. Owner: DrillEngine (a QObject child). The engine hands it every snapshot while
// it runs; cancel() (an abort) stops it without a result.
#pragma once

#include "config/DrillConfig.h"
#include "etcd/ClusterSnapshot.h"
#include "i18n/LocalizedText.h"

#include <QObject>
#include <QTimer>
#include <chrono>
#include <functional>
#include <optional>

namespace etcddrill {

class DrillRecorder;
class MonotonicClock;
class ProbeImpactRecorder;

class RecoveryWatch : public QObject
{
    Q_OBJECT

public:
    using TimePoint = std::chrono::steady_clock::time_point;

    struct Target
    {
        QString node;
        quint64 memberIdBefore = 0;   // before the stop
        quint64 memberIdAnswered = 0; // what its endpoint answered with after the start (0: unknown)
    };

    RecoveryWatch(const DrillConfig& config, const MonotonicClock& clock, DrillRecorder& recorder,
                  const ProbeImpactRecorder& probes, QObject* parent = nullptr);
    ~RecoveryWatch() override;

    // The target's endpoint answered at `answeredAt`, after the start command issued at `restoreIssuedAt`.
    // `last`: the latest snapshot, if any.
    void start(const Target& target, TimePoint restoreIssuedAt, TimePoint answeredAt,
               const ClusterSnapshot* last);
    void onSnapshot(const ClusterSnapshot& snapshot);
    // The recovery fails now with `problem` (the target never answered): its checks from `last`.
    void fail(const Target& target, const LocalizedText& problem, const ClusterSnapshot* last);
    void cancel();

    bool isRunning() const { return m_running; }
    // From the start command to the snapshot that showed the target back; unset until then, and again when
    // the recovery did not hold or failed.
    std::optional<std::chrono::milliseconds> recovery() const { return m_recovery; }
    LocalizedText problem() const { return m_problem; }
    // The target's member ID as the final checks saw it; unset when they had no snapshot.
    std::optional<quint64> memberIdAfter() const { return m_memberIdAfter; }

signals:
    // The recovery held long enough to start the settle (true), or a problem ended the settle (false).
    void settlingChanged(bool settling);
    void finished();

private:
    LocalizedText problemIn(const ClusterSnapshot& snapshot, bool* fatal) const;
    void arm(std::chrono::milliseconds after, std::function<void()> handler);
    void addChecks(const ClusterSnapshot& snapshot, bool recovered);
    void failNow(const LocalizedText& problem);
    void journalSnapshot(const QString& label);

    const DrillConfig& m_config;
    const MonotonicClock& m_clock;
    DrillRecorder& m_recorder;
    const ProbeImpactRecorder& m_probes;

    Target m_target;
    TimePoint m_restoreIssuedAt;
    TimePoint m_answeredAt;
    TimePoint m_deadline;
    std::optional<ClusterSnapshot> m_last;
    QTimer m_timer;
    std::function<void()> m_onTimer;
    bool m_running = false;
    bool m_settling = false;
    std::optional<std::chrono::milliseconds> m_recovery;
    LocalizedText m_problem;
    std::optional<quint64> m_memberIdAfter;
};

} // namespace etcddrill
