// One run of one PlannedCommand as a child process: starts program + arguments in a session (and process
// group) of its own, captures stdout and stderr up to CommandResult::kOutputCap, enforces the deadline and
// emits finished() once with the CommandResult (output redacted, error worded). Lives on its transport's
// thread; created and owned by CommandTransport, which deletes it after finished().
#pragma once

#include "CommandResult.h"
#include "PlannedCommand.h"

#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTimer>
#include <chrono>

namespace etcddrill {

class CommandProcess : public QObject
{
    Q_OBJECT

public:
    // After SIGTERM at the deadline, this long before SIGKILL. SIGTERM first because sudo relays it to the
    // command it runs, while a SIGKILL from an unprivileged caller cannot reach a command sudo runs as root;
    // ssh on SIGTERM closes the connection, which makes sshd hang up on the remote command.
    static constexpr std::chrono::milliseconds kKillGrace{1000};

    // location: where it runs, for the error text ("locally", "on root@10.0.0.13").
    CommandProcess(const QString& program, const QStringList& arguments, const PlannedCommand& command,
                   std::chrono::milliseconds timeout, const QString& location, QObject* parent = nullptr);
    ~CommandProcess() override; // SIGKILLs the process group if it still runs; finished() is not emitted

    // Starts on the next event loop turn, so finished() never comes from inside start().
    void start();

signals:
    void finished(etcddrill::CommandResult result);

private:
    void launch();
    void onTimeout();
    void onKillGrace();
    void onErrorOccurred(QProcess::ProcessError error);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void drain(QProcess::ProcessChannel channel);
    void signalGroup(int signal);
    void complete();

    QProcess m_process;
    PlannedCommand m_command;
    QString m_location;
    std::chrono::milliseconds m_timeout;
    QTimer m_deadline;
    QTimer m_killTimer;
    QElapsedTimer m_elapsed;
    CommandResult m_result;
    QByteArray m_stdOut;
    QByteArray m_stdErr;
    qint64 m_pid = 0;
    bool m_done = false;
};

} // namespace etcddrill
