// curl as an independent HTTPS client for the lab's apiservers and load balancers in tests: one new
// connection per request (as a restarting client makes), the lab's CA for verification, the bearer token
// passed through a 0600 header file (never on a command line), and the answer taken apart: status, the
// X-Etcd-Drill-Node header (which apiserver answered) and the body. request() spins a local event loop while
// curl runs, so it also works against a server living in the test's own thread. Test-only.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace etcddrill::test {

struct CurlAnswer
{
    int exitCode = -1; // curl's: 0 when an HTTP answer came (any status)
    int status = 0;
    QString node; // X-Etcd-Drill-Node
    QByteArray body;
    QString error; // curl's stderr or the timeout
    QString describe() const;
};

class CurlClient
{
public:
    // token: empty for anonymous requests only.
    CurlClient(QString caFile, const QByteArray& token = {});

    CurlAnswer request(const QString& method, const QString& url, const QByteArray& body = {},
                       bool withToken = true, const QStringList& extraArguments = {}) const;
    CurlAnswer get(const QString& url, const QStringList& extraArguments = {}) const
    {
        return request(QStringLiteral("GET"), url, {}, true, extraArguments);
    }

private:
    QString m_caFile;
    QTemporaryDir m_dir;
    QString m_tokenHeaderFile;
};

} // namespace etcddrill::test
