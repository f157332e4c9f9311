#include "CommandProcess.h"

#include "Redactor.h"
#include "ShellQuote.h"

#include <QMetaObject>
#include <csignal>
#include <unistd.h>

namespace etcddrill {

namespace {

QString formatDuration(std::chrono::milliseconds ms)
{
    if (ms.count() % 1000 == 0)
        return QStringLiteral("%1 s").arg(ms.count() / 1000);
    if (ms.count() < 1000)
        return QStringLiteral("%1 ms").arg(ms.count());
    return QStringLiteral("%1 s").arg(double(ms.count()) / 1000.0, 0, 'f', 1);
}

// The last few non-empty lines: where tools put the reason they failed.
QString tail(const QString& text, int lines = 3)
{
    QStringList kept;
    const QStringList all = text.split(QLatin1Char('\n'));
    for (auto it = all.crbegin(); it != all.crend() && kept.size() < lines; ++it) {
        const QString line = it->trimmed();
        if (!line.isEmpty())
            kept.prepend(line);
    }
    return kept.join(QStringLiteral(" / "));
}

QString decode(const QByteArray& bytes)
{
    // ssh ends its own messages with CRLF (it may have a terminal in raw mode): one line ending in the
    // journal.
    QString text = QString::fromUtf8(bytes);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return Redactor::redact(text);
}

} // namespace

CommandProcess::CommandProcess(const QString& program, const QStringList& arguments,
                               const PlannedCommand& command, std::chrono::milliseconds timeout,
                               const QString& location, QObject* parent)
    : QObject(parent), m_command(command), m_location(location),
      m_timeout(std::max(timeout, std::chrono::milliseconds(1)))
{
    m_process.setProgram(program);
    m_process.setArguments(arguments);
    // Nothing may wait for input: ssh runs with BatchMode, sudo with -n, and a custom command that reads
    // stdin gets EOF instead of hanging until the deadline.
    m_process.setStandardInputFile(QProcess::nullDevice());
    m_process.setChildProcessModifier([] {
        // A session of its own: the process group can be signalled as a whole at the deadline (sh's children
        // too), a ^C in etcd-drill's terminal does not cut a mv in half, and without a controlling terminal
        // no ssh or sudo can open /dev/tty to prompt for a password no one would see.
        ::setsid();
    });
    m_result.commandLine = Redactor::redact(ShellQuote::join(QStringList{program} + arguments));

    // Precise: a coarse timer may fire up to 5 % early, and a deadline must not cut a command short.
    m_deadline.setTimerType(Qt::PreciseTimer);
    m_deadline.setSingleShot(true);
    m_killTimer.setTimerType(Qt::PreciseTimer);
    m_killTimer.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &CommandProcess::onTimeout);
    connect(&m_killTimer, &QTimer::timeout, this, &CommandProcess::onKillGrace);
    connect(&m_process, &QProcess::readyReadStandardOutput, this,
            [this] { drain(QProcess::StandardOutput); });
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] { drain(QProcess::StandardError); });
    connect(&m_process, &QProcess::errorOccurred, this, &CommandProcess::onErrorOccurred);
    connect(&m_process, &QProcess::finished, this, &CommandProcess::onFinished);
}

CommandProcess::~CommandProcess()
{
    m_process.disconnect(this);
    if (m_process.state() != QProcess::NotRunning) {
        signalGroup(SIGKILL);
        // The group leader was SIGKILLed: this returns as soon as the kernel has reaped it.
        m_process.waitForFinished(1000);
    }
}

void CommandProcess::start()
{
    QMetaObject::invokeMethod(this, &CommandProcess::launch, Qt::QueuedConnection);
}

void CommandProcess::launch()
{
    m_result.startedAt = QDateTime::currentDateTime();
    m_elapsed.start();
    m_deadline.start(m_timeout);
    m_process.start();
    if (m_process.processId() > 0)
        m_pid = m_process.processId();
}

void CommandProcess::signalGroup(int signal)
{
    if (m_pid <= 0)
        m_pid = m_process.processId();
    // setsid() made the child leader of a process group with its own pid. Only signalled while the leader
    // is unreaped (or, after it was, once to sweep its group): the group id cannot have been reused then.
    if (m_pid > 0)
        ::kill(-pid_t(m_pid), signal);
}

void CommandProcess::onTimeout()
{
    if (m_done || m_process.state() == QProcess::NotRunning)
        return;
    m_result.timedOut = true;
    signalGroup(SIGTERM);
    m_killTimer.start(kKillGrace);
}

void CommandProcess::onKillGrace()
{
    if (!m_done && m_process.state() != QProcess::NotRunning)
        signalGroup(SIGKILL);
}

void CommandProcess::drain(QProcess::ProcessChannel channel)
{
    m_process.setReadChannel(channel);
    QByteArray& kept = channel == QProcess::StandardOutput ? m_stdOut : m_stdErr;
    bool& truncated =
        channel == QProcess::StandardOutput ? m_result.stdOutTruncated : m_result.stdErrTruncated;
    const QByteArray chunk = m_process.readAll();
    const qsizetype room = CommandResult::kOutputCap - kept.size();
    if (chunk.size() > room) {
        kept.append(chunk.first(std::max<qsizetype>(room, 0)));
        truncated = true;
    } else {
        kept.append(chunk);
    }
}

void CommandProcess::onErrorOccurred(QProcess::ProcessError error)
{
    // Crashes and timeouts end in finished(); only a failed start never gets there.
    if (error != QProcess::FailedToStart || m_done)
        return;
    m_result.failedToStart = true;
    m_result.errorText =
        QStringLiteral("%1: cannot start %2 %3: %4")
            .arg(m_command.purpose.english(), m_process.program(), m_location, m_process.errorString());
    complete();
}

void CommandProcess::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_done)
        return;
    drain(QProcess::StandardOutput);
    drain(QProcess::StandardError);
    if (m_result.timedOut)
        signalGroup(SIGKILL); // what ignored SIGTERM and outlived the leader
    m_result.exitCode = status == QProcess::NormalExit ? exitCode : -1;
    m_result.crashed = status == QProcess::CrashExit && !m_result.timedOut;
    m_result.stdOut = decode(m_stdOut);
    m_result.stdErr = decode(m_stdErr);

    const QString purpose = m_command.purpose.english();
    if (m_result.timedOut) {
        m_result.errorText =
            QStringLiteral("%1 did not finish within %2 %3 and was stopped; it may have been partly done. "
                           "Check by hand with: %4")
                .arg(purpose, formatDuration(m_timeout), m_location, m_command.display);
    } else if (m_result.crashed) {
        m_result.errorText =
            QStringLiteral("%1: %2 was killed by a signal %3 (not by etcd-drill); it may have "
                           "been partly done. Check by hand with: %4")
                .arg(purpose, m_process.program(), m_location, m_command.display);
    } else if (exitCode == PlannedCommand::kRefusedExitCode && !m_command.refusalMessage.isEmpty()) {
        m_result.refused = true;
        QStringList reasons;
        const QLatin1String prefix(PlannedCommand::kRefusalPrefix);
        for (const QString& line : m_result.stdErr.split(QLatin1Char('\n'))) {
            if (line.startsWith(prefix))
                reasons.append(line.mid(prefix.size()).trimmed());
        }
        m_result.errorText = reasons.isEmpty() ? m_command.refusalMessage : reasons.join(QLatin1Char(' '));
    } else if (exitCode != 0) {
        const QString why = tail(m_result.stdErr);
        m_result.errorText =
            QStringLiteral("%1 failed %2 with exit code %3%4")
                .arg(purpose, m_location, QString::number(exitCode),
                     why.isEmpty() ? QStringLiteral(" and printed no error") : QStringLiteral(": ") + why);
    }
    complete();
}

void CommandProcess::complete()
{
    m_done = true;
    m_deadline.stop();
    m_killTimer.stop();
    m_result.finishedAt = QDateTime::currentDateTime();
    m_result.duration = std::chrono::milliseconds(m_elapsed.isValid() ? m_elapsed.elapsed() : 0);
    emit finished(m_result);
}

} // namespace etcddrill
