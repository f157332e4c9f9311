// An in-process HTTPS server that answers like kube-apiserver for the ApiserverClient and KubernetesChecks
// tests: a handler decides each answer (status, JSON body, the lab's X-Etcd-Drill-Node header) or makes the
// server hang; every request (method, path, headers, body) is recorded. Server-side TLS is Qt's (QSslSocket),
// independent of the client's OpenSSL code. Lives on the test's main thread; every socket it accepted is
// closed when it is destroyed.
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QSslConfiguration>
#include <QTcpServer>
#include <functional>

class QTcpSocket;

namespace etcddrill {

class FakeApiserver : public QTcpServer
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray path;                      // with the query, as sent
        QMap<QByteArray, QByteArray> headers; // names lower-cased
        QByteArray body;
    };
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QByteArray node;   // X-Etcd-Drill-Node; empty: no header
        bool hang = false; // never answer (the client's deadline must end the request)
    };
    using Handler = std::function<Answer(const Request&)>;

    explicit FakeApiserver(QObject* parent = nullptr);
    ~FakeApiserver() override;

    bool useTls(const QString& certFile, const QString& keyFile);
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    int connectionCount() const { return m_connections; }
    const QList<Request>& requests() const { return m_requests; }

    // A tiny object store with kube-apiserver's answers for create (201), get (200/404) and delete
    // (200/404), as a handler for the tests that need one.
    Answer store(const Request& request);
    QMap<QByteArray, QByteArray> objects; // path of the object -> JSON

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void serve(QTcpSocket* socket);

    QSslConfiguration m_tlsConfig;
    bool m_tls = false;
    Handler m_handler;
    int m_connections = 0;
    QList<Request> m_requests;
};

} // namespace etcddrill
