// StaticPodMirror reports the lab's static pods as kubelet would: running pods Ready, a pod whose manifest
// was moved away absent (its mirror pod deleted), a stopped member among the Endpoints' notReadyAddresses,
// and label selectors like kubectl's -l.
#include "StaticPodMirror.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace etcddrill;

namespace {

LabProcessState process(const QString& node, const QString& kind, const QString& address,
                        LabProcessState::State state)
{
    LabProcessState result;
    result.node = node;
    result.kind = kind;
    result.address = address;
    result.state = state;
    result.pid = state == LabProcessState::State::Stopped ? 0 : 100;
    return result;
}

QStringList podNames(const QJsonObject& list)
{
    QStringList names;
    for (const QJsonValue& item : list.value(QStringLiteral("items")).toArray())
        names << item.toObject()
                     .value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString();
    return names;
}

QJsonObject podNamed(const QJsonObject& list, const QString& name)
{
    for (const QJsonValue& item : list.value(QStringLiteral("items")).toArray()) {
        if (item.toObject()
                .value(QStringLiteral("metadata"))
                .toObject()
                .value(QStringLiteral("name"))
                .toString() == name)
            return item.toObject();
    }
    return {};
}

QString readyOf(const QJsonObject& pod)
{
    for (const QJsonValue& condition :
         pod.value(QStringLiteral("status")).toObject().value(QStringLiteral("conditions")).toArray()) {
        if (condition.toObject().value(QStringLiteral("type")).toString() == QLatin1String("Ready"))
            return condition.toObject().value(QStringLiteral("status")).toString();
    }
    return {};
}

} // namespace

class TestStaticPodMirror : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_pods.clear();
        m_state = LabState();
        m_state.updated = QDateTime::currentDateTimeUtc();
        const auto S = LabProcessState::State::Running;
        for (int i = 1; i <= 3; ++i) {
            const QString node = QStringLiteral("M%1").arg(i);
            const QString address = QStringLiteral("127.0.24.%1").arg(i);
            m_state.processes << process(node, QStringLiteral("etcd"), address + QStringLiteral(":2379"), S)
                              << process(node, QStringLiteral("apiserver"), address + QStringLiteral(":6443"),
                                         S);
            for (const QString& kind : {QStringLiteral("etcd"), QStringLiteral("apiserver")}) {
                StaticPodSpec pod;
                pod.node = node;
                pod.kind = kind;
                pod.manifestFile = m_dir.filePath(node + QLatin1Char('-') + kind + QStringLiteral(".yaml"));
                QFile manifest(pod.manifestFile);
                QVERIFY(manifest.open(QIODevice::WriteOnly));
                m_pods << pod;
            }
        }
        m_state.processes << process(QString(), QStringLiteral("haproxy"),
                                     QStringLiteral("127.0.24.100:6443"), S);
    }

    void runningPodsAreReady()
    {
        const QJsonObject all = StaticPodMirror::podList(m_state, m_pods, QStringLiteral("kube-system"), {});
        QCOMPARE(all.value(QStringLiteral("kind")).toString(), QStringLiteral("PodList"));
        // The load balancers are not pods of the cluster's kubelets in this picture.
        QCOMPARE(podNames(all), (QStringList{"etcd-M1", "kube-apiserver-M1", "etcd-M2", "kube-apiserver-M2",
                                             "etcd-M3", "kube-apiserver-M3"}));
        const QJsonObject etcd2 = podNamed(all, QStringLiteral("etcd-M2"));
        QCOMPARE(etcd2.value(QStringLiteral("status")).toObject().value(QStringLiteral("phase")).toString(),
                 QStringLiteral("Running"));
        QCOMPARE(readyOf(etcd2), QStringLiteral("True"));
        QCOMPARE(etcd2.value(QStringLiteral("spec")).toObject().value(QStringLiteral("nodeName")).toString(),
                 QStringLiteral("M2"));
        QCOMPARE(etcd2.value(QStringLiteral("status")).toObject().value(QStringLiteral("podIP")).toString(),
                 QStringLiteral("127.0.24.2"));

        QVERIFY(podNames(StaticPodMirror::podList(m_state, m_pods, QStringLiteral("default"), {})).isEmpty());
    }

    void selectorFilters()
    {
        QString error;
        const auto selector =
            StaticPodMirror::parseSelector(QStringLiteral("component=etcd, tier==control-plane"), &error);
        QVERIFY2(selector, qPrintable(error));
        const QJsonObject etcd =
            StaticPodMirror::podList(m_state, m_pods, QStringLiteral("kube-system"), *selector);
        QCOMPARE(podNames(etcd), (QStringList{"etcd-M1", "etcd-M2", "etcd-M3"}));

        QVERIFY(!StaticPodMirror::parseSelector(QStringLiteral("component in (etcd)"), &error));
        QVERIFY2(error.contains(QStringLiteral("key=value")), qPrintable(error));
        QVERIFY(!StaticPodMirror::parseSelector(QStringLiteral("component!=etcd"), &error));
        QVERIFY(StaticPodMirror::parseSelector(QString(), &error)->isEmpty());
    }

    void movedManifestRemovesThePod()
    {
        // M3's etcd manifest moved away: kubelet stopped the process and deleted the mirror pod.
        QVERIFY(QFile::remove(m_pods.at(4).manifestFile));
        m_state.processes[4] = process(QStringLiteral("M3"), QStringLiteral("etcd"),
                                       QStringLiteral("127.0.24.3:2379"), LabProcessState::State::Stopped);
        // M2's etcd crashed and waits out its back-off: still a pod, not ready.
        m_state.processes[2].state = LabProcessState::State::Starting;
        const QJsonObject list =
            StaticPodMirror::podList(m_state, m_pods, QStringLiteral("kube-system"),
                                     {{QStringLiteral("component"), QStringLiteral("etcd")}});
        QCOMPARE(podNames(list), (QStringList{"etcd-M1", "etcd-M2"}));
        QCOMPARE(readyOf(podNamed(list, QStringLiteral("etcd-M2"))), QStringLiteral("False"));

        // A stopped process whose manifest is still there is a failed pod, not a missing one.
        QVERIFY(QFile(m_pods.at(4).manifestFile).open(QIODevice::WriteOnly));
        const QJsonObject again =
            StaticPodMirror::podList(m_state, m_pods, QStringLiteral("kube-system"), {});
        QCOMPARE(podNamed(again, QStringLiteral("etcd-M3"))
                     .value(QStringLiteral("status"))
                     .toObject()
                     .value(QStringLiteral("phase"))
                     .toString(),
                 QStringLiteral("Failed"));
    }

    void endpointsListStoppedMembersAsNotReady()
    {
        m_state.processes[4].state = LabProcessState::State::Stopped;
        const QJsonObject endpoints = StaticPodMirror::etcdEndpoints(m_state);
        QCOMPARE(endpoints.value(QStringLiteral("kind")).toString(), QStringLiteral("Endpoints"));
        const QJsonObject subset = endpoints.value(QStringLiteral("subsets")).toArray().first().toObject();
        QCOMPARE(subset.value(QStringLiteral("addresses")).toArray().size(), 2);
        const QJsonArray notReady = subset.value(QStringLiteral("notReadyAddresses")).toArray();
        QCOMPARE(notReady.size(), 1);
        QCOMPARE(notReady.first().toObject().value(QStringLiteral("ip")).toString(),
                 QStringLiteral("127.0.24.3"));
        QCOMPARE(subset.value(QStringLiteral("ports"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("port"))
                     .toInt(),
                 2379);
        const QJsonObject list = StaticPodMirror::endpointsList(m_state, QStringLiteral("kube-system"));
        QCOMPARE(list.value(QStringLiteral("items")).toArray().size(), 1);
    }

private:
    QTemporaryDir m_dir;
    QList<StaticPodSpec> m_pods;
    LabState m_state;
};

QTEST_GUILESS_MAIN(TestStaticPodMirror)
#include "TestStaticPodMirror.moc"
