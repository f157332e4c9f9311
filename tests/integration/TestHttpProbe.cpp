// HttpProbe against real sockets: in-process HTTPS servers on 127.0.23.1 (Qt's TLS on the server side) with
// certificates made at run time by the lab's CertificateAuthority. Every outcome class a probe reports is
// provoked for real: an answer, an HTTP error, a name that does not resolve, a certificate from another CA, a
// closed port, a server that never answers, a server that resets; plus token, --resolve and keep-alive.
#include "CertificateAuthority.h"
#include "ConnectionPool.h"
#include "HostResolver.h"
#include "HttpProbe.h"
#include "ProbeEndpoint.h"
#include "ProbeSample.h"
#include "ProbeTarget.h"
#include "ProbeTestServer.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace etcddrill;
using namespace std::chrono_literals;

namespace {

const QHostAddress serverAddress(QStringLiteral("127.0.23.1"));

} // namespace

class TestHttpProbe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void okOverHttps();
    void okOverPlainHttpChunked();
    void httpErrorStatus();
    void unresolvableName();
    void resolverAnswersAndCancels();
    void certificateFromAnotherCa();
    void insecureSkipVerifyAcceptsAnyCertificate();
    void wrongHostName();
    void connectionRefused();
    void timeoutAtDeadline_data();
    void timeoutAtDeadline();
    void resetByServer();
    void bearerTokenSent();
    void resolveOverride();
    void clientCertificate();
    void keepAliveReusesConnection();
    void withoutKeepAliveEveryProbeConnects();

private:
    ProbeTarget httpsTarget(const ProbeTestServer& server, const QString& host = QString()) const;
    // Runs one probe on this thread's event loop.
    bool probe(const ProbeTarget& target, ProbeSample* sample, ConnectionPool* pool = nullptr);
    QString path(const QString& name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    HostResolver m_resolver;
};

void TestHttpProbe::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    const auto ca = CertificateAuthority::create(QStringLiteral("probe test CA"), &error);
    QVERIFY2(ca, qPrintable(error));
    QVERIFY2(ca->writeCa(path("ca.crt"), path("ca.key"), &error), qPrintable(error));
    CertificateRequest server;
    server.commonName = QStringLiteral("apiserver");
    server.dnsNames = {QStringLiteral("api.drill.test")};
    server.ipAddresses = {serverAddress.toString()};
    server.serverAuth = true;
    QVERIFY2(ca->issue(server, path("server.crt"), path("server.key"), &error), qPrintable(error));
    CertificateRequest client;
    client.commonName = QStringLiteral("etcd-drill-probe");
    client.clientAuth = true;
    QVERIFY2(ca->issue(client, path("client.crt"), path("client.key"), &error), qPrintable(error));

    const auto other = CertificateAuthority::create(QStringLiteral("some other CA"), &error);
    QVERIFY2(other, qPrintable(error));
    QVERIFY2(other->issue(server, path("other-server.crt"), path("other-server.key"), &error),
             qPrintable(error));
}

ProbeTarget TestHttpProbe::httpsTarget(const ProbeTestServer& server, const QString& host) const
{
    ProbeTarget target;
    target.name = QStringLiteral("test");
    target.url = QUrl(QStringLiteral("https://%1:%2/readyz")
                          .arg(host.isEmpty() ? serverAddress.toString() : host)
                          .arg(server.serverPort()));
    target.timeout = 2000ms;
    target.credentials.caFile = path("ca.crt");
    return target;
}

bool TestHttpProbe::probe(const ProbeTarget& target, ProbeSample* sample, ConnectionPool* pool)
{
    QString error;
    const auto endpoint = ProbeEndpoint::prepare(target, &error);
    if (!endpoint) {
        qWarning("prepare failed: %s", qPrintable(error));
        return false;
    }
    HttpProbe probe(endpoint, m_resolver, pool);
    QSignalSpy finished(&probe, &HttpProbe::finished);
    probe.start(std::chrono::steady_clock::now());
    if (!finished.wait(int(target.timeout.count()) + 2000) || finished.size() != 1)
        return false;
    *sample = finished.at(0).at(0).value<ProbeSample>();
    qInfo("%s: %s (dns %u µs, connect %u µs, tls %u µs, ttfb %u µs, total %u µs)",
          qPrintable(target.url.toString()), qPrintable(sample->describe()), sample->dnsUs, sample->connectUs,
          sample->tlsUs, sample->ttfbUs, sample->totalUs);
    return true;
}

void TestHttpProbe::okOverHttps()
{
    ProbeTestServer server;
    QVERIFY(server.useTls(path("server.crt"), path("server.key")));
    server.setNodeName("M2");
    QVERIFY(server.listen(serverAddress));

    ProbeSample sample;
    QVERIFY(probe(httpsTarget(server), &sample));
    QCOMPARE(sample.outcome, ProbeSample::Outcome::Ok);
    QCOMPARE(sample.httpStatus, quint16(200));
    QCOMPARE(sample.backend(), QStringLiteral("M2"));
    QVERIFY(sample.has(ProbeSample::Connected));
    QVERIFY(sample.has(ProbeSample::TlsDone));
    QVERIFY(sample.has(ProbeSample::GotResponse));
    QVERIFY(!sample.has(ProbeSample::DnsDone)); // an IP literal needs no lookup
    QCOMPARE(sample.dnsUs, 0u);
    QVERIFY(sample.connectUs > 0);
    QVERIFY(sample.tlsUs > 0);
    QVERIFY(sample.ttfbUs > 0);
    QVERIFY(sample.totalUs >= sample.connectUs + sample.tlsUs + sample.ttfbUs);
    QVERIFY(sample.startNs > 0);

    QCOMPARE(server.requests().size(), 1);
    const QByteArray request = server.requests().first();
    QVERIFY2(request.startsWith("GET /readyz HTTP/1.1\r\n"), request.constData());
    QVERIFY(request.contains("\r\nHost: 127.0.23.1:" + QByteArray::number(server.serverPort())));
    QVERIFY(request.contains("\r\nConnection: close"));
    QVERIFY(!request.contains("Authorization"));
}

void TestHttpProbe::okOverPlainHttpChunked()
{
    ProbeTestServer server;
    server.setChunked(true);
    QVERIFY(server.listen(serverAddress));
    ProbeTarget target;
    target.name = QStringLiteral("plain");
    target.url = QUrl(QStringLiteral("http://127.0.23.1:%1").arg(server.serverPort()));

    ProbeSample sample;
    QVERIFY(probe(target, &sample));
    QCOMPARE(sample.outcome, ProbeSample::Outcome::Ok);
    QVERIFY(!sample.has(ProbeSample::TlsDone));
    QVERIFY(sample.backend().isEmpty()); // real apiservers do not name themselves
    QVERIFY(server.requests().value(0).startsWith("GET /readyz HTTP/1.1")); // empty path means /readyz
}

void TestHttpProbe::httpErrorStatus()
{
    ProbeTestServer server;
    QVERIFY(server.useTls(path("server.crt"), path("server.key")));
    server.setStatus(500);
    QVERIFY(server.listen(serverAddress));

    ProbeSample sample;
    QVERIFY(probe(httpsTarget(server), &sample));
    QCOMPARE(sample.outcome, ProbeSample::Outcome::HttpError);
    QCOMPARE(sample.httpStatus, quint16(500));
    QVERIFY(sample.isFailure());
    QVERIFY(sample.has(ProbeSample::GotResponse));
}

void TestHttpProbe::unresolvableName()
{
    ProbeTarget target;
    target.name = QStringLiteral("nowhere");
    // .invalid is reserved (RFC 2606): it never resolves.
    target.url = QUrl(QStringLiteral("https://no-such-host.invalid:6443/readyz"));
    target.timeout = 5000ms;
    target.credentials.caFile = path("ca.crt");

    ProbeSample sample;
    QVERIFY(probe(target, &sample));
    QCOMPARE(sample.outcome, ProbeSample::Outcome::DnsFailure);
    QVERIFY2(sample.detail().contains(QStringLiteral("no-such-host.invalid")), qPrintable(sample.detail()));
    QVERIFY(!sample.has(ProbeSample::Connected));
}

void TestHttpProbe::resolverAnswersAndCancels()
{
    HostResolver resolver;
    QSignalSpy finished(&resolver, &HostResolver::finished);
    const quint64 cancelled = resolver.lookup(QStringLiteral("localhost"));
    resolver.cancel(cancelled);
    const quint64 id = resolver.lookup(QStringLiteral("localhost"));
    QVERIFY(finished.wait(5000));
    QTest::qWait(100); // time for the cancelled answer to arrive, were it delivered
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toULongLong(), id);
    const auto addresses = finished.at(0).at(1).value<QList<QHostAddress>>();
    QVERIFY(!addresses.isEmpty());
    QVERIFY(std::all_of(addresses.begin(), addresses.end(),
                        [](const QHostAddress& a) { return a.isLoopback(); }));
    QVERIFY(finished.at(0).at(2).toString().isEmpty());
}

void TestHttpProbe::certificateFromAnotherCa()
{
    ProbeTestServer server;
    QVERIFY(server.useTls(path("other-server.crt"), path("other-server.key")));
    QVERIFY(server.listen(serverAddress));

    ProbeSample sample;
    QVERIFY(probe(httpsTarget(server), &sample));
    QCOMPARE(sample.outcome, ProbeSample::Outcome::TlsError);
    QVERIFY2(sample.detail().startsWith(QStringLiteral("certificate verify failed:")),
             qPrintable(sample.detail()));
    QVERIFY(sample.has(ProbeSample::Connected));
    QVERIFY(!sample.has(ProbeSample::TlsDone));
    QVERIFY(server.requests().isEmpty());
}

void TestHttpProbe::insecureSkipVerifyAcceptsAnyCertificate()
{
    ProbeTestServer server;
    QVERIFY(server.useTls(path("other-server.crt"), path("other-server.key")));
    QVERIFY(server.listen(serverAddress));
    ProbeTarget target = httpsTarget(server);
    target.credentials = {};
    target.credentials.insecureSkipTlsVerify = true;

    ProbeSample sample;
    QVERIFY(probe(target, &sample));
    QCOMPARE(sample.outcome, ProbeSample::Outcome::Ok);
}

void TestHttpProbe::wrongHostName()
{
    ProbeTestServer server;
    QVERIFY(server.useTls(path("server.crt"), path("server.key")));
    QVERIFY(server.listen(serverAddress));
    ProbeTarget target = httpsTarget(server, QStringLiteral("other.drill.test"));
    target.resolveAddress = serverAddress.toString();

    ProbeSample sample;
    QVERIFY(probe(target, &sample));
    QCOMPARE(sample.outcome, ProbeSample::Outcome::TlsError);
    QVERIFY2(sample.detail().contains(QStringLiteral("hostname mismatch")), qPrintable(sample.detail()));
}

void TestHttpProbe::connectionRefused()
{
    quint16 port = 0;
    {
        QTcpServer reserve;
        QVERIFY(reserve.listen(serverAddress));
        port = reserve.serverPort();
    } // closed: nothing listens on that port any more
    ProbeTarget target;
    target.name = QStringLiteral("closed");
    target.url = QUrl(QStringLiteral("https://127.0.23.1:%1/readyz").arg(port));
    target.credentials.caFile = path("ca.crt");

    ProbeSample sample;
    QVERIFY(probe(target, &sample));
    QCOMPARE(sample.outcome, ProbeSample::Outcome::ConnectionRefused);
    QVERIFY(!sample.has(ProbeSample::Connected));
}

void TestHttpProbe::timeoutAtDeadline_data()
{
    QTest::addColumn<bool>("tls");
    QTest::addColumn<QString>("during");
    QTest::newRow("https: no handshake") << true << QStringLiteral("during the TLS handshake");
    QTest::newRow("http: no answer") << false << QStringLiteral("waiting for the response");
}

void TestHttpProbe::timeoutAtDeadline()
{
    QFETCH(bool, tls);
    QFETCH(QString, during);
    ProbeTestServer server;
    server.setBehaviour(ProbeTestServer::Behaviour::Hang);
    QVERIFY(server.listen(serverAddress));
    ProbeTarget target = httpsTarget(server);
    if (!tls)
        target.url.setScheme(QStringLiteral("http"));
    target.timeout = 300ms;

    const auto before = std::chrono::steady_clock::now();
    ProbeSample sample;
    QVERIFY(probe(target, &sample));
    const auto waited =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - before);
    QCOMPARE(sample.outcome, ProbeSample::Outcome::Timeout);
    QVERIFY2(sample.detail().contains(during), qPrintable(sample.detail()));
    qInfo("timeout after %u µs (deadline 300 ms), observed %lld ms", sample.totalUs, qint64(waited.count()));
    QVERIFY2(sample.totalUs >= 300'000 - 50'000 && sample.totalUs <= 300'000 + 50'000,
             qPrintable(QString::number(sample.totalUs)));
    QVERIFY(waited >= 250ms && waited <= 350ms);
    QCOMPARE(server.connectionCount(), 1);
}

void TestHttpProbe::resetByServer()
{
    ProbeTestServer server;
    server.setBehaviour(ProbeTestServer::Behaviour::Reset);
    QVERIFY(server.listen(serverAddress));

    ProbeSample sample;
    QVERIFY(probe(httpsTarget(server), &sample));
    QCOMPARE(sample.outcome, ProbeSample::Outcome::Reset);
    QVERIFY2(sample.detail().contains(QStringLiteral("reset")), qPrintable(sample.detail()));
}

void TestHttpProbe::bearerTokenSent()
{
    ProbeTestServer server;
    QVERIFY(server.useTls(path("server.crt"), path("server.key")));
    QVERIFY(server.listen(serverAddress));
    ProbeTarget target = httpsTarget(server);
    target.credentials.bearerToken = QStringLiteral("abc.def-token");

    ProbeSample sample;
    QVERIFY(probe(target, &sample));
    QCOMPARE(sample.outcome, ProbeSample::Outcome::Ok);
    QVERIFY(server.requests().value(0).contains("\r\nAuthorization: Bearer abc.def-token"));
}

void TestHttpProbe::resolveOverride()
{
    ProbeTestServer server;
    QVERIFY(server.useTls(path("server.crt"), path("server.key")));
    QVERIFY(server.listen(serverAddress));
    // api.drill.test is in no DNS: only the override makes it reachable; SNI, Host and the certificate
    // check still use the name.
    ProbeTarget target = httpsTarget(server, QStringLiteral("api.drill.test"));
    target.resolveAddress = serverAddress.toString();

    ProbeSample sample;
    QVERIFY(probe(target, &sample));
    QCOMPARE(sample.outcome, ProbeSample::Outcome::Ok);
    QVERIFY(!sample.has(ProbeSample::DnsDone));
    QVERIFY(server.requests().value(0).contains("\r\nHost: api.drill.test:" +
                                                QByteArray::number(server.serverPort())));

    target.resolveAddress.clear();
    QVERIFY(probe(target, &sample));
    QCOMPARE(sample.outcome, ProbeSample::Outcome::DnsFailure);
}

void TestHttpProbe::clientCertificate()
{
    ProbeTestServer server;
    QVERIFY(server.useTls(path("server.crt"), path("server.key"), path("ca.crt")));
    QVERIFY(server.listen(serverAddress));
    ProbeTarget target = httpsTarget(server);

    ProbeSample sample;
    QVERIFY(probe(target, &sample));
    QVERIFY2(sample.outcome == ProbeSample::Outcome::TlsError ||
                 sample.outcome == ProbeSample::Outcome::Reset,
             qPrintable(sample.describe()));
    QVERIFY(server.requests().isEmpty());

    target.credentials.clientCertFile = path("client.crt");
    target.credentials.clientKeyFile = path("client.key");
    QVERIFY(probe(target, &sample));
    QCOMPARE(sample.outcome, ProbeSample::Outcome::Ok);
    QCOMPARE(server.clientCertificateNames(), QStringList{QStringLiteral("etcd-drill-probe")});
}

void TestHttpProbe::keepAliveReusesConnection()
{
    ProbeTestServer server;
    QVERIFY(server.useTls(path("server.crt"), path("server.key")));
    QVERIFY(server.listen(serverAddress));
    ProbeTarget target = httpsTarget(server);
    target.keepAlive = true;
    ConnectionPool pool;

    ProbeSample first;
    QVERIFY(probe(target, &first, &pool));
    QCOMPARE(first.outcome, ProbeSample::Outcome::Ok);
    QVERIFY(first.has(ProbeSample::Connected));
    QCOMPARE(pool.idleCount(), 1);

    ProbeSample second;
    QVERIFY(probe(target, &second, &pool));
    QCOMPARE(second.outcome, ProbeSample::Outcome::Ok);
    QVERIFY(second.has(ProbeSample::ReusedConnection));
    QVERIFY(!second.has(ProbeSample::Connected));
    QVERIFY(!second.has(ProbeSample::TlsDone));
    QCOMPARE(second.connectUs, 0u);
    QCOMPARE(second.tlsUs, 0u);
    QCOMPARE(server.connectionCount(), 1);
    QCOMPARE(server.requests().size(), 2);
    QVERIFY(server.requests().at(1).contains("\r\nConnection: keep-alive"));
}

void TestHttpProbe::withoutKeepAliveEveryProbeConnects()
{
    ProbeTestServer server;
    QVERIFY(server.useTls(path("server.crt"), path("server.key")));
    QVERIFY(server.listen(serverAddress));
    ProbeSample sample;
    QVERIFY(probe(httpsTarget(server), &sample));
    QVERIFY(probe(httpsTarget(server), &sample));
    QVERIFY(sample.has(ProbeSample::Connected));
    QVERIFY(!sample.has(ProbeSample::ReusedConnection));
    QCOMPARE(server.connectionCount(), 2);
}

QTEST_GUILESS_MAIN(TestHttpProbe)
#include "TestHttpProbe.moc"
