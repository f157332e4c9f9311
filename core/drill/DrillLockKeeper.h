// The drill lock as a drill holds it: takes it at the start (in a dry run only looks whether it is free),
// journals every lock event ("lock": acquired, refused, free, held, lost, released, release-failed), gives
// the preflight its answer and releases the lock at the end. A lock taken after the drill already ended (an
// abort during the preflight) is not journaled as the drill's: lateAnswer() lets the engine give it back.
//
// Thread: the drill engine's. Owner: DrillEngine (a QObject child); the DrillLock is its child.
#pragma once

#include "DrillLockHolder.h"

#include "config/DrillConfig.h"
#include "i18n/LocalizedText.h"

#include <QObject>
#include <chrono>
#include <functional>

namespace etcddrill {

class DrillLock;
class DrillRecorder;

class DrillLockKeeper : public QObject
{
    Q_OBJECT

public:
    DrillLockKeeper(const DrillConfig& config, std::chrono::seconds ttl, DrillRecorder& recorder,
                    QObject* parent = nullptr);
    ~DrillLockKeeper() override;

    // Takes the lock for `holder`; in a dry run only inspects it. answered() tells how it went.
    void take(const DrillLockHolder& holder, bool dryRun);
    // The drill has ended: an answer still to come is not the drill's any more (lateAnswer()).
    void drillEnded() { m_ended = true; }
    bool isHeld() const;
    bool isPending() const { return m_pending; }
    // Gives the lock back, journals how that went, then calls `done`.
    void release(std::function<void()> done);
    void shutDown(); // deletes the DrillLock (its callbacks capture this keeper)

signals:
    // The preflight's lock check: taken (free, in a dry run), or why not.
    void answered(bool passed, const etcddrill::LocalizedText& measured);
    // The acquire answered after drillEnded(): `taken` says whether there is a lock to give back.
    void lateAnswer(bool taken);

private:
    QString key() const;

    DrillRecorder& m_recorder;
    DrillLock* m_lock = nullptr; // child
    bool m_pending = false;
    bool m_ended = false;
};

} // namespace etcddrill
