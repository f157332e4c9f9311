// Where an ssh transport logs in, parsed from a node's `ssh:` text "[user@]host[:port]" (IPv6 in brackets:
// "root@[2001:db8::1]:2222"). User and port stay empty/0 when not written, so ~/.ssh/config's User and Port
// apply. A value type.
#pragma once

#include <QString>
#include <optional>

namespace etcddrill {

struct SshTarget
{
    QString user; // empty: ssh's default (~/.ssh/config, else the local user name)
    QString host; // name or address, IPv6 without brackets
    int port = 0; // 0: ssh's default (~/.ssh/config, else 22)

    // nullopt (and *error set) when the text is not [user@]host[:port] or the host starts with '-' (ssh
    // would read it as an option).
    static std::optional<SshTarget> parse(const QString& text, QString* error = nullptr);

    QString
    destination() const;      // ssh's destination argument: "root@10.0.0.13", "root@2001:db8::1" (port: -p)
    QString toString() const; // as parsed: "root@10.0.0.13:2222", "root@[2001:db8::1]:2222"

    friend bool operator==(const SshTarget&, const SshTarget&) = default;
};

} // namespace etcddrill
