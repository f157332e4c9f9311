// The apiserver simulator in this process, with its etcd unreachable (nothing listens on the endpoint):
// every answer that does not need a working etcd — /readyz, /livez and /healthz failing in kube-apiserver's
// format, /version, 401 without the bearer token, Status objects for bad requests and for the storage
// failure — checked with curl. The paths with a working etcd run against a real lab in
// TestLabControlPlane. Addresses: 127.0.24.200 (this test's part of the lab tests' range).
#include "ApiserverSimulator.h"
#include "CertificateAuthority.h"
#include "CurlClient.h"
#include "GroundTruthLog.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace etcddrill;
using etcddrill::test::CurlAnswer;
using etcddrill::test::CurlClient;

namespace {

const QString kAddress = QStringLiteral("127.0.24.200");
const QByteArray kToken = QByteArrayLiteral("test-token-0123456789abcdef");

QJsonObject json(const CurlAnswer& answer)
{
    return QJsonDocument::fromJson(answer.body).object();
}

} // namespace

class TestApiserverSimulator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        const auto ca = CertificateAuthority::create(QStringLiteral("test-ca"), &error);
        QVERIFY2(ca, qPrintable(error));
        QVERIFY2(ca->writeCa(file("ca.crt"), file("ca.key"), &error), qPrintable(error));
        CertificateRequest serving;
        serving.commonName = QStringLiteral("kube-apiserver");
        serving.dnsNames = {QStringLiteral("kubernetes")};
        serving.ipAddresses = {kAddress};
        serving.serverAuth = true;
        QVERIFY2(ca->issue(serving, file("apiserver.crt"), file("apiserver.key"), &error), qPrintable(error));
        CertificateRequest client;
        client.commonName = QStringLiteral("apiserver-etcd-client");
        client.clientAuth = true;
        QVERIFY2(ca->issue(client, file("client.crt"), file("client.key"), &error), qPrintable(error));
        QFile token(file("token"));
        QVERIFY(token.open(QIODevice::WriteOnly));
        token.write(kToken + '\n');
        token.close();

        m_simulator = std::make_unique<ApiserverSimulator>(options());
        m_readiness = std::make_unique<QSignalSpy>(m_simulator.get(), &ApiserverSimulator::readinessChanged);
        QVERIFY2(m_simulator->start(&error), qPrintable(error));
        QVERIFY(m_simulator->serverPort() > 0);
        m_curl = std::make_unique<CurlClient>(file("ca.crt"), kToken);
    }

    void cleanupTestCase()
    {
        m_curl.reset();
        m_readiness.reset();
        m_simulator.reset();
    }

    void startNamesWhatIsWrong()
    {
        QString error;
        ApiserverSimulator::Options noToken = options();
        noToken.tokenFile = file("missing-token");
        QVERIFY(!ApiserverSimulator(noToken).start(&error));
        QVERIFY2(error.contains(file("missing-token")), qPrintable(error));

        ApiserverSimulator::Options noCert = options();
        noCert.tlsCertFile = file("missing.crt");
        QVERIFY(!ApiserverSimulator(noCert).start(&error));
        QVERIFY2(error.contains(QStringLiteral("--tls-cert")), qPrintable(error));

        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress(kAddress)));
        ApiserverSimulator::Options taken = options();
        taken.port = squatter.serverPort();
        QVERIFY(!ApiserverSimulator(taken).start(&error));
        QVERIFY2(error.contains(QStringLiteral("cannot listen on %1:%2").arg(kAddress).arg(taken.port)),
                 qPrintable(error));
    }

    void healthFailsWithoutEtcd()
    {
        const CurlAnswer ready = m_curl->get(url("/readyz"));
        QVERIFY2(ready.status == 500, qPrintable(ready.describe()));
        QCOMPARE(ready.node, QStringLiteral("T1"));
        QCOMPARE(QString::fromUtf8(ready.body),
                 QStringLiteral("[+]ping ok\n[+]log ok\n[-]etcd failed: reason withheld\n"
                                "[-]etcd-readiness failed: reason withheld\n"
                                "[+]poststarthook/bootstrap-controller ok\n[+]shutdown ok\n"
                                "readyz check failed\n"));
        const CurlAnswer live = m_curl->get(url("/livez?verbose"));
        QCOMPARE(live.status, 500);
        QCOMPARE(QString::fromUtf8(live.body),
                 QStringLiteral("[+]ping ok\n[+]log ok\n[-]etcd failed: reason withheld\n"
                                "[+]poststarthook/bootstrap-controller ok\nlivez check failed\n"));
        QCOMPARE(m_curl->request(QStringLiteral("GET"), url("/healthz"), {}, false).status, 500);

        // kube-apiserver's ?exclude= skips a check; without the etcd ones nothing is left to fail.
        const CurlAnswer excluded = m_curl->get(url("/readyz?exclude=etcd&exclude=etcd-readiness&verbose"));
        QVERIFY2(excluded.status == 200, qPrintable(excluded.describe()));
        QVERIFY(excluded.body.contains("[+]etcd excluded: ok\n"));
        QVERIFY(excluded.body.endsWith("readyz check passed\n"));
        QCOMPARE(m_curl->get(url("/livez?exclude=etcd")).body, QByteArray("ok"));

        QVERIFY(!m_simulator->isReady());
        QCOMPARE(m_readiness->count(), 0); // never ready, so never a transition
        QCOMPARE(m_curl->request(QStringLiteral("POST"), url("/readyz"), "{}", false).status, 405);
    }

    void versionIsAnonymous()
    {
        const CurlAnswer version = m_curl->request(QStringLiteral("GET"), url("/version"), {}, false);
        QVERIFY2(version.status == 200, qPrintable(version.describe()));
        QCOMPARE(version.node, QStringLiteral("T1"));
        QCOMPARE(json(version).value(QStringLiteral("major")).toString(), QStringLiteral("1"));
    }

    void apiNeedsTheToken()
    {
        const QString object = url("/api/v1/namespaces/default/configmaps/cm");
        const CurlAnswer anonymous = m_curl->request(QStringLiteral("GET"), object, {}, false);
        QVERIFY2(anonymous.status == 401, qPrintable(anonymous.describe()));
        QCOMPARE(anonymous.node, QStringLiteral("T1"));
        QCOMPARE(json(anonymous).value(QStringLiteral("kind")).toString(), QStringLiteral("Status"));
        QCOMPARE(json(anonymous).value(QStringLiteral("reason")).toString(), QStringLiteral("Unauthorized"));

        const CurlAnswer wrong =
            m_curl->request(QStringLiteral("GET"), object, {}, false,
                            {QStringLiteral("-H"), QStringLiteral("Authorization: Bearer nope")});
        QCOMPARE(wrong.status, 401);

        // With the token the request reaches the storage, which is down: kube's 503 Status.
        const CurlAnswer unavailable = m_curl->get(object);
        QVERIFY2(unavailable.status == 503, qPrintable(unavailable.describe()));
        QCOMPARE(json(unavailable).value(QStringLiteral("reason")).toString(),
                 QStringLiteral("ServiceUnavailable"));
        QCOMPARE(json(unavailable).value(QStringLiteral("code")).toInt(), 503);
        QVERIFY(!unavailable.body.contains(kToken));

        // Discovery needs the token (kube's system:discovery is for authenticated users) but not storage.
        QCOMPARE(m_curl->request(QStringLiteral("GET"), url("/api"), {}, false).status, 401);
        const CurlAnswer groups = m_curl->get(url("/apis"));
        QVERIFY2(groups.status == 200, qPrintable(groups.describe()));
        QCOMPARE(json(groups).value(QStringLiteral("kind")).toString(), QStringLiteral("APIGroupList"));
        const CurlAnswer core = m_curl->get(url("/api/v1"));
        QCOMPARE(json(core).value(QStringLiteral("kind")).toString(), QStringLiteral("APIResourceList"));
        QVERIFY(core.body.contains(R"("shortNames":["po"])"));

        // Listing the etcd pods needs storage too.
        QCOMPARE(
            m_curl->get(url("/api/v1/namespaces/kube-system/pods?labelSelector=component%3Detcd")).status,
            503);
    }

    void badRequestsGetStatusObjects()
    {
        const QString collection = url("/apis/apps/v1/namespaces/default/deployments");
        const CurlAnswer notJson = m_curl->request(QStringLiteral("POST"), collection, "kind: Deployment");
        QVERIFY2(notJson.status == 400, qPrintable(notJson.describe()));
        QCOMPARE(json(notJson).value(QStringLiteral("reason")).toString(), QStringLiteral("BadRequest"));

        const CurlAnswer noName =
            m_curl->request(QStringLiteral("POST"), collection, R"({"kind":"Deployment","metadata":{}})");
        QVERIFY2(noName.status == 422, qPrintable(noName.describe()));
        QCOMPARE(json(noName).value(QStringLiteral("reason")).toString(), QStringLiteral("Invalid"));

        const CurlAnswer otherNamespace = m_curl->request(
            QStringLiteral("POST"), collection, R"({"metadata":{"name":"web","namespace":"kube-system"}})");
        QCOMPARE(otherNamespace.status, 400);

        QCOMPARE(m_curl->request(QStringLiteral("PUT"), collection + QStringLiteral("/web"), "{}").status,
                 405);
        QCOMPARE(m_curl->get(collection).status, 503); // a list needs storage
        QCOMPARE(m_curl->get(url("/metrics")).status, 404);
        QCOMPARE(m_curl->get(url("/api/v1/namespaces/default/pods/a..b")).status, 404);
        QCOMPARE(m_curl->get(url("/api/v1/namespaces/default/widgets")).status, 404); // not a lab resource
        QCOMPARE(m_curl->get(url("/api/v1/namespaces/default/nodes")).status, 404); // nodes have no namespace
        QCOMPARE(m_curl->request(QStringLiteral("POST"), url("/api/v1/componentstatuses"), "{}").status, 405);
        QCOMPARE(m_curl->get(url("/api/v1/namespaces/kube-system/pods?labelSelector=component%20in%20(etcd)"))
                     .status,
                 400);
    }

private:
    QString file(const char* name) const { return m_dir.filePath(QLatin1String(name)); }
    QString url(const char* path) const
    {
        return QStringLiteral("https://%1:%2%3")
            .arg(kAddress)
            .arg(m_simulator->serverPort())
            .arg(QLatin1String(path));
    }

    ApiserverSimulator::Options options() const
    {
        ApiserverSimulator::Options o;
        o.node = QStringLiteral("T1");
        o.listenAddress = QHostAddress(kAddress);
        o.port = 0;
        // Nothing of the lab tests listens on .200: connection refused, at once.
        o.etcdEndpoint = QStringLiteral("https://%1:2379").arg(kAddress);
        o.etcdTls = TlsFiles{file("ca.crt"), file("client.crt"), file("client.key")};
        o.tlsCertFile = file("apiserver.crt");
        o.tlsKeyFile = file("apiserver.key");
        o.tokenFile = file("token");
        o.groundTruthFile = file("ground-truth.jsonl");
        return o;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ApiserverSimulator> m_simulator;
    std::unique_ptr<QSignalSpy> m_readiness;
    std::unique_ptr<CurlClient> m_curl;
};

QTEST_GUILESS_MAIN(TestApiserverSimulator)
#include "TestApiserverSimulator.moc"
