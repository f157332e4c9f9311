// Whether the target is back after a rollback: from the restore on, every snapshot is asked RejoinRule's
// AfterRollback question (it answers as the same member and is caught up, within drill.max-index-lag) until
// the deadline (drill.start-timeout plus drill.hypothesis.max-recovery after the start command). Back: the
// checks of RollbackChecks::restored, the snapshot after-rollback, step rollback passed, rejoined(). Not back
// by the deadline: the check RollbackChecks::notRestored, step rollback failed, notRejoined() with the
// latest problem. Either way the engine ends the drill aborted.
//
// Thread: the drill engine's. Owner: DrillEngine (a QObject child). The engine hands it every snapshot while
// it runs; cancel() (the drill ended) stops it without a result.
#pragma once

#include "config/DrillConfig.h"
#include "etcd/ClusterSnapshot.h"
#include "i18n/LocalizedText.h"

#include <QObject>
#include <QTimer>
#include <chrono>
#include <optional>

namespace etcddrill {

class DrillRecorder;
class MonotonicClock;

class RollbackWatch : public QObject
{
    Q_OBJECT

public:
    using TimePoint = std::chrono::steady_clock::time_point;

    RollbackWatch(const DrillConfig& config, const MonotonicClock& clock, DrillRecorder& recorder,
                  QObject* parent = nullptr);
    ~RollbackWatch() override;

    // The target `node` (member `memberId` before the stop) was restored by the start command issued at
    // `restoreIssuedAt`. `problem`: why it was not back so far (the recovery's, when one was running);
    // `last`: the latest snapshot, if any.
    void start(const QString& node, quint64 memberId, TimePoint restoreIssuedAt, const LocalizedText& problem,
               const ClusterSnapshot* last);
    void onSnapshot(const ClusterSnapshot& snapshot);
    void cancel();

    bool isRunning() const { return m_running; }
    LocalizedText problem() const { return m_problem; } // why the target is not back yet; empty once it is
    std::chrono::milliseconds deadline() const;         // start-timeout + max-recovery

signals:
    // Back `recovery` after the start command, as member `memberIdAfter`.
    void rejoined(std::chrono::milliseconds recovery, quint64 memberIdAfter);
    void notRejoined(const etcddrill::LocalizedText& problem);

private:
    const DrillConfig& m_config;
    const MonotonicClock& m_clock;
    DrillRecorder& m_recorder;

    QString m_node;
    quint64 m_memberId = 0;
    TimePoint m_restoreIssuedAt;
    LocalizedText m_problem;
    std::optional<ClusterSnapshot> m_last;
    QTimer m_timer;
    bool m_running = false;
};

} // namespace etcddrill
