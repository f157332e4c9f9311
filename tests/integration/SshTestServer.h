// A real OpenSSH server for the ssh transport tests: /usr/sbin/sshd -D -e with a generated sshd_config, host
// key and client key pair in its own temporary folder, listening on 127.0.25.1 (or the address given) on a
// free port, accepting only that client key for the user the tests run as. Also makes a second key it does
// not accept. The sshd runs in a session of its own and dies with the test process; the destructor kills its
// whole process group (the per-connection sshd children included). Lives on the test's main thread.
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace etcddrill {

class SshTestServer
{
public:
    static constexpr char kAddress[] = "127.0.25.1";

    // address: where sshd listens; other suites use an address of their own loopback range.
    explicit SshTestServer(const QString& address = QLatin1String(kAddress));
    ~SshTestServer();
    SshTestServer(const SshTestServer&) = delete;
    SshTestServer& operator=(const SshTestServer&) = delete;

    // Generates the keys and config, starts sshd and waits until it accepts connections. False (and *error
    // set, sshd's log included) when any step fails.
    bool start(QString* error);

    QString address() const { return m_address; }
    int port() const { return m_port; }
    QString user() const { return m_user; }
    QString dir() const { return m_dir.path(); }
    QString clientKey() const;      // accepted: in authorized_keys
    QString wrongClientKey() const; // a valid key sshd does not accept
    QString knownHostsFile() const; // empty at first; the tests' clients add the host key (accept-new)
    QString log() const;            // sshd's stderr so far

    // A free TCP port on `address`: bound, read and released again (something else could take it in
    // between; good enough for a test on its own loopback range).
    static int freePort(const QString& address);

private:
    bool keygen(const QString& file, QString* error);
    void stop();

    QTemporaryDir m_dir;
    QProcess m_sshd;
    QString m_address;
    int m_port = 0;
    QString m_user;
};

} // namespace etcddrill
