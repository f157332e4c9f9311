// KubernetesChecks against an in-process HTTPS apiserver (FakeApiserver on 127.0.26.251) that answers like
// kube-apiserver: verbose readyz, pod and Endpoints lists, and a small object store for the write test.
// Every check is made to pass and to fail, and the failures must say what was measured.
#include "ApiserverClient.h"
#include "CertificateAuthority.h"
#include "FakeApiserver.h"
#include "KubernetesChecks.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace etcddrill;
using namespace std::chrono_literals;

namespace {

const QHostAddress serverAddress(QStringLiteral("127.0.26.251"));

QJsonObject pod(const QString& node, const QString& phase, bool ready)
{
    return QJsonObject{
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("etcd-") + node}}},
        {QStringLiteral("spec"), QJsonObject{{QStringLiteral("nodeName"), node}}},
        {QStringLiteral("status"),
         QJsonObject{{QStringLiteral("phase"), phase},
                     {QStringLiteral("conditions"),
                      QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("Ready")},
                                             {QStringLiteral("status"),
                                              ready ? QStringLiteral("True") : QStringLiteral("False")}}}}}},
    };
}

QByteArray list(const QString& kind, const QJsonArray& items)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("items"), items}})
        .toJson();
}

QJsonObject endpoints(const QString& name, const QStringList& ready, const QStringList& notReady = {})
{
    QJsonArray readyArray;
    for (const QString& ip : ready)
        readyArray.append(QJsonObject{{QStringLiteral("ip"), ip}});
    QJsonArray notReadyArray;
    for (const QString& ip : notReady)
        notReadyArray.append(QJsonObject{{QStringLiteral("ip"), ip}});
    return QJsonObject{
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), name}}},
        {QStringLiteral("subsets"),
         QJsonArray{QJsonObject{{QStringLiteral("addresses"), readyArray},
                                {QStringLiteral("notReadyAddresses"), notReadyArray}}}},
    };
}

} // namespace

class TestKubernetesChecks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void readyzPasses();
    void readyzFailsOnAFailedCheck();
    void readyzWithoutAnswer();
    void etcdPods();
    void etcdPodsMissingOne();
    void etcdEndpoints();
    void etcdEndpointsAbsent();
    void writeTestPasses();
    void writeTestCreateFails();
    void writeTestLeftoverIsNamed();
    void clientGone();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    KubeCheckResult wait(const std::function<void(std::function<void(const KubeCheckResult&)>)>& check);

    QTemporaryDir m_dir;
    std::unique_ptr<FakeApiserver> m_server;
    std::unique_ptr<ApiserverClient> m_client;
    std::unique_ptr<KubernetesChecks> m_checks;
};

void TestKubernetesChecks::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    const auto ca = CertificateAuthority::create(QStringLiteral("checks test CA"), &error);
    QVERIFY2(ca, qPrintable(error));
    QVERIFY2(ca->writeCa(path("ca.crt"), path("ca.key"), &error), qPrintable(error));
    CertificateRequest server;
    server.commonName = QStringLiteral("kube-apiserver");
    server.ipAddresses = {serverAddress.toString()};
    server.serverAuth = true;
    QVERIFY2(ca->issue(server, path("server.crt"), path("server.key"), &error), qPrintable(error));
}

void TestKubernetesChecks::init()
{
    m_server = std::make_unique<FakeApiserver>();
    QVERIFY(m_server->useTls(path("server.crt"), path("server.key")));
    QVERIFY(m_server->listen(serverAddress, 0));
    ProbeCredentials credentials;
    credentials.caFile = path("ca.crt");
    credentials.bearerToken = QStringLiteral("checks-token");
    QString error;
    m_client = ApiserverClient::create(
        QUrl(QStringLiteral("https://%1:%2").arg(serverAddress.toString()).arg(m_server->serverPort())),
        credentials, QString(), 2000ms, &error);
    QVERIFY2(m_client, qPrintable(error));
    m_checks = std::make_unique<KubernetesChecks>(m_client.get());
}

void TestKubernetesChecks::cleanup()
{
    m_checks.reset();
    m_client.reset();
    m_server.reset();
}

KubeCheckResult
TestKubernetesChecks::wait(const std::function<void(std::function<void(const KubeCheckResult&)>)>& check)
{
    KubeCheckResult result;
    bool done = false;
    check([&](const KubeCheckResult& r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        result.detail = QStringLiteral("test: no result within 10 s");
    return result;
}

void TestKubernetesChecks::readyzPasses()
{
    m_server->setHandler([](const FakeApiserver::Request&) {
        return FakeApiserver::Answer{200, "[+]ping ok\n[+]log ok\n[+]etcd ok\nreadyz check passed\n", "M1",
                                     false};
    });
    const KubeCheckResult result = wait([this](auto done) { m_checks->readyz(done); });
    QVERIFY2(result.passed, qPrintable(result.detail.english()));
    QCOMPARE(result.name, QStringLiteral("readyz"));
    QCOMPARE(result.measured.english(), QStringLiteral("HTTP 200, 3 checks [+]"));
    QVERIFY2(result.detail.english().contains(QStringLiteral("answered by M1")),
             qPrintable(result.detail.english()));
    QCOMPARE(m_server->requests().constLast().path, QByteArray("/readyz?verbose"));
}

void TestKubernetesChecks::readyzFailsOnAFailedCheck()
{
    m_server->setHandler([](const FakeApiserver::Request&) {
        return FakeApiserver::Answer{
            500, "[+]ping ok\n[-]etcd failed: reason withheld\nreadyz check failed\n", "M3", false};
    });
    const KubeCheckResult result = wait([this](auto done) { m_checks->readyz(done); });
    QVERIFY(!result.passed);
    QCOMPARE(result.measured.english(), QStringLiteral("HTTP 500, 1 of 2 checks [-]"));
    QVERIFY2(result.detail.english().contains(QStringLiteral("failing: etcd failed")),
             qPrintable(result.detail.english()));
    QVERIFY2(result.detail.english().contains(QStringLiteral("M3")), qPrintable(result.detail.english()));
}

void TestKubernetesChecks::readyzWithoutAnswer()
{
    m_server->setHandler([](const FakeApiserver::Request&) {
        return FakeApiserver::Answer{200, {}, {}, true};
    });
    const KubeCheckResult result = wait([this](auto done) { m_checks->readyz(done); });
    QVERIFY(!result.passed);
    QCOMPARE(result.measured.english(), QStringLiteral("no answer"));
    QVERIFY2(result.detail.english().contains(QStringLiteral("no answer within 2000 ms")),
             qPrintable(result.detail.english()));
    QVERIFY(result.latency >= 2000ms);
}

void TestKubernetesChecks::etcdPods()
{
    m_server->setHandler([](const FakeApiserver::Request&) {
        return FakeApiserver::Answer{
            200,
            list(QStringLiteral("PodList"),
                 {pod("M1", "Running", true), pod("M2", "Running", true), pod("M3", "Running", true)}),
            "M2", false};
    });
    KubeCheckResult result = wait([this](auto done) { m_checks->etcdPods(3, done); });
    QVERIFY2(result.passed, qPrintable(result.detail.english()));
    QCOMPARE(result.measured.english(), QStringLiteral("3/3 etcd pods Running and Ready"));
    QCOMPARE(result.expected.english(), QStringLiteral("3/3 etcd pods Running and Ready"));
    QCOMPARE(m_server->requests().constLast().path,
             QByteArray("/api/v1/namespaces/kube-system/pods?labelSelector=component%3Detcd"));

    m_server->setHandler([](const FakeApiserver::Request&) {
        return FakeApiserver::Answer{
            200,
            list(QStringLiteral("PodList"),
                 {pod("M1", "Running", true), pod("M2", "Running", true), pod("M3", "Pending", false)}),
            {},
            false};
    });
    result = wait([this](auto done) { m_checks->etcdPods(3, done); });
    QVERIFY(!result.passed);
    QCOMPARE(result.measured.english(), QStringLiteral("2/3 etcd pods Running and Ready"));
    QVERIFY2(result.detail.english().contains(QStringLiteral("etcd-M3 on M3: Pending, not Ready")),
             qPrintable(result.detail.english()));
}

void TestKubernetesChecks::etcdPodsMissingOne()
{
    m_server->setHandler([](const FakeApiserver::Request&) {
        return FakeApiserver::Answer{
            200,
            list(QStringLiteral("PodList"), {pod("M1", "Running", true), pod("M2", "Running", true)}),
            {},
            false};
    });
    KubeCheckResult result = wait([this](auto done) { m_checks->etcdPods(3, done); });
    QVERIFY(!result.passed);
    QCOMPARE(result.measured.english(), QStringLiteral("2/3 etcd pods Running and Ready"));
    QVERIFY2(result.detail.english().contains(QStringLiteral("2 etcd pod(s) listed, 3 expected")),
             qPrintable(result.detail.english()));
    // With M3 down on purpose, 2 is what the drill expects.
    result = wait([this](auto done) { m_checks->etcdPods(2, done); });
    QVERIFY2(result.passed, qPrintable(result.detail.english()));

    m_server->setHandler([](const FakeApiserver::Request&) {
        return FakeApiserver::Answer{
            401, R"({"kind":"Status","message":"Unauthorized","code":401})", {}, false};
    });
    result = wait([this](auto done) { m_checks->etcdPods(3, done); });
    QVERIFY(!result.passed);
    QCOMPARE(result.measured.english(), QStringLiteral("no pod list"));
    QVERIFY2(result.detail.english().contains(QStringLiteral("HTTP 401: Unauthorized")),
             qPrintable(result.detail.english()));
}

void TestKubernetesChecks::etcdEndpoints()
{
    m_server->setHandler([](const FakeApiserver::Request&) {
        return FakeApiserver::Answer{
            200,
            list(QStringLiteral("EndpointsList"),
                 {endpoints(QStringLiteral("kube-dns"), {"10.0.0.1"}),
                  endpoints(QStringLiteral("etcd"), {"192.0.2.11", "192.0.2.12", "192.0.2.13"})}),
            {},
            false};
    });
    KubeCheckResult result = wait([this](auto done) { m_checks->etcdEndpoints(3, done); });
    QVERIFY2(result.passed, qPrintable(result.detail.english()));
    QCOMPARE(result.measured.english(), QStringLiteral("etcd: 3 ready"));
    QVERIFY(!result.detail.english().contains(QStringLiteral("kube-dns")));
    QCOMPARE(m_server->requests().constLast().path, QByteArray("/api/v1/namespaces/kube-system/endpoints"));

    m_server->setHandler([](const FakeApiserver::Request&) {
        return FakeApiserver::Answer{
            200,
            list(QStringLiteral("EndpointsList"),
                 {endpoints(QStringLiteral("etcd"), {"192.0.2.11", "192.0.2.12"}, {"192.0.2.13"})}),
            {},
            false};
    });
    result = wait([this](auto done) { m_checks->etcdEndpoints(3, done); });
    QVERIFY(!result.passed);
    QCOMPARE(result.measured.english(), QStringLiteral("etcd: 2 ready"));
    QVERIFY2(result.detail.english().contains(QStringLiteral("not ready: 192.0.2.13")),
             qPrintable(result.detail.english()));
}

void TestKubernetesChecks::etcdEndpointsAbsent()
{
    m_server->setHandler([](const FakeApiserver::Request&) {
        return FakeApiserver::Answer{
            200,
            list(QStringLiteral("EndpointsList"), {endpoints(QStringLiteral("kube-dns"), {"10.0.0.1"})}),
            {},
            false};
    });
    const KubeCheckResult result = wait([this](auto done) { m_checks->etcdEndpoints(3, done); });
    QVERIFY(!result.passed);
    QCOMPARE(result.measured.english(), QStringLiteral("no etcd Endpoints"));
    QVERIFY2(result.detail.english().contains(QStringLiteral("kubeadm creates none")),
             qPrintable(result.detail.english()));
}

void TestKubernetesChecks::writeTestPasses()
{
    m_server->setHandler([this](const FakeApiserver::Request& request) {
        FakeApiserver::Answer answer = m_server->store(request);
        answer.node = request.method == "GET" ? "M2" : "M1";
        return answer;
    });
    const KubeCheckResult result = wait([this](auto done) { m_checks->writeTest(done); });
    QVERIFY2(result.passed,
             qPrintable(result.measured.english() + QStringLiteral(" / ") + result.detail.english()));
    QCOMPARE(result.name, QStringLiteral("write-test"));
    QVERIFY2(result.measured.english().startsWith(QStringLiteral("created, read back and deleted in ")),
             qPrintable(result.measured.english()));
    QVERIFY2(result.detail.english().contains(QStringLiteral("create ")) &&
                 result.detail.english().contains(QStringLiteral("(M2)")),
             qPrintable(result.detail.english()));
    const QList<FakeApiserver::Request>& requests = m_server->requests();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests.at(0).method, QByteArray("POST"));
    QCOMPARE(requests.at(0).path, QByteArray("/api/v1/namespaces/default/configmaps"));
    QCOMPARE(requests.at(1).method, QByteArray("GET"));
    QVERIFY(requests.at(1).path.startsWith("/api/v1/namespaces/default/configmaps/etcd-drill-write-"));
    QCOMPARE(requests.at(2).method, QByteArray("DELETE"));
    QCOMPARE(requests.at(2).path, requests.at(1).path);
    QVERIFY(m_server->objects.isEmpty()); // nothing left behind

    // Every run uses a name of its own.
    QVERIFY(wait([this](auto done) { m_checks->writeTest(done); }).passed);
    QVERIFY(m_server->requests().at(4).path != requests.at(1).path);
}

void TestKubernetesChecks::writeTestCreateFails()
{
    m_server->setHandler([](const FakeApiserver::Request&) {
        return FakeApiserver::Answer{
            500, R"({"kind":"Status","message":"etcdserver: request timed out","code":500})", "M3", false};
    });
    const KubeCheckResult result = wait([this](auto done) { m_checks->writeTest(done); });
    QVERIFY(!result.passed);
    QCOMPARE(result.measured.english(), QStringLiteral("create failed"));
    QVERIFY2(
        result.detail.english().contains(QStringLiteral("HTTP 500 from M3: etcdserver: request timed out")),
        qPrintable(result.detail.english()));
    QCOMPARE(m_server->requests().size(), 1); // nothing to read back or delete
}

void TestKubernetesChecks::writeTestLeftoverIsNamed()
{
    m_server->setHandler([this](const FakeApiserver::Request& request) {
        if (request.method == "DELETE")
            return FakeApiserver::Answer{
                503, R"({"kind":"Status","message":"try later","code":503})", {}, false};
        return m_server->store(request);
    });
    const KubeCheckResult result = wait([this](auto done) { m_checks->writeTest(done); });
    QVERIFY(!result.passed);
    QCOMPARE(result.measured.english(), QStringLiteral("delete failed"));
    QVERIFY2(result.detail.english().contains(
                 QStringLiteral("kubectl -n default delete configmap etcd-drill-write-")),
             qPrintable(result.detail.english()));
    QCOMPARE(m_server->objects.size(), 1);
}

void TestKubernetesChecks::clientGone()
{
    m_client.reset();
    bool called = false;
    KubeCheckResult result;
    m_checks->etcdPods(3, [&](const KubeCheckResult& r) {
        called = true;
        result = r;
    });
    QVERIFY(!called);
    QTRY_VERIFY(called);
    QVERIFY(!result.passed);
    QVERIFY2(result.detail.english().contains(QStringLiteral("client is gone")),
             qPrintable(result.detail.english()));
}

QTEST_GUILESS_MAIN(TestKubernetesChecks)
#include "TestKubernetesChecks.moc"
