// KubeApiPath takes request paths apart like kube-apiserver's router, and refuses anything that could leave
// its storage prefix (upper case, "..", empty segments); the OpenAPI documents kubectl asks for.
#include "KubeApiPath.h"

#include <QTest>

using namespace etcddrill;

class TestKubeApiPath : public QObject
{
    Q_OBJECT

private slots:
    void health()
    {
        for (const char* name : {"readyz", "livez", "healthz"}) {
            const KubeApiPath path = KubeApiPath::parse(QStringLiteral("/") + QLatin1String(name));
            QCOMPARE(path.kind, KubeApiPath::Kind::Health);
            QCOMPARE(path.healthName, QLatin1String(name));
        }
        QCOMPARE(KubeApiPath::parse(QStringLiteral("/readyz/")).kind, KubeApiPath::Kind::Health);
        QCOMPARE(KubeApiPath::parse(QStringLiteral("/version")).kind, KubeApiPath::Kind::Version);
        QCOMPARE(KubeApiPath::parse(QStringLiteral("/readyz/etcd")).kind, KubeApiPath::Kind::Unknown);
    }

    void coreGroupObject()
    {
        const KubeApiPath path =
            KubeApiPath::parse(QStringLiteral("/api/v1/namespaces/default/configmaps/cm-1"));
        QCOMPARE(path.kind, KubeApiPath::Kind::Object);
        QCOMPARE(path.group, QString());
        QCOMPARE(path.apiVersion(), QStringLiteral("v1"));
        QCOMPARE(path.namespaceName, QStringLiteral("default"));
        QCOMPARE(path.resource, QStringLiteral("configmaps"));
        QCOMPARE(path.name, QStringLiteral("cm-1"));
    }

    void namedGroupCollection()
    {
        const KubeApiPath path =
            KubeApiPath::parse(QStringLiteral("/apis/apps/v1/namespaces/kube-system/deployments"));
        QCOMPARE(path.kind, KubeApiPath::Kind::Collection);
        QCOMPARE(path.group, QStringLiteral("apps"));
        QCOMPARE(path.apiVersion(), QStringLiteral("apps/v1"));
        QCOMPARE(path.resource, QStringLiteral("deployments"));
        QVERIFY(path.name.isEmpty());

        const KubeApiPath object = KubeApiPath::parse(
            QStringLiteral("/apis/networking.k8s.io/v1/namespaces/web/ingresses/shop.example"));
        QCOMPARE(object.kind, KubeApiPath::Kind::Object);
        QCOMPARE(object.group, QStringLiteral("networking.k8s.io"));
        QCOMPARE(object.name, QStringLiteral("shop.example"));
    }

    void clusterCollection()
    {
        const KubeApiPath path = KubeApiPath::parse(QStringLiteral("/api/v1/componentstatuses"));
        QCOMPARE(path.kind, KubeApiPath::Kind::ClusterCollection);
        QCOMPARE(path.resource, QStringLiteral("componentstatuses"));
    }

    void clusterObjectsAndDiscovery()
    {
        const KubeApiPath node = KubeApiPath::parse(QStringLiteral("/api/v1/nodes/M1"));
        QCOMPARE(node.kind, KubeApiPath::Kind::ClusterObject);
        QCOMPARE(node.resource, QStringLiteral("nodes"));
        QCOMPARE(node.name, QStringLiteral("M1")); // the lab's node names are upper case
        const KubeApiPath ns = KubeApiPath::parse(QStringLiteral("/api/v1/namespaces/kube-system"));
        QCOMPARE(ns.kind, KubeApiPath::Kind::ClusterObject);
        QCOMPARE(ns.resource, QStringLiteral("namespaces"));
        QCOMPARE(ns.name, QStringLiteral("kube-system"));
        QCOMPARE(KubeApiPath::parse(QStringLiteral("/api/v1/namespaces")).kind,
                 KubeApiPath::Kind::ClusterCollection);
        QCOMPARE(KubeApiPath::parse(QStringLiteral("/api")).kind, KubeApiPath::Kind::DiscoveryVersions);
        QCOMPARE(KubeApiPath::parse(QStringLiteral("/apis")).kind, KubeApiPath::Kind::DiscoveryGroups);
        QCOMPARE(KubeApiPath::parse(QStringLiteral("/api/v1")).kind, KubeApiPath::Kind::DiscoveryResources);
        const KubeApiPath apps = KubeApiPath::parse(QStringLiteral("/apis/apps/v1"));
        QCOMPARE(apps.kind, KubeApiPath::Kind::DiscoveryResources);
        QCOMPARE(apps.group, QStringLiteral("apps"));
        QCOMPARE(apps.version, QStringLiteral("v1"));
    }

    void openApi()
    {
        QCOMPARE(KubeApiPath::parse(QStringLiteral("/openapi/v2")).kind, KubeApiPath::Kind::OpenApiV2);
        QCOMPARE(KubeApiPath::parse(QStringLiteral("/openapi/v3")).kind, KubeApiPath::Kind::OpenApiV3Index);
        const KubeApiPath core = KubeApiPath::parse(QStringLiteral("/openapi/v3/api/v1"));
        QCOMPARE(core.kind, KubeApiPath::Kind::OpenApiV3Document);
        QCOMPARE(core.apiVersion(), QStringLiteral("v1"));
        const KubeApiPath apps = KubeApiPath::parse(QStringLiteral("/openapi/v3/apis/apps/v1"));
        QCOMPARE(apps.kind, KubeApiPath::Kind::OpenApiV3Document);
        QCOMPARE(apps.apiVersion(), QStringLiteral("apps/v1"));
        QCOMPARE(KubeApiPath::parse(QStringLiteral("/openapi/v3/api/v2")).kind, KubeApiPath::Kind::Unknown);
        QCOMPARE(KubeApiPath::parse(QStringLiteral("/openapi/v4")).kind, KubeApiPath::Kind::Unknown);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("root") << "/";
        QTest::newRow("relative") << "api/v1/namespaces/a/pods";
        QTest::newRow("other version") << "/api/v2/namespaces/a/pods";
        QTest::newRow("dot dot name") << "/api/v1/namespaces/a/pods/..";
        QTest::newRow("dot dot namespace") << "/api/v1/namespaces/../pods/x";
        QTest::newRow("upper case namespace") << "/api/v1/namespaces/A/pods/web";
        QTest::newRow("upper case resource") << "/api/v1/namespaces/a/Pods/web";
        QTest::newRow("dot dot in a name") << "/api/v1/namespaces/a/pods/a..b";
        QTest::newRow("empty segment") << "/api/v1/namespaces//pods/x";
        QTest::newRow("too deep") << "/api/v1/namespaces/a/pods/x/status";
        QTest::newRow("cluster object too deep") << "/api/v1/nodes/M1/status";
        QTest::newRow("other group root") << "/apis/apps";
        QTest::newRow("unknown root") << "/metrics";
    }

    void refused()
    {
        QFETCH(QString, path);
        QCOMPARE(KubeApiPath::parse(path).kind, KubeApiPath::Kind::Unknown);
    }

    void names()
    {
        QVERIFY(KubeApiPath::isValidName(QStringLiteral("nginx")));
        QVERIFY(KubeApiPath::isValidName(QStringLiteral("etcd-drill.write-check.1")));
        QVERIFY(!KubeApiPath::isValidName(QString()));
        QVERIFY(!KubeApiPath::isValidName(QStringLiteral("Nginx")));
        QVERIFY(!KubeApiPath::isValidName(QStringLiteral("a/b")));
        QVERIFY(!KubeApiPath::isValidName(QStringLiteral("-a")));
        QVERIFY(!KubeApiPath::isValidName(QString(254, QLatin1Char('a'))));
    }
};

QTEST_GUILESS_MAIN(TestKubeApiPath)
#include "TestKubeApiPath.moc"
