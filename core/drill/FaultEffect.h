// What a fault does to the target member and how the drill sees that effect take hold and go away. A fault
// is two parts: its commands (FaultAction: how to apply and remove it on the node) and its effect (this: what
// changes for the member, how that is observed and the texts of the checks on it). The engine's phases stay
// the same for every fault — apply, wait for took() within drill.stop-timeout, judge the survivors from
// snapshots in which the effect is visible, remove, wait for cleared() within drill.start-timeout, check the
// rejoin — so a new kind of fault (an isolated member, a slow disk) is a new FaultAction and FaultEffect,
// not edits across the engine.
//
// took() and cleared() report observations as they come (the first one after watch() too); FaultCycle
// decides which of them count (a "took" before the fault was applied does not).
//
// Thread: the drill engine's. Owner: FaultCycle (a QObject child), made by FaultFactory::effect() once the
// target is known.
#pragma once

#include "DrillCheck.h"
#include "FaultEffectKind.h"

#include "etcd/ClusterSnapshot.h"
#include "i18n/LocalizedText.h"

#include <QObject>
#include <chrono>

namespace etcddrill {

class FaultEffect : public QObject
{
    Q_OBJECT

public:
    using TimePoint = std::chrono::steady_clock::time_point;
    using Millis = std::chrono::milliseconds;

    ~FaultEffect() override;

    virtual FaultEffectKind kind() const = 0;
    // "stops-answering": the word a journal or a log would use.
    static QString kindName(FaultEffectKind kind);

    // Observe the member from now (just before the fault is applied) until stop().
    virtual void watch() = 0;
    virtual void stop() = 0;
    // What the latest observation said (the error of the latest failed call, say); may be empty.
    virtual QString lastError() const = 0;

    // Only a snapshot in which the effect shows says anything about the survivors without the target.
    virtual bool visibleIn(const ClusterSnapshot& snapshot) const = 0;

    // The step's text while the drill waits for the effect (`timeout`: drill.stop-timeout), and once it took.
    virtual LocalizedText waitingToTake(Millis timeout) const = 0;
    virtual LocalizedText tookStepText(Millis after) const = 0;
    // The check of step stop-target: took `after` the stop command, or not within `timeout`.
    virtual DrillCheck tookCheck(Millis after, Millis timeout) const = 0;
    virtual DrillCheck notTakenCheck(Millis timeout) const = 0;

    // The same for the removal, in step start-target (`timeout`: drill.start-timeout).
    virtual LocalizedText waitingToClear(Millis timeout) const = 0;
    virtual LocalizedText clearedStepText(Millis after) const = 0;
    virtual DrillCheck clearedCheck(Millis after, Millis timeout) const = 0;
    virtual DrillCheck notClearedCheck(Millis timeout) const = 0;

signals:
    // The effect was observed at `at` (the start of the observation that showed it); `detail` says how.
    void took(std::chrono::steady_clock::time_point at, const QString& detail);
    // The effect is gone at `at`; `memberId` is the member that answers now (0 when unknown).
    void cleared(std::chrono::steady_clock::time_point at, quint64 memberId);

protected:
    explicit FaultEffect(QObject* parent = nullptr);
};

} // namespace etcddrill
