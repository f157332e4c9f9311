#include "LocalTransport.h"

#include "ShellQuote.h"

namespace etcddrill {

LocalTransport::LocalTransport(bool sudo, QObject* parent) : CommandTransport(parent), m_sudo(sudo) {}

QStringList LocalTransport::commandLine(const PlannedCommand& command) const
{
    QStringList words;
    // -n: sudo fails at once instead of prompting for a password on a terminal no one watches.
    if (m_sudo && command.needsSudo)
        words << QStringLiteral("sudo") << QStringLiteral("-n");
    words << m_shell << QStringLiteral("-c") << command.script;
    return words;
}

void LocalTransport::run(const PlannedCommand& command, std::chrono::milliseconds timeout, Done done)
{
    const QStringList words = commandLine(command);
    const bool viaSudo = words.first() == QLatin1String("sudo");
    runProcess(
        words.first(), words.mid(1), command, timeout,
        [viaSudo, command](CommandResult& result) {
            if (result.failedToStart && viaSudo)
                result.errorText += QStringLiteral(" (drill.sudo is on: is sudo installed?)");
            // sudo -n exits 1 with this text when it would have to ask for a password.
            if (viaSudo && result.exitCode == 1 &&
                result.stdErr.contains(QLatin1String("a password is required")))
                result.errorText =
                    QStringLiteral("%1: sudo wants a password, and etcd-drill never types one: "
                                   "allow this user to run sh as root without a password "
                                   "(sudoers NOPASSWD), run etcd-drill as root, or turn "
                                   "drill.sudo off")
                        .arg(command.purpose.english());
        },
        std::move(done));
}

QString LocalTransport::describe(const PlannedCommand& command) const
{
    return ShellQuote::join(commandLine(command));
}

QString LocalTransport::location() const
{
    return QStringLiteral("locally");
}

} // namespace etcddrill
