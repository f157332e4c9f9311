// Where fault commands run: on this machine (LocalTransport) or on the target node (SshTransport). run()
// starts one PlannedCommand as a child process and returns at once; the result comes back through `done`
// on the transport's thread, never from inside run() itself. Each run has a deadline: when it passes, the
// child's whole process group gets SIGTERM, then SIGKILL (CommandProcess). Several runs may be under way at
// once. Lives on the thread that calls run() (it needs that thread's event loop); owned by the drill engine.
// Destroying the transport kills what still runs, and their `done` is not called.
#pragma once

#include "CommandResult.h"
#include "PlannedCommand.h"

#include <QObject>
#include <QStringList>
#include <chrono>
#include <functional>

namespace etcddrill {

class CommandTransport : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(CommandResult)>;

    explicit CommandTransport(QObject* parent = nullptr);
    ~CommandTransport() override;

    // timeout: the whole run, from start to exit (for ssh including connecting); must be positive.
    virtual void run(const PlannedCommand& command, std::chrono::milliseconds timeout, Done done) = 0;
    // The full command line run() executes for `command`, quoted for sh: what --dry-run prints.
    virtual QString describe(const PlannedCommand& command) const = 0;
    // Where the commands run, for messages: "locally", "on root@10.0.0.13".
    virtual QString location() const = 0;

protected:
    // Starts program + arguments through a CommandProcess. `interpret` may refine the result (classify a
    // transport failure, word the error) before `done` gets it.
    void runProcess(const QString& program, const QStringList& arguments, const PlannedCommand& command,
                    std::chrono::milliseconds timeout, std::function<void(CommandResult&)> interpret,
                    Done done);
};

} // namespace etcddrill
