// ApiserverClient against real sockets: an in-process HTTPS server (FakeApiserver, Qt's TLS) on 127.0.26.250
// with certificates made at run time. Covers what a Kubernetes check relies on: token and JSON sent, a new
// connection per request, answers and their backend, the apiserver's message on errors, refused connections,
// the deadline, resolve with TLS checked on the name, a foreign CA, asynchronous callbacks, destruction with
// requests in flight, and which way in fromConfig() picks.
#include "ApiserverClient.h"
#include "CertificateAuthority.h"
#include "FakeApiserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace etcddrill;
using namespace std::chrono_literals;

namespace {

const QHostAddress serverAddress(QStringLiteral("127.0.26.250"));
const QString token = QStringLiteral("client-test-token-42");

} // namespace

class TestApiserverClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void getWithTokenOnANewConnectionEachTime();
    void postSendsJson();
    void errorCarriesTheApiserversMessage();
    void connectionRefused();
    void deadline();
    void resolveKeepsTheNameForTls();
    void foreignCaIsRejected();
    void unusableInputs();
    void badPathFailsWithoutNetwork();
    void destroyedWithRequestsInFlight();
    void fromConfigPicksTheVip();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    ProbeCredentials credentials() const;
    QUrl baseUrl(const QString& host = QString()) const;
    // Runs one request to completion on this thread's event loop.
    ApiResponse
    run(ApiserverClient& client,
        const std::function<void(ApiserverClient&, std::function<void(const ApiResponse&)>)>& request);

    QTemporaryDir m_dir;
    std::unique_ptr<FakeApiserver> m_server;
};

void TestApiserverClient::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    const auto ca = CertificateAuthority::create(QStringLiteral("client test CA"), &error);
    QVERIFY2(ca, qPrintable(error));
    QVERIFY2(ca->writeCa(path("ca.crt"), path("ca.key"), &error), qPrintable(error));
    CertificateRequest server;
    server.commonName = QStringLiteral("kube-apiserver");
    server.dnsNames = {QStringLiteral("api.drill.test")};
    server.ipAddresses = {serverAddress.toString()};
    server.serverAuth = true;
    QVERIFY2(ca->issue(server, path("server.crt"), path("server.key"), &error), qPrintable(error));
    const auto other = CertificateAuthority::create(QStringLiteral("another CA"), &error);
    QVERIFY2(other, qPrintable(error));
    QVERIFY2(other->writeCa(path("other-ca.crt"), path("other-ca.key"), &error), qPrintable(error));
}

void TestApiserverClient::init()
{
    m_server = std::make_unique<FakeApiserver>();
    QVERIFY(m_server->useTls(path("server.crt"), path("server.key")));
    QVERIFY(m_server->listen(serverAddress, 0));
}

ProbeCredentials TestApiserverClient::credentials() const
{
    ProbeCredentials credentials;
    credentials.caFile = path("ca.crt");
    credentials.bearerToken = token;
    return credentials;
}

QUrl TestApiserverClient::baseUrl(const QString& host) const
{
    return QUrl(QStringLiteral("https://%1:%2")
                    .arg(host.isEmpty() ? serverAddress.toString() : host)
                    .arg(m_server->serverPort()));
}

ApiResponse TestApiserverClient::run(
    ApiserverClient& client,
    const std::function<void(ApiserverClient&, std::function<void(const ApiResponse&)>)>& request)
{
    ApiResponse result;
    bool done = false;
    request(client, [&](const ApiResponse& response) {
        result = response;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        result.error = QStringLiteral("test: the callback did not come within 10 s");
    return result;
}

void TestApiserverClient::getWithTokenOnANewConnectionEachTime()
{
    m_server->setHandler([](const FakeApiserver::Request&) {
        return FakeApiserver::Answer{200, "[+]ping ok\n[+]etcd ok\nreadyz check passed\n", "M2", false};
    });
    QString error;
    auto client = ApiserverClient::create(baseUrl(), credentials(), QString(), 2000ms, &error);
    QVERIFY2(client, qPrintable(error));
    for (int i = 0; i < 2; ++i) {
        const ApiResponse response = run(
            *client, [](ApiserverClient& c, auto done) { c.get(QStringLiteral("/readyz?verbose"), done); });
        QVERIFY2(response.ok(), qPrintable(response.error));
        QCOMPARE(response.httpStatus, 200);
        QVERIFY(response.body.contains("[+]etcd ok"));
        QCOMPARE(response.backend, QStringLiteral("M2"));
        QVERIFY(response.error.isEmpty());
        QVERIFY(response.latency < 2000ms);
    }
    QCOMPARE(m_server->connectionCount(), 2); // like two kubectl runs
    const FakeApiserver::Request& request = m_server->requests().constLast();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.path, QByteArray("/readyz?verbose"));
    QCOMPARE(request.headers.value("authorization"), "Bearer " + token.toUtf8());
    QCOMPARE(request.headers.value("host"),
             serverAddress.toString().toUtf8() + ':' + QByteArray::number(m_server->serverPort()));
    QCOMPARE(request.headers.value("connection"), QByteArray("close"));
}

void TestApiserverClient::postSendsJson()
{
    m_server->setHandler([this](const FakeApiserver::Request& request) { return m_server->store(request); });
    QString error;
    auto client = ApiserverClient::create(baseUrl(), credentials(), QString(), 2000ms, &error);
    QVERIFY2(client, qPrintable(error));
    const QByteArray json = R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"x1"}})";
    ApiResponse response = run(*client, [&](ApiserverClient& c, auto done) {
        c.post(QStringLiteral("/api/v1/namespaces/default/configmaps"), json, done);
    });
    QCOMPARE(response.httpStatus, 201);
    QCOMPARE(m_server->requests().constLast().body, json);
    QCOMPARE(m_server->requests().constLast().headers.value("content-type"), QByteArray("application/json"));
    response = run(*client, [](ApiserverClient& c, auto done) {
        c.del(QStringLiteral("/api/v1/namespaces/default/configmaps/x1"), done);
    });
    QCOMPARE(response.httpStatus, 200);
    QCOMPARE(m_server->requests().constLast().method, QByteArray("DELETE"));
    QVERIFY(m_server->objects.isEmpty());
}

void TestApiserverClient::errorCarriesTheApiserversMessage()
{
    m_server->setHandler([](const FakeApiserver::Request&) {
        return FakeApiserver::Answer{
            500,
            R"({"kind":"Status","status":"Failure","message":"etcdserver: request timed out","code":500})",
            "M3", false};
    });
    QString error;
    auto client = ApiserverClient::create(baseUrl(), credentials(), QString(), 2000ms, &error);
    QVERIFY2(client, qPrintable(error));
    const ApiResponse response = run(*client, [](ApiserverClient& c, auto done) {
        c.post(QStringLiteral("/api/v1/namespaces/default/configmaps"), "{}", done);
    });
    QVERIFY(!response.ok());
    QCOMPARE(response.httpStatus, 500);
    QCOMPARE(response.backend, QStringLiteral("M3"));
    QVERIFY2(response.error.contains(QStringLiteral("HTTP 500 from M3: etcdserver: request timed out")),
             qPrintable(response.error));
    QVERIFY2(response.error.startsWith(QStringLiteral("POST /api/v1/namespaces/default/configmaps")),
             qPrintable(response.error));
    QVERIFY(!response.error.contains(token));
}

void TestApiserverClient::connectionRefused()
{
    const quint16 port = m_server->serverPort();
    m_server.reset(); // nothing listens there any more
    QString error;
    auto client =
        ApiserverClient::create(QUrl(QStringLiteral("https://%1:%2").arg(serverAddress.toString()).arg(port)),
                                credentials(), QString(), 2000ms, &error);
    QVERIFY2(client, qPrintable(error));
    const ApiResponse response =
        run(*client, [](ApiserverClient& c, auto done) { c.get(QStringLiteral("/readyz"), done); });
    QCOMPARE(response.httpStatus, 0);
    QVERIFY(!response.ok());
    QVERIFY2(response.error.contains(QStringLiteral("connection refused")), qPrintable(response.error));
    QVERIFY2(response.error.contains(serverAddress.toString() + QLatin1Char(':') + QString::number(port)),
             qPrintable(response.error));
}

void TestApiserverClient::deadline()
{
    m_server->setHandler([](const FakeApiserver::Request&) {
        return FakeApiserver::Answer{200, {}, {}, true};
    });
    QString error;
    auto client = ApiserverClient::create(baseUrl(), credentials(), QString(), 300ms, &error);
    QVERIFY2(client, qPrintable(error));
    QElapsedTimer timer;
    timer.start();
    const ApiResponse response =
        run(*client, [](ApiserverClient& c, auto done) { c.get(QStringLiteral("/readyz"), done); });
    QCOMPARE(response.httpStatus, 0);
    QVERIFY2(response.error.contains(QStringLiteral("no answer within 300 ms")), qPrintable(response.error));
    QVERIFY2(response.error.contains(QStringLiteral("waiting for")), qPrintable(response.error));
    QVERIFY2(response.latency >= 300ms && response.latency < 1000ms,
             qPrintable(QString::number(response.latency.count())));
    QVERIFY(timer.elapsed() < 2000);
}

void TestApiserverClient::resolveKeepsTheNameForTls()
{
    QString error;
    // The name resolves nowhere; resolve pins it to the server, and the certificate is checked for the name.
    auto client = ApiserverClient::create(baseUrl(QStringLiteral("api.drill.test")), credentials(),
                                          serverAddress.toString(), 2000ms, &error);
    QVERIFY2(client, qPrintable(error));
    ApiResponse response =
        run(*client, [](ApiserverClient& c, auto done) { c.get(QStringLiteral("/readyz"), done); });
    QVERIFY2(response.ok(), qPrintable(response.error));
    QCOMPARE(m_server->requests().constLast().headers.value("host"),
             "api.drill.test:" + QByteArray::number(m_server->serverPort()));

    // A name the certificate does not hold fails verification although the address is right.
    client = ApiserverClient::create(baseUrl(QStringLiteral("other.drill.test")), credentials(),
                                     serverAddress.toString(), 2000ms, &error);
    QVERIFY2(client, qPrintable(error));
    response = run(*client, [](ApiserverClient& c, auto done) { c.get(QStringLiteral("/readyz"), done); });
    QCOMPARE(response.httpStatus, 0);
    QVERIFY(!response.error.isEmpty());

    // Without resolve, the .test name does not resolve at all.
    client = ApiserverClient::create(baseUrl(QStringLiteral("api.drill.test")), credentials(), QString(),
                                     2000ms, &error);
    QVERIFY2(client, qPrintable(error));
    response = run(*client, [](ApiserverClient& c, auto done) { c.get(QStringLiteral("/readyz"), done); });
    QCOMPARE(response.httpStatus, 0);
    QVERIFY2(response.error.contains(QStringLiteral("cannot resolve 'api.drill.test'")),
             qPrintable(response.error));
}

void TestApiserverClient::foreignCaIsRejected()
{
    ProbeCredentials other = credentials();
    other.caFile = path("other-ca.crt");
    QString error;
    auto client = ApiserverClient::create(baseUrl(), other, QString(), 2000ms, &error);
    QVERIFY2(client, qPrintable(error));
    const ApiResponse response =
        run(*client, [](ApiserverClient& c, auto done) { c.get(QStringLiteral("/readyz"), done); });
    QCOMPARE(response.httpStatus, 0);
    QVERIFY2(response.error.contains(QStringLiteral("certificate"), Qt::CaseInsensitive),
             qPrintable(response.error));
    QVERIFY(m_server->requests().isEmpty()); // the request (and its token) never left
}

void TestApiserverClient::unusableInputs()
{
    QString error;
    QVERIFY(!ApiserverClient::create(QUrl(QStringLiteral("ftp://192.0.2.1:6443")), credentials(), QString(),
                                     1000ms, &error));
    QVERIFY2(error.contains(QStringLiteral("not an apiserver URL")), qPrintable(error));

    ProbeCredentials missing = credentials();
    missing.caFile = path("no-such-ca.crt");
    QVERIFY(!ApiserverClient::create(baseUrl(), missing, QString(), 1000ms, &error));
    QVERIFY2(error.contains(path("no-such-ca.crt")), qPrintable(error));
    QVERIFY(!error.contains(token));

    QVERIFY(!ApiserverClient::create(baseUrl(), credentials(), QStringLiteral("not-an-ip"), 1000ms, &error));
    QVERIFY2(error.contains(QStringLiteral("not-an-ip")), qPrintable(error));
    QVERIFY(!ApiserverClient::create(baseUrl(), credentials(), QString(), 0ms, &error));
}

void TestApiserverClient::badPathFailsWithoutNetwork()
{
    QString error;
    auto client = ApiserverClient::create(baseUrl(), credentials(), QString(), 1000ms, &error);
    QVERIFY2(client, qPrintable(error));
    bool called = false;
    ApiResponse result;
    client->get(QStringLiteral("/api/v1/namespaces/a b\r\nX-Evil: 1"), [&](const ApiResponse& response) {
        called = true;
        result = response;
    });
    QVERIFY(!called); // never from inside the call
    QTRY_VERIFY(called);
    QCOMPARE(result.httpStatus, 0);
    QVERIFY2(result.error.contains(QStringLiteral("not a request path")), qPrintable(result.error));
    QCOMPARE(m_server->connectionCount(), 0);
}

void TestApiserverClient::destroyedWithRequestsInFlight()
{
    m_server->setHandler([](const FakeApiserver::Request&) {
        return FakeApiserver::Answer{200, {}, {}, true};
    });
    QString error;
    auto client = ApiserverClient::create(baseUrl(), credentials(), QString(), 5000ms, &error);
    QVERIFY2(client, qPrintable(error));
    int calls = 0;
    for (int i = 0; i < 3; ++i)
        client->get(QStringLiteral("/readyz"), [&](const ApiResponse&) { ++calls; });
    QTRY_COMPARE(m_server->requests().size(), 3);
    client.reset();
    QTest::qWait(200); // time passes on purpose: nothing may arrive after destruction, not even answers
    QCOMPARE(calls, 0);

    // A callback may destroy the client that calls it.
    m_server->setHandler([](const FakeApiserver::Request&) {
        return FakeApiserver::Answer{200, "ok", {}, false};
    });
    client = ApiserverClient::create(baseUrl(), credentials(), QString(), 5000ms, &error);
    QVERIFY2(client, qPrintable(error));
    bool done = false;
    client->get(QStringLiteral("/readyz"), [&](const ApiResponse& response) {
        QVERIFY(response.ok());
        client.reset();
        done = true;
    });
    QTRY_VERIFY(done);
    QTest::qWait(50); // on purpose: the events of the client destroyed in its callback run (no crash after)
}

void TestApiserverClient::fromConfigPicksTheVip()
{
    DrillConfig config;
    config.sourceFile = path("drill.yaml");
    NodeConfig node;
    node.name = QStringLiteral("M1");
    node.apiserverUrl = QStringLiteral("https://192.0.2.11:6443");
    config.nodes.append(node);
    ProbeTargetConfig domain;
    domain.name = QStringLiteral("domain");
    domain.url = QStringLiteral("https://k8s.drill.test:6443/readyz");
    domain.resolveAddress = QStringLiteral("192.0.2.101");
    config.probes.targets.append(domain);
    ProbeTargetConfig vip;
    vip.name = QStringLiteral("VIP");
    vip.url = QStringLiteral("https://192.0.2.100:6443/readyz");
    vip.timeout = 7000ms;
    config.probes.targets.append(vip);

    QString error;
    auto client = ApiserverClient::fromConfig(config, &error);
    QVERIFY2(client, qPrintable(error));
    QCOMPARE(client->baseUrl(), QUrl(QStringLiteral("https://192.0.2.100:6443")));
    QCOMPARE(client->timeout(), 7000ms);

    config.probes.targets.removeLast();
    client = ApiserverClient::fromConfig(config, &error);
    QVERIFY2(client, qPrintable(error));
    QCOMPARE(client->baseUrl(), QUrl(QStringLiteral("https://k8s.drill.test:6443")));
    QCOMPARE(client->resolveAddress(), QStringLiteral("192.0.2.101"));
    QCOMPARE(client->timeout(), ApiserverClient::minimumConfigTimeout); // the 1 s probe timeout is too short

    config.probes.targets.clear();
    config.probes.nodeApiservers = false;
    client = ApiserverClient::fromConfig(config, &error);
    QVERIFY2(client, qPrintable(error));
    QCOMPARE(client->baseUrl(), QUrl(QStringLiteral("https://192.0.2.11:6443")));

    config.nodes.clear();
    QVERIFY(!ApiserverClient::fromConfig(config, &error));
    QVERIFY2(error.startsWith(path("drill.yaml") + QStringLiteral(": no apiserver")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestApiserverClient)
#include "TestApiserverClient.moc"
