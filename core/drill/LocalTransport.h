// Runs fault commands on this machine: `sh -c <script>`, or `sudo -n sh -c <script>` for commands that need
// root when the drill is set to use sudo. For transport: local, where etcd-drill runs on the target node
// itself (and for the tests). Lives on the thread that calls run(); owned by the drill engine.
#pragma once

#include "CommandTransport.h"

namespace etcddrill {

class LocalTransport : public CommandTransport
{
    Q_OBJECT

public:
    // sudo: put `sudo -n` in front of commands whose PlannedCommand::needsSudo is set (drill.sudo).
    explicit LocalTransport(bool sudo = false, QObject* parent = nullptr);

    // The shell that runs the scripts; /bin/sh unless changed (tests point it at a missing file).
    void setShell(const QString& shell) { m_shell = shell; }
    QString shell() const { return m_shell; }
    bool sudo() const { return m_sudo; }

    void run(const PlannedCommand& command, std::chrono::milliseconds timeout, Done done) override;
    QString describe(const PlannedCommand& command) const override;
    QString location() const override;

private:
    QStringList commandLine(const PlannedCommand& command) const;

    bool m_sudo;
    QString m_shell = QStringLiteral("/bin/sh");
};

} // namespace etcddrill
