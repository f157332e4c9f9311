// Runs a fault's planned commands one after another on the drill's CommandTransport: each is described as
// the faces and the journal show it (purpose, display and command line redacted), journaled as
// command-started / command-finished through the DrillRecorder, emitted, and run with drill.command-timeout
// as its deadline. A command that changes state is only shown in a dry run (not run, "not run: dry run").
// A sequence stops at the first failure when asked to; `done` gets whether all succeeded and the first
// failure. After cancel() no callback or signal comes any more (the drill finished).
//
// Thread: the drill engine's; results come back through the transport's callbacks on that thread.
// Owner: DrillEngine (child QObject). The transport and recorder must outlive it.
#pragma once

#include "CommandResult.h"
#include "DrillCommand.h"
#include "DrillStep.h"
#include "PlannedCommand.h"

#include <QList>
#include <QObject>
#include <chrono>
#include <functional>
#include <memory>

namespace etcddrill {

class CommandTransport;
class DrillRecorder;

class CommandSequencer : public QObject
{
    Q_OBJECT

public:
    using Each = std::function<void(const PlannedCommand&, const CommandResult&)>;
    using Done = std::function<void(bool allOk, const CommandResult& firstFailure)>;

    CommandSequencer(DrillRecorder& recorder, bool dryRun, std::chrono::milliseconds commandTimeout,
                     QObject* parent = nullptr);

    // Where the commands run and on which node: set once the target is known (null: describe only).
    void setTransport(CommandTransport* transport, const QString& node);
    void cancel() { m_cancelled = true; }

    // How `command` is shown and journaled.
    DrillCommand describe(const PlannedCommand& command, DrillCommand::Role role, DrillStep::Id step) const;
    // The same for a list, marked dry-run when the whole drill is one (a gate's preview).
    QList<DrillCommand> describeAll(const QList<PlannedCommand>& commands, DrillCommand::Role role,
                                    DrillStep::Id step) const;

    // forceDry: show only, even commands that change nothing.
    void run(const QList<PlannedCommand>& commands, DrillCommand::Role role, DrillStep::Id step,
             bool stopOnFailure, Each each, Done done, bool forceDry = false);

signals:
    void commandStarted(const etcddrill::DrillCommand& command);
    void commandFinished(const etcddrill::DrillCommand& command, const etcddrill::CommandResult& result);

private:
    struct Sequence;
    void next(std::shared_ptr<Sequence> sequence);
    void finished(const std::shared_ptr<Sequence>& sequence, const DrillCommand& shown,
                  const PlannedCommand& command, const CommandResult& result);

    DrillRecorder& m_recorder;
    bool m_dryRun;
    std::chrono::milliseconds m_commandTimeout;
    CommandTransport* m_transport = nullptr;
    QString m_node;
    bool m_cancelled = false;
};

} // namespace etcddrill
