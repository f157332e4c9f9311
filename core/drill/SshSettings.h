// How SshTransport calls the system's OpenSSH client. Defaults leave everything to ssh and ~/.ssh/config
// (agent, identities, jump hosts, known hosts); tests and unusual setups add options here. A value type.
#pragma once

#include <QString>
#include <QStringList>
#include <chrono>

namespace etcddrill {

struct SshSettings
{
    QString program = QStringLiteral("ssh");
    // ssh's ConnectTimeout, which counts whole seconds: rounded up, at least 1 s (drill.ssh-connect-timeout).
    std::chrono::milliseconds connectTimeout{5000};
    bool sudo = false;    // put `sudo -n` in front of commands that need root (drill.sudo)
    QString identityFile; // -i; empty: ssh's own choice (agent, ~/.ssh/config, default keys)
    QString configFile;   // -F; empty: ~/.ssh/config
    // More -o options, each "Key=Value" ("UserKnownHostsFile=/tmp/kh", "StrictHostKeyChecking=accept-new").
    QStringList options;

    friend bool operator==(const SshSettings&, const SshSettings&) = default;
};

} // namespace etcddrill
