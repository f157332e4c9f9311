// What kubectl prints from the lab apiserver's tables (KubeTable) and discovery (KubeResourceCatalog): the
// columns of kube-apiserver's printers, the cells for the states a drill produces (a pod Terminating, a
// container waiting or terminated, a node's roles), kubectl's age format, and discovery with short names.
#include "KubeResourceCatalog.h"
#include "KubeTable.h"
#include "LabClusterObjects.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace etcddrill;

namespace {

QJsonObject pod(const QString& name, const QJsonObject& state, bool ready, bool deleting = false)
{
    QJsonObject metadata{{QStringLiteral("name"), name},
                         {QStringLiteral("creationTimestamp"), QStringLiteral("2026-12-03T08:00:00Z")}};
    if (deleting)
        metadata.insert(QStringLiteral("deletionTimestamp"), QStringLiteral("2026-12-03T08:05:00Z"));
    return QJsonObject{
        {QStringLiteral("metadata"), metadata},
        {QStringLiteral("spec"), QJsonObject{{QStringLiteral("nodeName"), QStringLiteral("M3")},
                                             {QStringLiteral("containers"), QJsonArray{QJsonObject{}}}}},
        {QStringLiteral("status"), QJsonObject{{QStringLiteral("phase"), QStringLiteral("Running")},
                                               {QStringLiteral("podIP"), QStringLiteral("127.0.10.3")},
                                               {QStringLiteral("containerStatuses"),
                                                QJsonArray{QJsonObject{{QStringLiteral("ready"), ready},
                                                                       {QStringLiteral("state"), state}}}}}},
    };
}

QStringList cells(const QJsonObject& table, int row)
{
    QStringList out;
    for (const QJsonValue& cell : table.value(QStringLiteral("rows"))
                                      .toArray()
                                      .at(row)
                                      .toObject()
                                      .value(QStringLiteral("cells"))
                                      .toArray())
        out << (cell.isString() ? cell.toString() : QString::number(cell.toInt()));
    return out;
}

} // namespace

class TestKubeTable : public QObject
{
    Q_OBJECT

private slots:
    void podColumnsAndStates()
    {
        const auto pods = KubeResourceCatalog::find({}, QStringLiteral("v1"), QStringLiteral("pods"));
        QVERIFY(pods);
        const QJsonArray items{
            pod(QStringLiteral("etcd-M1"), {{QStringLiteral("running"), QJsonObject()}}, true),
            pod(QStringLiteral("etcd-M2"),
                {{QStringLiteral("waiting"),
                  QJsonObject{{QStringLiteral("reason"), QStringLiteral("ContainerCreating")}}}},
                false),
            pod(QStringLiteral("etcd-M3"), {{QStringLiteral("running"), QJsonObject()}}, false, true),
        };
        const QDateTime now = QDateTime::fromString(QStringLiteral("2026-12-03T08:07:30Z"), Qt::ISODate);
        const QJsonObject table = KubeTable::fromItems(*pods, items, QStringLiteral("42"), now);
        QCOMPARE(table.value(QStringLiteral("kind")).toString(), QStringLiteral("Table"));
        QCOMPARE(table.value(QStringLiteral("apiVersion")).toString(), QStringLiteral("meta.k8s.io/v1"));
        QStringList names;
        for (const QJsonValue& c : table.value(QStringLiteral("columnDefinitions")).toArray())
            names << c.toObject().value(QStringLiteral("name")).toString();
        QCOMPARE(names, (QStringList{"Name", "Ready", "Status", "Restarts", "Age", "IP", "Node"}));
        QCOMPARE(cells(table, 0),
                 (QStringList{"etcd-M1", "1/1", "Running", "0", "7m30s", "127.0.10.3", "M3"}));
        QCOMPARE(cells(table, 1).mid(0, 3), (QStringList{"etcd-M2", "0/1", "ContainerCreating"}));
        QCOMPARE(cells(table, 2).mid(0, 3), (QStringList{"etcd-M3", "0/1", "Terminating"}));
        // Each row carries the object's metadata, as kubectl's default includeObject=Metadata.
        QCOMPARE(table.value(QStringLiteral("rows"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("object"))
                     .toObject()
                     .value(QStringLiteral("kind"))
                     .toString(),
                 QStringLiteral("PartialObjectMetadata"));
        QVERIFY(KubeTable::wanted("application/json;as=Table;v=v1;g=meta.k8s.io,application/json"));
        QVERIFY(!KubeTable::wanted("application/json"));
    }

    void nodesFromTheLabsObjects()
    {
        LabLayout layout;
        layout.dir = QStringLiteral("/tmp/lab");
        const QDateTime created = QDateTime::fromString(QStringLiteral("2026-12-01T08:00:00Z"), Qt::ISODate);
        QJsonArray nodes;
        QStringList keys;
        for (const LabClusterObjects::Object& object : LabClusterObjects::build(layout, created)) {
            keys << object.key;
            if (object.key.startsWith(QLatin1String("/registry/minions/")))
                nodes.append(object.json);
        }
        QVERIFY(keys.contains(QStringLiteral("/registry/namespaces/kube-system")));
        QVERIFY(keys.contains(QStringLiteral("/registry/configmaps/kube-system/kubeadm-config")));
        QCOMPARE(nodes.size(), 3);
        const auto resource = KubeResourceCatalog::find({}, QStringLiteral("v1"), QStringLiteral("nodes"));
        const QJsonObject table =
            KubeTable::fromItems(*resource, nodes, QString(), created.addSecs(2 * 86400 + 5 * 3600));
        QCOMPARE(cells(table, 2),
                 (QStringList{"M3", "Ready", "control-plane", "2d5h", "v1.28.0", "127.0.10.3"}));
        QVERIFY(LabClusterObjects::clusterConfiguration(layout).contains(
            QStringLiteral("certificatesDir: /tmp/lab/pki\n")));
    }

    void ages_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::addColumn<QString>("age");
        QTest::newRow("seconds") << 45 << "45s";
        QTest::newRow("under two minutes") << 119 << "119s";
        QTest::newRow("minutes and seconds") << 312 << "5m12s";
        QTest::newRow("whole minutes") << 600 << "10m";
        QTest::newRow("minutes") << 47 * 60 << "47m";
        QTest::newRow("hours and minutes") << 5 * 3600 + 3 * 60 << "5h3m";
        QTest::newRow("hours") << 20 * 3600 << "20h";
        QTest::newRow("days and hours") << 3 * 86400 + 4 * 3600 << "3d4h";
        QTest::newRow("days") << 12 * 86400 << "12d";
    }

    void ages()
    {
        QFETCH(int, seconds);
        QFETCH(QString, age);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(KubeTable::age(now.addSecs(-seconds), now), age);
        QCOMPARE(KubeTable::age(QDateTime(), now), QStringLiteral("<unknown>"));
    }

    void discovery()
    {
        const QJsonObject groups = KubeResourceCatalog::apiGroupList();
        QCOMPARE(groups.value(QStringLiteral("groups")).toArray().size(), 1);
        QCOMPARE(groups.value(QStringLiteral("groups"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("apps"));
        const auto apps = KubeResourceCatalog::resourceList(QStringLiteral("apps"), QStringLiteral("v1"));
        QVERIFY(apps);
        const QJsonObject deployments = apps->value(QStringLiteral("resources")).toArray().at(0).toObject();
        QCOMPARE(deployments.value(QStringLiteral("shortNames")).toArray().at(0).toString(),
                 QStringLiteral("deploy"));
        QVERIFY(deployments.value(QStringLiteral("verbs")).toArray().contains(QStringLiteral("create")));
        const auto core = KubeResourceCatalog::resourceList({}, QStringLiteral("v1"));
        QVERIFY(core);
        bool sawComponentStatuses = false;
        for (const QJsonValue& value : core->value(QStringLiteral("resources")).toArray()) {
            const QJsonObject r = value.toObject();
            if (r.value(QStringLiteral("name")) == QLatin1String("componentstatuses")) {
                sawComponentStatuses = true;
                QVERIFY(!r.value(QStringLiteral("verbs")).toArray().contains(QStringLiteral("create")));
            }
        }
        QVERIFY(sawComponentStatuses);
        QVERIFY(!KubeResourceCatalog::resourceList(QStringLiteral("batch"), QStringLiteral("v1")));
        QCOMPARE(KubeResourceCatalog::find({}, QStringLiteral("v1"), QStringLiteral("nodes"))
                     ->storageKey({}, QStringLiteral("M1")),
                 QStringLiteral("/registry/minions/M1"));
        QCOMPARE(KubeResourceCatalog::find({}, QStringLiteral("v1"), QStringLiteral("endpoints"))
                     ->storagePrefix(QStringLiteral("kube-system")),
                 QStringLiteral("/registry/services/endpoints/kube-system/"));
    }
};

QTEST_GUILESS_MAIN(TestKubeTable)
#include "TestKubeTable.moc"
