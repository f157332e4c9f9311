#include "CommandSequencer.h"

#include "CommandTransport.h"
#include "DrillRecorder.h"
#include "Redactor.h"
#include "journal/CommandFinishedRecord.h"
#include "journal/CommandStartedRecord.h"

#include <QTimer>

namespace etcddrill {

struct CommandSequencer::Sequence
{
    QList<PlannedCommand> commands;
    qsizetype next = 0;
    DrillCommand::Role role = DrillCommand::Role::Preflight;
    DrillStep::Id step = DrillStep::Id::Preflight;
    bool stopOnFailure = true;
    bool forceDry = false;
    bool allOk = true;
    CommandResult firstFailure;
    Each each;
    Done done;
};

CommandSequencer::CommandSequencer(DrillRecorder& recorder, bool dryRun,
                                   std::chrono::milliseconds commandTimeout, QObject* parent)
    : QObject(parent), m_recorder(recorder), m_dryRun(dryRun), m_commandTimeout(commandTimeout)
{
}

void CommandSequencer::setTransport(CommandTransport* transport, const QString& node)
{
    m_transport = transport;
    m_node = node;
}

DrillCommand CommandSequencer::describe(const PlannedCommand& command, DrillCommand::Role role,
                                        DrillStep::Id step) const
{
    DrillCommand c;
    c.step = step;
    c.role = role;
    c.node = m_node;
    c.purpose = command.purpose.mapped(&Redactor::redact);
    c.display = Redactor::redact(command.display);
    c.commandLine = m_transport ? Redactor::redact(m_transport->describe(command)) : c.display;
    c.location = m_transport ? m_transport->location() : QString();
    c.changesState = command.changesState;
    return c;
}

QList<DrillCommand> CommandSequencer::describeAll(const QList<PlannedCommand>& commands,
                                                  DrillCommand::Role role, DrillStep::Id step) const
{
    QList<DrillCommand> list;
    for (const PlannedCommand& command : commands) {
        DrillCommand c = describe(command, role, step);
        c.dryRun = m_dryRun;
        list.append(c);
    }
    return list;
}

void CommandSequencer::run(const QList<PlannedCommand>& commands, DrillCommand::Role role, DrillStep::Id step,
                           bool stopOnFailure, Each each, Done done, bool forceDry)
{
    auto sequence = std::make_shared<Sequence>();
    sequence->commands = commands;
    sequence->role = role;
    sequence->step = step;
    sequence->stopOnFailure = stopOnFailure;
    sequence->forceDry = forceDry;
    sequence->each = std::move(each);
    sequence->done = std::move(done);
    next(sequence);
}

void CommandSequencer::next(std::shared_ptr<Sequence> sequence)
{
    if (m_cancelled)
        return;
    if (sequence->next >= sequence->commands.size()) {
        sequence->done(sequence->allOk, sequence->firstFailure);
        return;
    }
    const PlannedCommand command = sequence->commands.at(sequence->next++);
    DrillCommand shown = describe(command, sequence->role, sequence->step);
    shown.dryRun = sequence->forceDry || (m_dryRun && command.changesState);
    m_recorder.put(CommandStartedRecord{shown});
    emit commandStarted(shown);
    if (shown.dryRun) {
        CommandResult result;
        result.commandLine = shown.commandLine;
        result.exitCode = 0;
        result.errorText = QStringLiteral("not run: dry run");
        finished(sequence, shown, command, result);
        return;
    }
    m_transport->run(command, m_commandTimeout,
                     [this, sequence, shown, command](const CommandResult& result) {
                         if (!m_cancelled)
                             finished(sequence, shown, command, result);
                     });
}

void CommandSequencer::finished(const std::shared_ptr<Sequence>& sequence, const DrillCommand& shown,
                                const PlannedCommand& command, const CommandResult& raw)
{
    const CommandFinishedRecord record = CommandFinishedRecord::of(shown, raw);
    const CommandResult& result = record.result; // redacted
    m_recorder.put(record);
    emit commandFinished(shown, result);
    if (sequence->each)
        sequence->each(command, result);
    if (m_cancelled)
        return;
    if (shown.dryRun) {
        QTimer::singleShot(0, this, [this, sequence] { next(sequence); });
        return;
    }
    if (!result.succeeded()) {
        if (sequence->allOk)
            sequence->firstFailure = result;
        sequence->allOk = false;
        if (sequence->stopOnFailure) {
            sequence->done(false, result);
            return;
        }
    }
    next(sequence);
}

} // namespace etcddrill
