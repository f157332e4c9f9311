// Restores the unfinished drills of one drill config (DrillRecovery, the same as `etcd-drill-cli recover`)
// for a face that must not block: the recovery runs on a worker thread of its own and its progress and
// result arrive here as queued signals carrying value types.
//
// Thread: the object lives on its creator's thread (the GUI thread); the recovery is created here, moved to
// the worker thread before it starts and deleted there. Every signal arrives on the creator's thread. Owner:
// the creator (Qt parent or std::unique_ptr). Destroying it while a restore runs waits for that restore to
// end: a restore is never cut off half-way, it would leave the member in an unknown state (the console
// refuses to close meanwhile, so this is the last resort).
#pragma once

#include "config/DrillConfig.h"
#include "drill/CommandResult.h"
#include "drill/DrillCommand.h"
#include "drill/DrillRecoveryResult.h"

#include <QObject>
#include <QString>
#include <memory>

class QThread;

namespace etcddrill {

class RecoverySession : public QObject
{
    Q_OBJECT

public:
    explicit RecoverySession(QObject* parent = nullptr);
    ~RecoverySession() override;

    // From start() until finished() was emitted.
    bool isRunning() const { return m_running; }

public slots:
    // Returns at once; false (and nothing happens) while a restore runs.
    bool start(const etcddrill::DrillConfig& config);

signals:
    void notice(const etcddrill::LocalizedText& text);
    void commandStarted(const etcddrill::DrillCommand& command);
    void commandFinished(const etcddrill::DrillCommand& command, const etcddrill::CommandResult& result);
    void finished(const etcddrill::DrillRecoveryResult& result);

private:
    std::unique_ptr<QThread> m_thread;
    bool m_running = false;
};

} // namespace etcddrill
