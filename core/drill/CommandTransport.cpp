#include "CommandTransport.h"

#include "CommandProcess.h"
#include "Redactor.h"

namespace etcddrill {

CommandTransport::CommandTransport(QObject* parent) : QObject(parent) {}

CommandTransport::~CommandTransport() = default;

void CommandTransport::runProcess(const QString& program, const QStringList& arguments,
                                  const PlannedCommand& command, std::chrono::milliseconds timeout,
                                  std::function<void(CommandResult&)> interpret, Done done)
{
    // Owned by this transport (a child): when the transport goes, the process is killed with it.
    auto* process = new CommandProcess(program, arguments, command, timeout, location(), this);
    connect(process, &CommandProcess::finished, this,
            [process, interpret = std::move(interpret), done = std::move(done)](CommandResult result) {
                if (interpret)
                    interpret(result);
                // The messages quote the command (a custom stop-command may carry a password) and its output.
                result.errorText = Redactor::redact(result.errorText);
                process->deleteLater();
                if (done)
                    done(std::move(result));
            });
    process->start();
}

} // namespace etcddrill
