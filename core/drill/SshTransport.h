// Runs fault commands on the target node through the system's OpenSSH client, so that ~/.ssh/config, agents,
// jump hosts and known_hosts work as they do for the operator:
//   ssh -o BatchMode=yes -o ConnectTimeout=<s> [-F cfg] [-i key] [-o …] [-p port] [user@]host -- '<remote>'
// where <remote> is `sh -c <script>` (with `sudo -n` in front when configured) quoted once more for the
// remote login shell. An ssh exit code of 255 is told apart from the remote command's failure and worded
// by cause: cannot connect, login refused, host key, or broken connection. Lives on the thread that calls
// run(); owned by the drill engine.
#pragma once

#include "CommandTransport.h"
#include "SshSettings.h"
#include "SshTarget.h"

namespace etcddrill {

class SshTransport : public CommandTransport
{
    Q_OBJECT

public:
    SshTransport(const SshTarget& target, const SshSettings& settings = {}, QObject* parent = nullptr);

    const SshTarget& target() const { return m_target; }
    const SshSettings& settings() const { return m_settings; }

    void run(const PlannedCommand& command, std::chrono::milliseconds timeout, Done done) override;
    QString describe(const PlannedCommand& command) const override;
    QString location() const override; // "on root@10.0.0.13:2222"

    // The command line the remote login shell gets: `sh -c '<script>'`, `sudo -n sh -c '<script>'`.
    QString remoteCommand(const PlannedCommand& command) const;
    // Which failure ssh's stderr shows when it exits 255 (its own messages, stable across OpenSSH versions).
    static CommandResult::TransportFailure classify(const QString& sshStderr);

private:
    QStringList arguments(const PlannedCommand& command) const;
    void explainSshFailure(CommandResult& result, const PlannedCommand& command) const;

    SshTarget m_target;
    SshSettings m_settings;
};

} // namespace etcddrill
