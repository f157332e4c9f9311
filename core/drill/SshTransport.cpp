#include "SshTransport.h"

#include "ShellQuote.h"

namespace etcddrill {

namespace {

// ssh's ConnectTimeout takes whole seconds; rounding down could turn 1.5 s into 1 s or 0 (= no limit).
qint64 connectTimeoutSeconds(std::chrono::milliseconds timeout)
{
    return std::max<qint64>(1, (timeout.count() + 999) / 1000);
}

// The lines ssh wrote about its own failure, without the "Warning: Permanently added …" chatter.
QString sshReason(const QString& stderrText)
{
    QStringList lines;
    for (const QString& raw : stderrText.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (!line.isEmpty() && !line.startsWith(QLatin1String("Warning: Permanently added")))
            lines.append(line);
    }
    while (lines.size() > 3)
        lines.removeFirst();
    return lines.join(QStringLiteral(" / "));
}

} // namespace

SshTransport::SshTransport(const SshTarget& target, const SshSettings& settings, QObject* parent)
    : CommandTransport(parent), m_target(target), m_settings(settings)
{
}

QString SshTransport::remoteCommand(const PlannedCommand& command) const
{
    QStringList words;
    if (m_settings.sudo && command.needsSudo)
        words << QStringLiteral("sudo") << QStringLiteral("-n");
    words << QStringLiteral("sh") << QStringLiteral("-c") << command.script;
    return ShellQuote::join(words);
}

QStringList SshTransport::arguments(const PlannedCommand& command) const
{
    // BatchMode: never prompt (password, passphrase, unknown host key): fail with exit 255 instead, which
    // explainSshFailure() words. The user's config, agent and jump hosts still apply.
    QStringList args{
        QStringLiteral("-o"), QStringLiteral("BatchMode=yes"), QStringLiteral("-o"),
        QStringLiteral("ConnectTimeout=%1").arg(connectTimeoutSeconds(m_settings.connectTimeout))};
    if (!m_settings.configFile.isEmpty())
        args << QStringLiteral("-F") << m_settings.configFile;
    if (!m_settings.identityFile.isEmpty())
        args << QStringLiteral("-i") << m_settings.identityFile;
    for (const QString& option : m_settings.options)
        args << QStringLiteral("-o") << option;
    if (m_target.port > 0)
        args << QStringLiteral("-p") << QString::number(m_target.port);
    // One word after "--": ssh joins its remaining arguments with blanks and hands them to the remote login
    // shell, which is where the second level of quoting in remoteCommand() is undone.
    args << m_target.destination() << QStringLiteral("--") << remoteCommand(command);
    return args;
}

void SshTransport::run(const PlannedCommand& command, std::chrono::milliseconds timeout, Done done)
{
    runProcess(
        m_settings.program, arguments(command), command, timeout,
        [this, command](CommandResult& result) { explainSshFailure(result, command); }, std::move(done));
}

QString SshTransport::describe(const PlannedCommand& command) const
{
    return ShellQuote::join(QStringList{m_settings.program} + arguments(command));
}

QString SshTransport::location() const
{
    return QStringLiteral("on %1").arg(m_target.toString());
}

CommandResult::TransportFailure SshTransport::classify(const QString& sshStderr)
{
    using Failure = CommandResult::TransportFailure;
    const auto hasAny = [&](std::initializer_list<const char*> texts) {
        for (const char* text : texts) {
            if (sshStderr.contains(QLatin1String(text), Qt::CaseInsensitive))
                return true;
        }
        return false;
    };
    // ssh's own messages: "Permission denied (publickey).", "Host key verification failed.",
    // "ssh: connect to host h port 22: Connection refused", "…: Connection timed out",
    // "kex_exchange_identification: …" (closed before the banner, e.g. sshd's MaxStartups).
    if (hasAny({"Permission denied", "Too many authentication failures", "Authentication failed"}))
        return Failure::Authentication;
    if (hasAny({"Host key verification failed", "REMOTE HOST IDENTIFICATION HAS CHANGED"}))
        return Failure::HostKey;
    if (hasAny({"Connection refused", "Connection timed out", "Operation timed out", "banner exchange",
                "No route to host", "Network is unreachable", "Could not resolve hostname",
                "Name or service not known", "Temporary failure in name resolution",
                "kex_exchange_identification"}))
        return Failure::CannotConnect;
    return Failure::Other;
}

void SshTransport::explainSshFailure(CommandResult& result, const PlannedCommand& command) const
{
    const QString where = m_target.toString();
    if (result.failedToStart) {
        result.errorText = QStringLiteral("%1: cannot run the ssh client '%2' (%3): install OpenSSH's client "
                                          "(Debian/Ubuntu: openssh-client) or put ssh on PATH")
                               .arg(command.purpose.english(), m_settings.program, result.errorText);
        return;
    }
    // 255 is ssh's own failure code. A remote command that itself exits 255 is indistinguishable by the code
    // alone, so the wording for Other says both.
    if (result.timedOut || result.crashed || result.exitCode != 255)
        return;
    result.transportFailure = classify(result.stdErr);
    const QString reason = sshReason(result.stdErr);
    const QString said = reason.isEmpty() ? QString() : QStringLiteral(" (ssh said: %1)").arg(reason);
    // What the operator can paste to see the failure for themselves (ssh takes no host:port, only -p).
    QStringList manual{QStringLiteral("ssh")};
    if (m_target.port > 0)
        manual << QStringLiteral("-p") << QString::number(m_target.port);
    manual << m_target.destination();
    const QString connect = ShellQuote::join(manual);
    const QString tryIt = ShellQuote::join(
        QStringList{QStringLiteral("ssh"), QStringLiteral("-o"), QStringLiteral("BatchMode=yes")} +
        manual.mid(1) + QStringList{QStringLiteral("true")});
    switch (result.transportFailure) {
    case CommandResult::TransportFailure::CannotConnect:
        result.errorText =
            QStringLiteral(
                "%1: cannot connect to %2 over ssh%3. Nothing ran there. Check that the host is up "
                "and reachable from here, that sshd listens on port %4, and the node's ssh: entry.")
                .arg(command.purpose.english(), where, said,
                     m_target.port > 0 ? QString::number(m_target.port) : QStringLiteral("22"));
        break;
    case CommandResult::TransportFailure::Authentication:
        result.errorText =
            QStringLiteral(
                "%1: %2 refused the ssh login%3. Nothing ran there. Check the user name, that your "
                "key is loaded in the agent or set as IdentityFile in ~/.ssh/config, and that it is "
                "in the node's authorized_keys; '%4' must work without a prompt.")
                .arg(command.purpose.english(), where, said, tryIt);
        break;
    case CommandResult::TransportFailure::HostKey:
        result.errorText =
            QStringLiteral(
                "%1: the ssh host key of %2 is unknown or has changed%3. Nothing ran there. Connect "
                "once by hand (ssh %4), compare the key with the node's and accept it.")
                .arg(command.purpose.english(), where, said, connect);
        break;
    case CommandResult::TransportFailure::Other:
        result.errorText =
            QStringLiteral(
                "%1: ssh to %2 exited 255%3: the connection failed or broke, or the command itself "
                "exited 255. It may or may not have run: check on the node by hand with: %4")
                .arg(command.purpose.english(), where, said, command.display);
        break;
    case CommandResult::TransportFailure::None:
        break;
    }
}

} // namespace etcddrill
