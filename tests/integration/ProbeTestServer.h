// An in-process HTTP(S) server for the probe tests, with the misbehaviours a probe must classify: answering
// (any status, optionally naming itself in X-Etcd-Drill-Node), hanging after accept, resetting the
// connection. Server-side TLS is Qt's (QSslSocket), so the probes' own OpenSSL client is tested against an
// independent implementation. Lives on the test's main thread; every socket it accepted is closed when it is
// destroyed.
#pragma once

#include <QByteArray>
#include <QList>
#include <QSslConfiguration>
#include <QStringList>
#include <QTcpServer>

class QTcpSocket;

namespace etcddrill {

class ProbeTestServer : public QTcpServer
{
    Q_OBJECT

public:
    enum class Behaviour {
        Answer, // read the request, answer it
        Hang,   // accept, never read nor answer
        Reset,  // accept, then reset the connection (RST, not FIN)
    };

    explicit ProbeTestServer(QObject* parent = nullptr);
    ~ProbeTestServer() override;

    // TLS with this certificate and key (PEM files); with caFile the server requires a client certificate.
    bool useTls(const QString& certFile, const QString& keyFile, const QString& caFile = QString());
    void setBehaviour(Behaviour behaviour) { m_behaviour = behaviour; }
    void setStatus(int status) { m_status = status; }
    void setNodeName(const QByteArray& name) { m_nodeName = name; }
    void setChunked(bool chunked) { m_chunked = chunked; }

    int connectionCount() const { return m_connections; }
    QList<QByteArray> requests() const { return m_requests; } // request heads, in arrival order
    QStringList clientCertificateNames() const { return m_clientNames; }
    QString lastTlsError() const { return m_lastTlsError; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void serve(QTcpSocket* socket);

    Behaviour m_behaviour = Behaviour::Answer;
    bool m_tls = false;
    QSslConfiguration m_tlsConfig;
    int m_status = 200;
    QByteArray m_nodeName;
    bool m_chunked = false;
    int m_connections = 0;
    QList<QByteArray> m_requests;
    QStringList m_clientNames;
    QString m_lastTlsError;
    QList<qintptr> m_hungDescriptors;
};

} // namespace etcddrill
