// EtcdClient and ClusterMonitor against a real 3-member etcd cluster (plain http on 127.0.21.1-3), a port
// nobody listens on (127.0.21.4) and a TCP server that accepts and never answers (127.0.21.9).
// The etcd processes live in a QTemporaryDir and are killed in cleanupTestCase() and by their owner's
// destructor, also when a test fails half-way.
#include "AwaitCallback.h"
#include "ClusterMonitor.h"
#include "DataSafetyChecker.h"
#include "EtcdClient.h"
#include "WorkloadRunner.h"
#include "WorkloadWatcher.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <memory>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>

#include <csignal>
#endif
#include <optional>
#include <vector>

using namespace etcddrill;
using namespace std::chrono_literals;

namespace {

constexpr int kMembers = 3;

QString clientUrl(int n)
{
    return QStringLiteral("http://127.0.21.%1:2379").arg(n);
}

const QString kRefused = QStringLiteral("http://127.0.21.4:2379");
const QString kBlackhole = QStringLiteral("http://127.0.21.9:2379");

template <typename Result, typename Start> std::optional<Result> await(Start start, int timeoutMs = 10000)
{
    return etcddrill::test::awaitCallback<Result>(std::move(start), timeoutMs);
}

// Three etcd members as child processes. Stops them in its destructor.
class EtcdTestCluster
{
public:
    ~EtcdTestCluster()
    {
        for (int n = 1; n <= kMembers; ++n)
            stop(n);
    }

    bool start(QString* error)
    {
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary directory");
            return false;
        }
        for (int n = 1; n <= kMembers; ++n)
            startMember(n, QStringLiteral("new"));
        for (int n = 1; n <= kMembers; ++n) {
            if (!waitHealthy(n, 30000)) {
                *error = QStringLiteral("etcd member %1 did not become healthy; its log:\n%2")
                             .arg(n)
                             .arg(QString::fromUtf8(m_processes[n]->readAllStandardError().right(3000)));
                return false;
            }
        }
        return true;
    }

    void startMember(int n, const QString& state)
    {
        QStringList cluster;
        for (int i = 1; i <= kMembers; ++i)
            cluster << QStringLiteral("m%1=http://127.0.21.%1:2380").arg(i);
        auto process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::SeparateChannels);
#ifdef Q_OS_LINUX
        // Should this test process die without cleaning up (a crash), the kernel kills etcd with it.
        process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
        process->setStandardOutputFile(QProcess::nullDevice());
        process->setStandardErrorFile(m_dir.filePath(QStringLiteral("m%1.log").arg(n)), QIODevice::Append);
        // Short raft timers so that an election after stopping the leader takes well under a second.
        process->start(QStringLiteral("etcd"),
                       {QStringLiteral("--name=m%1").arg(n),
                        QStringLiteral("--data-dir=%1").arg(m_dir.filePath(QStringLiteral("m%1").arg(n))),
                        QStringLiteral("--listen-client-urls=%1").arg(clientUrl(n)),
                        QStringLiteral("--advertise-client-urls=%1").arg(clientUrl(n)),
                        QStringLiteral("--listen-peer-urls=http://127.0.21.%1:2380").arg(n),
                        QStringLiteral("--initial-advertise-peer-urls=http://127.0.21.%1:2380").arg(n),
                        QStringLiteral("--initial-cluster=%1").arg(cluster.join(QLatin1Char(','))),
                        QStringLiteral("--initial-cluster-state=%1").arg(state),
                        QStringLiteral("--initial-cluster-token=etcddrill-test-etcd"),
                        QStringLiteral("--heartbeat-interval=100"), QStringLiteral("--election-timeout=500"),
                        QStringLiteral("--logger=zap"), QStringLiteral("--log-outputs=stderr")});
        m_processes[n] = std::move(process);
    }

    void stop(int n)
    {
        if (!m_processes[n])
            return;
        m_processes[n]->kill();
        m_processes[n]->waitForFinished(5000);
        m_processes[n].reset();
    }

    void terminate(int n) // like a static pod going away: SIGTERM, then wait
    {
        if (!m_processes[n])
            return;
        m_processes[n]->terminate();
        if (!m_processes[n]->waitForFinished(5000))
            m_processes[n]->kill();
        m_processes[n]->waitForFinished(5000);
        m_processes[n].reset();
    }

    static bool waitHealthy(int n, int timeoutMs)
    {
        QString error;
        auto client = EtcdClient::create(clientUrl(n), {}, 500ms, &error);
        if (!client)
            return false;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            const auto r = await<EtcdHealthResult>([&](auto cb) { client->health(cb); });
            if (r && r->healthy)
                return true;
            QTest::qWait(100);
        }
        return false;
    }

    QString logOf(int n) const
    {
        QFile f(m_dir.filePath(QStringLiteral("m%1.log").arg(n)));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll().right(3000)) : QString();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_processes[kMembers + 1];
};

// Accepts connections and never says a word: what a hung member or a black-holing firewall looks like to a
// client whose TCP handshake still succeeds.
class Blackhole : public QTcpServer
{
public:
    std::vector<QTcpSocket*> sockets;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto* socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        sockets.push_back(socket);
    }
};

DrillConfig configFor(const QStringList& endpoints, std::chrono::milliseconds interval,
                      std::chrono::milliseconds deadline = 1000ms)
{
    DrillConfig config;
    config.clusterName = QStringLiteral("test");
    config.etcd.pollInterval = interval;
    config.etcd.requestTimeout = deadline;
    for (int i = 0; i < endpoints.size(); ++i) {
        NodeConfig node;
        node.name = QStringLiteral("M%1").arg(i + 1);
        node.etcdEndpoint = endpoints[i];
        config.nodes.append(node);
    }
    return config;
}

} // namespace

class TestEtcdClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<EtcdTestCluster> m_cluster;
    Blackhole m_blackhole;

    std::unique_ptr<EtcdClient> client(const QString& endpoint, std::chrono::milliseconds deadline = 1000ms)
    {
        QString error;
        auto c = EtcdClient::create(endpoint, {}, deadline, &error);
        if (!c)
            qWarning("%s", qPrintable(error));
        return c;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_blackhole.listen(QHostAddress(QStringLiteral("127.0.21.9")), 2379));
        m_cluster = std::make_unique<EtcdTestCluster>();
        QString error;
        QVERIFY2(m_cluster->start(&error), qPrintable(error));
    }

    void cleanupTestCase() { m_cluster.reset(); }

    void statusHealthMembersAlarms()
    {
        auto c = client(clientUrl(1));
        QVERIFY(c);
        QVERIFY(!c->usesTls());

        const auto status = await<EtcdStatusResult>([&](auto cb) { c->status(cb); });
        QVERIFY(status);
        QVERIFY2(status->ok(), qPrintable(status->error.english()));
        QVERIFY(status->memberId != 0);
        QVERIFY(status->leaderId != 0);
        QVERIFY(status->raftTerm >= 2);
        QVERIFY(status->raftIndex > 0);
        QVERIFY2(status->version.startsWith(QStringLiteral("3.")), qPrintable(status->version));
        QVERIFY(status->dbSize > 0);
        QVERIFY(status->latency > 0us && status->latency < 1000ms);
        QVERIFY(status->error.isEmpty());

        const auto health = await<EtcdHealthResult>([&](auto cb) { c->health(cb); });
        QVERIFY(health);
        QVERIFY2(health->healthy, qPrintable(health->error.english()));
        QCOMPARE(health->memberId, status->memberId);

        const auto members = await<EtcdMemberListResult>([&](auto cb) { c->memberList(cb); });
        QVERIFY(members);
        QVERIFY2(members->ok(), qPrintable(members->error.english()));
        QCOMPARE(members->members.size(), kMembers);
        QStringList names;
        for (const MemberInfo& m : members->members)
            names << m.name;
        names.sort();
        QCOMPARE(names, (QStringList{"m1", "m2", "m3"}));
        QCOMPARE(members->answeredBy, status->memberId);

        const auto alarms = await<EtcdAlarmsResult>([&](auto cb) { c->alarms(cb); });
        QVERIFY(alarms);
        QVERIFY2(alarms->ok(), qPrintable(alarms->error.english()));
        QVERIFY(alarms->alarms.isEmpty());
    }

    void resultsArriveOnTheClientsThread()
    {
        QThread worker;
        worker.start();
        auto c = client(clientUrl(2));
        QVERIFY(c);
        c->moveToThread(&worker);
        auto seenOn = std::make_shared<QThread*>(nullptr);
        QEventLoop loop;
        QMetaObject::invokeMethod(c.get(), [&, seenOn] {
            c->status([&, seenOn](const EtcdStatusResult&) {
                *seenOn = QThread::currentThread();
                QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
            });
        });
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        loop.exec();
        QCOMPARE(*seenOn, &worker);
        // Destroy on its own thread, as an owner living there would.
        QMetaObject::invokeMethod(
            c.get(), [&] { c.reset(); }, Qt::BlockingQueuedConnection);
        worker.quit();
        worker.wait();
    }

    void putGetDelete()
    {
        auto c = client(clientUrl(1));
        const QByteArray key = "/etcd-drill-test/put-get-delete";
        const auto put = await<EtcdKvResult>([&](auto cb) { c->put(key, "value-1", cb); });
        QVERIFY(put && put->ok());
        QVERIFY(put->revision > 0);

        for (auto consistency :
             {EtcdClient::Consistency::Linearizable, EtcdClient::Consistency::Serializable}) {
            const auto got = await<EtcdKvResult>([&](auto cb) { c->get(key, consistency, cb); });
            QVERIFY(got && got->ok());
            QVERIFY(got->found);
            QCOMPARE(got->value, QByteArray("value-1"));
            QCOMPARE(got->modRevision, put->revision);
        }

        // Another member sees the write (linearizable read through a follower).
        auto other = client(clientUrl(3));
        const auto elsewhere =
            await<EtcdKvResult>([&](auto cb) { other->get(key, EtcdClient::Consistency::Linearizable, cb); });
        QVERIFY(elsewhere && elsewhere->found);
        QCOMPARE(elsewhere->value, QByteArray("value-1"));

        const auto removed = await<EtcdKvResult>([&](auto cb) { c->deleteKey(key, cb); });
        QVERIFY(removed && removed->ok());
        QCOMPARE(removed->deleted, qint64(1));
        const auto gone =
            await<EtcdKvResult>([&](auto cb) { c->get(key, EtcdClient::Consistency::Linearizable, cb); });
        QVERIFY(gone && gone->ok());
        QVERIFY(!gone->found);
    }

    void rangeDeleteRangeAndHashKv()
    {
        QCOMPARE(EtcdClient::prefixEnd("/a/b/"), QByteArray("/a/b0"));
        QCOMPARE(EtcdClient::prefixEnd(QByteArray("a\xff\xff", 3)), QByteArray("b"));
        QCOMPARE(EtcdClient::prefixEnd(QByteArray("\xff", 1)), QByteArray(1, '\0'));

        auto c = client(clientUrl(1));
        const QByteArray prefix = "/etcd-drill-test/range/";
        qint64 lastPut = 0;
        for (int i = 0; i < 5; ++i) {
            const auto put = await<EtcdKvResult>(
                [&](auto cb) { c->put(prefix + QByteArray::number(i), "v" + QByteArray::number(i), cb); });
            QVERIFY(put && put->ok());
            lastPut = put->revision;
        }
        // A key just past the prefix's range stays out of it.
        const QByteArray outside = "/etcd-drill-test/range0";
        QVERIFY(await<EtcdKvResult>([&](auto cb) { c->put(outside, "x", cb); })->ok());

        // Every member holds the five keys, read linearizably and from its own store.
        for (int n = 1; n <= kMembers; ++n) {
            auto member = client(clientUrl(n));
            for (auto consistency :
                 {EtcdClient::Consistency::Linearizable, EtcdClient::Consistency::Serializable}) {
                const auto all = await<EtcdRangeResult>([&](auto cb) {
                    member->range(prefix, EtcdClient::prefixEnd(prefix), consistency, 0, cb);
                });
                QVERIFY(all && all->ok());
                QCOMPARE(all->kvs.size(), 5);
                QCOMPARE(all->count, qint64(5));
                QVERIFY(!all->more);
                for (int i = 0; i < 5; ++i) {
                    QCOMPARE(all->kvs.at(i).key, prefix + QByteArray::number(i));
                    QCOMPARE(all->kvs.at(i).value, "v" + QByteArray::number(i));
                    QCOMPARE(all->kvs.at(i).version, qint64(1));
                }
                QCOMPARE(all->kvs.last().modRevision, lastPut);
            }
        }
        const auto limited = await<EtcdRangeResult>([&](auto cb) {
            c->range(prefix, EtcdClient::prefixEnd(prefix), EtcdClient::Consistency::Linearizable, 2, cb);
        });
        QVERIFY(limited && limited->ok());
        QCOMPARE(limited->kvs.size(), 2);
        QVERIFY(limited->more);
        QCOMPARE(limited->count, qint64(5));

        // At one revision every member has applied, the three hashes agree; one revision later (another put)
        // the store differs, and so does the hash.
        const qint64 at = lastPut;
        std::optional<EtcdHashResult> first;
        for (int n = 1; n <= kMembers; ++n) {
            auto member = client(clientUrl(n));
            const auto hash = await<EtcdHashResult>([&](auto cb) { member->hashKv(at, cb); });
            QVERIFY2(hash && hash->ok(), hash ? qPrintable(hash->error.english()) : "no answer");
            QVERIFY(hash->memberId != 0);
            QVERIFY(hash->revision >= at);
            if (!first)
                first = hash;
            QCOMPARE(hash->hash, first->hash);
            QCOMPARE(hash->compactRevision, first->compactRevision);
        }
        const auto later = await<EtcdHashResult>([&](auto cb) { c->hashKv(at + 1, cb); });
        QVERIFY(later && later->ok());
        QVERIFY(later->hash != first->hash);

        const auto removed =
            await<EtcdKvResult>([&](auto cb) { c->deleteRange(prefix, EtcdClient::prefixEnd(prefix), cb); });
        QVERIFY(removed && removed->ok());
        QCOMPARE(removed->deleted, qint64(5));
        const auto empty = await<EtcdRangeResult>([&](auto cb) {
            c->range(prefix, EtcdClient::prefixEnd(prefix), EtcdClient::Consistency::Linearizable, 0, cb);
        });
        QVERIFY(empty && empty->ok() && empty->kvs.isEmpty());
        const auto kept =
            await<EtcdKvResult>([&](auto cb) { c->get(outside, EtcdClient::Consistency::Linearizable, cb); });
        QVERIFY(kept && kept->found);
        QVERIFY(await<EtcdKvResult>([&](auto cb) { c->deleteKey(outside, cb); })->ok());
    }

    void watchReportsChangesInOrderAndEnds()
    {
        auto writer = client(clientUrl(1));
        auto watcher = client(clientUrl(2));
        const QByteArray prefix = "/etcd-drill-test/watch/";
        const auto base =
            await<EtcdKvResult>([&](auto cb) { writer->put("/etcd-drill-test/watch-base", "b", cb); });
        QVERIFY(base && base->ok());

        std::unique_ptr<EtcdWatch> watch =
            watcher->watch(prefix, EtcdClient::prefixEnd(prefix), base->revision + 1);
        QVERIFY(watch);
        QSignalSpy created(watch.get(), &EtcdWatch::created);
        QSignalSpy ended(watch.get(), &EtcdWatch::ended);
        QList<EtcdWatchEvent> seen;
        connect(watch.get(), &EtcdWatch::events, this,
                [&](const QList<EtcdWatchEvent>& batch, qint64) { seen.append(batch); });
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, 5000);

        // Three puts through another member, an overwrite and a delete: seen once each, in revision order.
        std::vector<qint64> revisions;
        for (const char* name : {"a", "b", "c"}) {
            const auto put = await<EtcdKvResult>([&](auto cb) { writer->put(prefix + name, name, cb); });
            QVERIFY(put && put->ok());
            revisions.push_back(put->revision);
        }
        const auto again = await<EtcdKvResult>([&](auto cb) { writer->put(prefix + "b", "b2", cb); });
        const auto removed = await<EtcdKvResult>([&](auto cb) { writer->deleteKey(prefix + "a", cb); });
        QVERIFY(again && again->ok() && removed && removed->ok());
        QTRY_COMPARE_WITH_TIMEOUT(seen.size(), 5, 5000);
        QCOMPARE(seen.at(0).kv.key, prefix + "a");
        QCOMPARE(seen.at(0).kv.modRevision, revisions.at(0));
        QCOMPARE(seen.at(2).kv.modRevision, revisions.at(2));
        QCOMPARE(seen.at(3).kv.value, QByteArray("b2"));
        QCOMPARE(seen.at(3).kv.version, qint64(2));
        QCOMPARE(seen.at(3).kv.modRevision, again->revision);
        QCOMPARE(seen.at(4).type, EtcdWatchEvent::Type::Delete);
        QCOMPARE(seen.at(4).kv.key, prefix + "a");
        QCOMPARE(seen.at(4).kv.modRevision, removed->revision);
        for (qsizetype i = 1; i < seen.size(); ++i)
            QVERIFY(seen.at(i).kv.modRevision > seen.at(i - 1).kv.modRevision);
        QCOMPARE(ended.count(), 0);

        // From a past revision the watch replays history: a second watch from the first put sees all five.
        std::unique_ptr<EtcdWatch> replay =
            watcher->watch(prefix, EtcdClient::prefixEnd(prefix), revisions.at(0));
        QList<EtcdWatchEvent> replayed;
        connect(replay.get(), &EtcdWatch::events, this,
                [&](const QList<EtcdWatchEvent>& batch, qint64) { replayed.append(batch); });
        QTRY_COMPARE_WITH_TIMEOUT(replayed.size(), 5, 5000);
        // Destroyed mid-stream: nothing more is reported, nothing crashes.
        replay.reset();
        QVERIFY(await<EtcdKvResult>([&](auto cb) { writer->put(prefix + "d", "d", cb); })->ok());
        QTRY_COMPARE_WITH_TIMEOUT(seen.size(), 6, 5000);

        // The watched member stops: the watch ends, with an error, within a couple of seconds.
        QElapsedTimer timer;
        timer.start();
        m_cluster->terminate(2);
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 5000);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        const auto result = ended.first().at(0).value<EtcdCallResult>();
        QVERIFY(!result.ok());
        QVERIFY(!result.error.english().isEmpty());
        // A watch on a stopped member ends too, at once or at the deadline, never silently.
        std::unique_ptr<EtcdWatch> onDown = watcher->watch(prefix, EtcdClient::prefixEnd(prefix), 0);
        QSignalSpy downEnded(onDown.get(), &EtcdWatch::ended);
        QTRY_COMPARE_WITH_TIMEOUT(downEnded.count(), 1, 5000);
        QVERIFY(!onDown->isCreated());

        m_cluster->startMember(2, QStringLiteral("existing"));
        QVERIFY(EtcdTestCluster::waitHealthy(2, 30000));
        QVERIFY(await<EtcdKvResult>([&](auto cb) {
                    writer->deleteRange(prefix, EtcdClient::prefixEnd(prefix), cb);
                })->ok());
        QVERIFY(await<EtcdKvResult>([&](auto cb) {
                    writer->deleteKey("/etcd-drill-test/watch-base", cb);
                })->ok());
    }

private:
    // Runs the workload for a second, stops member 3, runs 1.5 s more and stops it; true once it stopped.
    bool runStoppingMember3(WorkloadRunner& runner)
    {
        runner.start();
        QTest::qWait(1000);
        m_cluster->terminate(3);
        QTest::qWait(1500);
        QSignalSpy stopped(&runner, &WorkloadRunner::stopped);
        runner.stop();
        return stopped.count() == 1 || stopped.wait(5000);
    }

private slots:

    void workloadSurvivesAMemberStopWithNothingLost()
    {
        std::vector<std::unique_ptr<EtcdClient>> clients;
        QList<WorkloadRunner::Member> members;
        for (int n = 1; n <= kMembers; ++n) {
            clients.push_back(client(clientUrl(n)));
            members.append({QStringLiteral("m%1").arg(n), clients.back().get()});
        }
        const QByteArray prefix = "/etcd-drill-test/workload/";
        WorkloadRunner runner(members, prefix, 50);
        // A member stops mid-run (as the drill stops M3): its puts fail or are unknown, the others go on.
        QVERIFY(runStoppingMember3(runner));
        QCOMPARE(runner.inFlight(), 0);

        const QList<WorkloadOperation>& ops = runner.operations();
        // The rate holds: about 50 a second over 2.5 s.
        QVERIFY2(ops.size() >= 100 && ops.size() <= 140, qPrintable(QString::number(ops.size())));
        int ok = 0;
        int toStopped = 0;
        int notOk = 0;
        for (const WorkloadOperation& op : ops) {
            QVERIFY(op.key.startsWith(prefix));
            QVERIFY(op.value.startsWith("seq=" + QByteArray::number(op.sequence) + " at="));
            QVERIFY(op.end >= op.start);
            ok += op.result == WorkloadOperation::Result::Ok;
            notOk += op.result != WorkloadOperation::Result::Ok;
            toStopped += op.member == QLatin1String("m3") && op.start > ops.first().start + 1200ms;
        }
        // The two others took nearly everything after the stop: m3 was skipped after its first failures.
        QVERIFY2(notOk > 0 && notOk < 10, qPrintable(QString::number(notOk)));
        QVERIFY2(toStopped < 6, qPrintable(QString::number(toStopped)));
        QVERIFY(ok > 90);

        // Nothing acknowledged got lost, nothing foreign, revisions in real-time order.
        const auto read = await<EtcdRangeResult>([&](auto cb) {
            clients.front()->range(prefix, EtcdClient::prefixEnd(prefix),
                                   EtcdClient::Consistency::Linearizable, 0, cb);
        });
        QVERIFY(read && read->ok());
        const DataSafetyChecker::Read all{QString(), read->kvs};
        QVERIFY(DataSafetyChecker::lostWrites(ops, all).isEmpty());
        QVERIFY(DataSafetyChecker::foreignKeys(ops, all).isEmpty());
        QVERIFY(DataSafetyChecker::revisionOrder(ops).isEmpty());
        QCOMPARE(read->kvs.size(), qsizetype(ok) + DataSafetyChecker::unknownOutcome(ops, all).applied);
        // The checks can fail: a key deleted behind the workload's back is a lost write.
        QVERIFY(await<EtcdKvResult>([&](auto cb) {
                    clients.front()->deleteKey(read->kvs.first().key, cb);
                })->ok());
        const auto after = await<EtcdRangeResult>([&](auto cb) {
            clients.front()->range(prefix, EtcdClient::prefixEnd(prefix),
                                   EtcdClient::Consistency::Linearizable, 0, cb);
        });
        QCOMPARE(DataSafetyChecker::lostWrites(ops, DataSafetyChecker::Read{QString(), after->kvs}).size(),
                 1);

        m_cluster->startMember(3, QStringLiteral("existing"));
        QVERIFY(EtcdTestCluster::waitHealthy(3, 30000));
        QVERIFY(await<EtcdKvResult>([&](auto cb) {
                    clients.front()->deleteRange(prefix, EtcdClient::prefixEnd(prefix), cb);
                })->ok());
    }

    void workloadWatchReopensAcrossAMemberStop()
    {
        std::vector<std::unique_ptr<EtcdClient>> clients;
        QList<WorkloadRunner::Member> members;
        for (int n : {3, 1, 2}) { // the watch starts on m3, the member that will stop
            clients.push_back(client(clientUrl(n)));
            members.append({QStringLiteral("m%1").arg(n), clients.back().get()});
        }
        const QByteArray prefix = "/etcd-drill-test/watched-workload/";
        const auto base = await<EtcdKvResult>([&](auto cb) { clients.at(1)->put(prefix + "base", "b", cb); });
        QVERIFY(base && base->ok());
        QVERIFY(await<EtcdKvResult>([&](auto cb) { clients.at(1)->deleteKey(prefix + "base", cb); })->ok());
        WorkloadWatcher watcher(members, prefix, base->revision + 2);
        WorkloadRunner runner(members, prefix + "put/", 50);
        watcher.start();
        QVERIFY(runStoppingMember3(runner));
        qint64 newest = 0;
        for (const WorkloadOperation& op : runner.operations())
            newest = std::max(newest, op.revision);
        QTRY_VERIFY_WITH_TIMEOUT(watcher.lastRevision() >= newest, 5000);
        watcher.stop();

        // Re-opened on m1 from where the stream on m3 left off: every acknowledged put once, in order.
        QVERIFY2(watcher.opens().size() >= 2, qPrintable(QString::number(watcher.opens().size())));
        QCOMPARE(watcher.opens().at(0).member, QStringLiteral("m3"));
        QCOMPARE(watcher.opens().at(1).member, QStringLiteral("m1"));
        QVERIFY(watcher.opens().at(1).fromRevision > watcher.opens().at(0).fromRevision);
        QVERIFY(!watcher.compacted());
        const auto check = DataSafetyChecker::watch(runner.operations(), watcher.events());
        QVERIFY2(check.complete(), qPrintable(QStringLiteral("missing %1, duplicated %2, out of order %3, "
                                                             "unexplained %4")
                                                  .arg(check.missing.size())
                                                  .arg(check.duplicated.size())
                                                  .arg(check.outOfOrder)
                                                  .arg(check.unexplained.size())));
        // The check can fail: leave out the events of one second and it finds the gap.
        QList<EtcdWatchEvent> gap = watcher.events();
        gap.remove(10, 30);
        QVERIFY(!DataSafetyChecker::watch(runner.operations(), gap).missing.isEmpty());

        m_cluster->startMember(3, QStringLiteral("existing"));
        QVERIFY(EtcdTestCluster::waitHealthy(3, 30000));
        QVERIFY(await<EtcdKvResult>([&](auto cb) {
                    clients.at(1)->deleteRange(prefix, EtcdClient::prefixEnd(prefix), cb);
                })->ok());
    }

    void writeCheck()
    {
        auto c = client(clientUrl(2));
        const auto check =
            await<EtcdWriteCheckResult>([&](auto cb) { c->writeCheck(QStringLiteral("/etcd-drill/"), cb); });
        QVERIFY(check);
        QVERIFY2(check->ok(), qPrintable(check->error().english()));
        QCOMPARE(check->steps.size(), 4);
        for (const auto& step : check->steps)
            QVERIFY2(step.ran && step.ok && step.error.isEmpty(), qPrintable(step.name));
        QVERIFY(check->key.startsWith("/etcd-drill/"));
        QVERIFY(check->latency >= check->steps[0].latency);
        const auto left = await<EtcdKvResult>(
            [&](auto cb) { c->get(check->key, EtcdClient::Consistency::Linearizable, cb); });
        QVERIFY(left && left->ok());
        QVERIFY(!left->found); // cleaned up
    }

    void writeCheckReportsFailure()
    {
        auto c = client(kRefused, 500ms);
        const auto check =
            await<EtcdWriteCheckResult>([&](auto cb) { c->writeCheck(QStringLiteral("/etcd-drill/"), cb); });
        QVERIFY(check);
        QVERIFY(!check->ok());
        QVERIFY(check->steps[0].ran && !check->steps[0].ok);
        QVERIFY(!check->steps[1].ran && !check->steps[2].ran);
        QVERIFY(check->steps[3].ran); // cleanup is always tried
        QVERIFY2(check->error().english().startsWith(QStringLiteral("put: cannot connect")),
                 qPrintable(check->error().english()));
    }

    void refusedPortFailsFastWithAdvice()
    {
        auto c = client(kRefused, 1000ms);
        QElapsedTimer timer;
        timer.start();
        const auto status = await<EtcdStatusResult>([&](auto cb) { c->status(cb); });
        QVERIFY(status);
        QVERIFY(timer.elapsed() < 1000 + 300);
        QCOMPARE(status->grpcCode, 14); // UNAVAILABLE
        QVERIFY2(status->error.english().contains(QStringLiteral("connection refused")),
                 qPrintable(status->error.english()));
        QVERIFY2(status->error.english().contains(kRefused), qPrintable(status->error.english()));
        QVERIFY2(status->grpcMessage.contains(QStringLiteral("Connection refused"), Qt::CaseInsensitive),
                 qPrintable(status->grpcMessage));
        const auto health = await<EtcdHealthResult>([&](auto cb) { c->health(cb); });
        QVERIFY(health && !health->healthy);
    }

    void blackholeHitsTheDeadline()
    {
        auto c = client(kBlackhole, 500ms);
        QElapsedTimer timer;
        timer.start();
        const auto status = await<EtcdStatusResult>([&](auto cb) { c->status(cb); });
        const qint64 elapsed = timer.elapsed();
        QVERIFY(status);
        qInfo("blackhole: %lld ms, code %d, %s (%s)", elapsed, status->grpcCode,
              qPrintable(status->error.english()), qPrintable(status->grpcMessage));
        QVERIFY2(elapsed >= 450 && elapsed < 500 + 400, qPrintable(QString::number(elapsed)));
        QCOMPARE(status->grpcCode, 4); // DEADLINE_EXCEEDED
        QCOMPARE(status->error.english(), QStringLiteral("no answer from %1 within 500 ms").arg(kBlackhole));
        QVERIFY(!m_blackhole.sockets.empty()); // the TCP connection was accepted: this is not "refused"
    }

    void destroyWithCallsInFlight()
    {
        auto delivered = std::make_shared<int>(0);
        auto count = [delivered](const auto&) { ++*delivered; };
        {
            auto hung = client(kBlackhole, 10000ms);
            auto good = client(clientUrl(1), 10000ms);
            for (int i = 0; i < 10; ++i) {
                hung->status(count);
                hung->health(count);
                good->status(count);
                good->writeCheck(QStringLiteral("/etcd-drill/"), count);
            }
            QVERIFY(hung->callsInFlight() > 0);
            QElapsedTimer timer;
            timer.start();
            hung.reset();
            good.reset();
            QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        }
        QTest::qWait(300); // nothing may arrive after destruction, not even already-posted results
        QCOMPARE(*delivered, 0);
    }

    void destroyAtRandomMomentsMidFlight()
    {
        // Races the destructor against gRPC callbacks completing on their threads: no result may reach a
        // callback once destruction has begun, and nothing may hang or crash.
        auto lateDeliveries = std::make_shared<int>(0);
        auto delivered = std::make_shared<int>(0);
        for (int round = 0; round < 60; ++round) {
            auto alive = std::make_shared<bool>(true);
            auto c = client(clientUrl(1 + round % kMembers));
            auto note = [alive, lateDeliveries, delivered](const auto&) {
                ++*(*alive ? delivered : lateDeliveries);
            };
            for (int i = 0; i < 4; ++i) {
                c->status(note);
                c->health(note);
            }
            QElapsedTimer wait;
            wait.start();
            const int ms = round % 7; // 0…6 ms: before, during and after the answers arrive
            while (wait.elapsed() < ms)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
            *alive = false;
            c.reset();
        }
        QTest::qWait(100); // time passes on purpose: nothing may arrive after destruction
        QCOMPARE(*lateDeliveries, 0);
        qInfo("%d results delivered before destruction", *delivered);
    }

    void destroyRightAfterResultsArePosted()
    {
        // Results travel as posted events: destroying the client before the loop runs must drop them.
        auto delivered = std::make_shared<int>(0);
        auto c = client(clientUrl(1));
        for (int i = 0; i < 20; ++i)
            c->status([delivered](const EtcdStatusResult&) { ++*delivered; });
        // Wait without running the event loop: the calls finish and their results are posted, not delivered.
        QElapsedTimer timer;
        timer.start();
        while (c->callsInFlight() > 0 && timer.elapsed() < 5000)
            QThread::msleep(5);
        QCOMPARE(c->callsInFlight(), 0);
        c.reset();         // ...and the posted results are dropped here
        QTest::qWait(100); // time passes on purpose: the dropped results must not come late
        QCOMPARE(*delivered, 0);
    }

    void monitorIsNotHeldBackByBadEndpoints()
    {
        ClusterMonitor monitor(configFor({clientUrl(1), kRefused, kBlackhole}, 200ms, 1000ms));
        QVERIFY(monitor.setupErrors().isEmpty());
        QList<ClusterSnapshot> snapshots;
        QList<qint64> at;
        QElapsedTimer timer;
        connect(&monitor, &ClusterMonitor::snapshotReady, this, [&](const ClusterSnapshot& s) {
            snapshots.append(s);
            at.append(timer.elapsed());
        });
        timer.start();
        monitor.start();
        QTest::qWait(2600); // the measured run, on purpose
        monitor.stop();
        const int count = snapshots.size();
        QTest::qWait(300);                 // time passes on purpose: nothing may arrive after stop()
        QCOMPARE(snapshots.size(), count); // nothing after stop()

        QVERIFY2(count >= 10, qPrintable(QString::number(count))); // ~13 expected at 200 ms
        for (int i = 1; i < count; ++i) {
            QCOMPARE(snapshots[i].sequence, snapshots[i - 1].sequence + 1);
            QVERIFY2(
                at[i] - at[i - 1] <= 200 + 300,
                qPrintable(QStringLiteral("gap %1 ms before snapshot %2").arg(at[i] - at[i - 1]).arg(i)));
        }
        const ClusterSnapshot& last = snapshots.last();
        QCOMPARE(last.endpoints.size(), 3);
        const MemberStatus& good = last.endpoints[0];
        QVERIFY2(good.reachable && good.healthy, qPrintable(good.error.english()));
        QCOMPARE(good.nodeName, QStringLiteral("M1"));
        QCOMPARE(good.memberName, QStringLiteral("m1"));
        QVERIFY(good.latency > 0us);
        QVERIFY(!last.endpoints[1].reachable);
        QVERIFY2(last.endpoints[1].error.english().contains(QStringLiteral("connection refused")),
                 qPrintable(last.endpoints[1].error.english()));
        QVERIFY(!last.endpoints[2].reachable);
        QVERIFY2(last.endpoints[2].error.english().contains(QStringLiteral("no answer")),
                 qPrintable(last.endpoints[2].error.english()));
        QCOMPARE(last.members.size(), kMembers);
        QCOMPARE(last.totalVoters, kMembers);
        QCOMPARE(last.healthyVoters, 1); // only one member is configured reachable here
        QVERIFY(last.leaderId != 0);
        // The good endpoint was reachable in every snapshot after its first answer.
        for (int i = 1; i < count; ++i)
            QVERIFY(snapshots[i].endpoints[0].reachable);
        QCOMPARE(last.sequence, monitor.lastSnapshot().sequence);
    }

    void monitorOneShot()
    {
        ClusterMonitor monitor(configFor({clientUrl(1), clientUrl(2), clientUrl(3)}, 500ms));
        QSignalSpy spy(&monitor, &ClusterMonitor::snapshotReady);
        QElapsedTimer timer;
        timer.start();
        monitor.pollOnce();
        QVERIFY(spy.wait(3000));
        QVERIFY(timer.elapsed() < 1000);
        const auto s = spy.takeFirst().at(0).value<ClusterSnapshot>();
        QCOMPARE(s.sequence, quint64(1));
        QVERIFY(s.quorumHeld);
        QVERIFY(s.leaderAgreed);
        QCOMPARE(s.healthyVoters, 3);
        for (const MemberStatus& e : s.endpoints) {
            QVERIFY2(e.healthy, qPrintable(e.error.english()));
            QVERIFY(e.indexLag >= 0);
        }
        QTest::qWait(700);        // time passes on purpose: more than a poll interval
        QCOMPARE(spy.count(), 0); // pollOnce() does not start the timer
    }

    void monitorWriteCheck()
    {
        DrillConfig config = configFor({clientUrl(1), kRefused}, 300ms);
        config.etcd.writeCheck = true;
        ClusterMonitor monitor(config);
        QSignalSpy spy(&monitor, &ClusterMonitor::snapshotReady);
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty() &&
                                     spy.last().at(0).value<ClusterSnapshot>().endpoints[0].writeChecked &&
                                     spy.last().at(0).value<ClusterSnapshot>().endpoints[1].writeChecked,
                                 5000);
        monitor.stop();
        const auto s = spy.last().at(0).value<ClusterSnapshot>();
        QVERIFY2(s.endpoints[0].writeOk, qPrintable(s.endpoints[0].writeError.english()));
        QVERIFY(s.endpoints[0].writeLatency > 0us);
        QVERIFY(!s.endpoints[1].writeOk);
        QVERIFY2(s.endpoints[1].writeError.english().contains(QStringLiteral("connection refused")),
                 qPrintable(s.endpoints[1].writeError.english()));
    }

    void monitorInWorkerThread()
    {
        QThread worker;
        auto monitor =
            std::make_unique<ClusterMonitor>(configFor({clientUrl(1), clientUrl(2), clientUrl(3)}, 200ms));
        monitor->moveToThread(&worker);
        worker.start();
        QList<ClusterSnapshot> snapshots;
        connect(
            monitor.get(), &ClusterMonitor::snapshotReady, this,
            [&](const ClusterSnapshot& s) {
                QCOMPARE(QThread::currentThread(), thread());
                snapshots.append(s);
            },
            Qt::QueuedConnection);
        QMetaObject::invokeMethod(monitor.get(), &ClusterMonitor::start);
        QTRY_VERIFY_WITH_TIMEOUT(snapshots.size() >= 3, 5000);
        QVERIFY(snapshots.last().quorumHeld);
        // Stop and destroy on the worker thread, then end it.
        QMetaObject::invokeMethod(
            monitor.get(), [&] { monitor.reset(); }, Qt::BlockingQueuedConnection);
        worker.quit();
        QVERIFY(worker.wait(5000));
    }

    void monitorSeesLeaderStopAndReturn()
    {
        ClusterMonitor monitor(configFor({clientUrl(1), clientUrl(2), clientUrl(3)}, 200ms));
        QList<ClusterEvent> events;
        QList<ClusterSnapshot> snapshots;
        connect(&monitor, &ClusterMonitor::clusterEvent, this,
                [&](const ClusterEvent& e) { events.append(e); });
        connect(&monitor, &ClusterMonitor::snapshotReady, this,
                [&](const ClusterSnapshot& s) { snapshots.append(s); });
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(
            !snapshots.isEmpty() && snapshots.last().quorumHeld && snapshots.last().leader(), 5000);
        QVERIFY(events.isEmpty()); // a healthy start is silent

        const MemberStatus leader = *snapshots.last().leader();
        const int n = leader.nodeName.mid(1).toInt();
        QVERIFY(n >= 1 && n <= kMembers);
        const quint64 termBefore = snapshots.last().raftTerm;

        QElapsedTimer timer;
        timer.start();
        m_cluster->terminate(n);
        auto has = [&](ClusterEvent::Kind kind) {
            for (const ClusterEvent& e : events) {
                if (e.kind == kind)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(
            has(ClusterEvent::Kind::MemberDown) && has(ClusterEvent::Kind::LeaderChanged) &&
                snapshots.last().leaderId != 0 && snapshots.last().leaderId != leader.memberId,
            8000);
        for (const ClusterEvent& e : events)
            qInfo("%s", qPrintable(e.describe()));
        QVERIFY(snapshots.last().quorumHeld); // 2 of 3
        QVERIFY(snapshots.last().raftTerm > termBefore);
        QVERIFY(!has(ClusterEvent::Kind::QuorumLost));

        // Leave the member down long enough for gRPC's reconnect back-off to reach its cap.
        QTest::qWait(2500);
        events.clear();
        qint64 upAt = -1;
        connect(&monitor, &ClusterMonitor::clusterEvent, this, [&](const ClusterEvent& e) {
            if (e.kind == ClusterEvent::Kind::MemberUp && upAt < 0)
                upAt = timer.elapsed();
        });
        timer.restart();
        m_cluster->startMember(n, QStringLiteral("existing"));
        QVERIFY(EtcdTestCluster::waitHealthy(n, 20000));
        const qint64 healthyAt = timer.elapsed();
        // Reconnect back-off is capped at 1 s: the monitor must see the member back within about two seconds
        // of it serving again (waitHealthy's own polling makes healthyAt a little late, never early).
        QTRY_VERIFY_WITH_TIMEOUT(upAt >= 0, 2500);
        qInfo("member healthy again after %lld ms, member-up at %lld ms", healthyAt, upAt);
        QVERIFY(upAt <= healthyAt + 2000);
        QVERIFY(snapshots.last().quorumHeld);
        QCOMPARE(snapshots.last().healthyVoters, 3);
    }
};

QTEST_GUILESS_MAIN(TestEtcdClient)
#include "TestEtcdClient.moc"
