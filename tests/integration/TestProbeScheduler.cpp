// ProbeScheduler against real sockets: five HTTPS targets at 10 Hz on 127.0.23.2, one of which accepts and
// never answers. The healthy targets must keep their schedule while the hung one piles up probes in flight:
// no healthy interval off by half an interval over about five seconds; jitter figures are printed, not
// bounded.
#include "CertificateAuthority.h"
#include "ProbeScheduler.h"
#include "ProbeTestServer.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <map>

using namespace etcddrill;
using namespace std::chrono_literals;

namespace {

const QHostAddress serverAddress(QStringLiteral("127.0.23.2"));

double percentile(std::vector<double> values, double percent)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = size_t(std::ceil(percent / 100.0 * double(values.size())));
    return values[std::clamp<size_t>(rank, 1, values.size()) - 1];
}

} // namespace

class TestProbeScheduler : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hungTargetDoesNotDelayOthers();
    void startRefusesBadTargets();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestProbeScheduler::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    const auto ca = CertificateAuthority::create(QStringLiteral("scheduler test CA"), &error);
    QVERIFY2(ca, qPrintable(error));
    QVERIFY2(ca->writeCa(path("ca.crt"), path("ca.key"), &error), qPrintable(error));
    CertificateRequest server;
    server.commonName = QStringLiteral("apiserver");
    server.ipAddresses = {serverAddress.toString()};
    server.serverAuth = true;
    QVERIFY2(ca->issue(server, path("server.crt"), path("server.key"), &error), qPrintable(error));
}

void TestProbeScheduler::hungTargetDoesNotDelayOthers()
{
    constexpr int targetCount = 5;
    constexpr int hung = 2;
    constexpr auto interval = 100ms;
    constexpr auto runFor = 5200ms;

    std::vector<std::unique_ptr<ProbeTestServer>> servers;
    QList<ProbeTarget> targets;
    for (int i = 0; i < targetCount; ++i) {
        auto server = std::make_unique<ProbeTestServer>();
        QVERIFY(server->useTls(path("server.crt"), path("server.key")));
        server->setNodeName(QByteArray("M") + QByteArray::number(i));
        if (i == hung)
            server->setBehaviour(ProbeTestServer::Behaviour::Hang);
        QVERIFY(server->listen(serverAddress));
        ProbeTarget target;
        target.name = QStringLiteral("target-%1").arg(i);
        target.url = QUrl(
            QStringLiteral("https://%1:%2/readyz").arg(serverAddress.toString()).arg(server->serverPort()));
        target.interval = interval;
        target.timeout = 1000ms;
        target.credentials.caFile = path("ca.crt");
        targets.append(target);
        servers.push_back(std::move(server));
    }

    ProbeScheduler scheduler(targets);
    std::map<int, QList<ProbeSample>> received;
    connect(&scheduler, &ProbeScheduler::samplesReady, this,
            [&received](int index, const QList<ProbeSample>& samples) { received[index].append(samples); });
    QString error;
    QVERIFY2(scheduler.start(&error), qPrintable(error));
    QVERIFY(scheduler.isRunning());
    QTest::qWait(int(runFor.count())); // the measured run, on purpose
    scheduler.stop();
    QVERIFY(!scheduler.isRunning());
    // The last batches travel as queued signals; stop() has joined the worker thread, so all are posted.
    QCoreApplication::sendPostedEvents();

    const qint64 startNs =
        std::chrono::duration_cast<std::chrono::nanoseconds>(scheduler.startTime().time_since_epoch())
            .count();
    std::vector<double> jitterMs;
    std::vector<double> lagMs;
    for (int i = 0; i < targetCount; ++i) {
        const QList<ProbeSample>& samples = received[i];
        QCOMPARE(scheduler.samples(i).size(), samples.size());
        for (qsizetype k = 1; k < samples.size(); ++k)
            QVERIFY2(samples[k].startNs > samples[k - 1].startNs, "samples must arrive in start order");
        for (const ProbeSample& s : samples)
            QVERIFY2(s.outcome != ProbeSample::Outcome::Skipped, qPrintable(s.describe()));
        if (i == hung) {
            // About one probe per slot until the stop; the last second's probes were still in flight.
            qInfo("hung target: %lld samples, first: %s", qint64(samples.size()),
                  qPrintable(samples.value(0).describe()));
            QVERIFY2(samples.size() >= 38 && samples.size() <= 44,
                     qPrintable(QString::number(samples.size())));
            for (const ProbeSample& s : samples) {
                QCOMPARE(s.outcome, ProbeSample::Outcome::Timeout);
                QVERIFY(s.totalUs >= 950'000 && s.totalUs <= 1'050'000);
            }
            // Its own schedule held too: slot k started at start + k * interval.
            for (const ProbeSample& s : samples) {
                const double offsetMs = double(s.startNs - startNs) / 1e6;
                const double fromSlot = offsetMs - std::round(offsetMs / 100.0) * 100.0;
                QVERIFY2(std::abs(fromSlot) < 20.0, qPrintable(QString::number(offsetMs)));
            }
            continue;
        }
        QVERIFY2(samples.size() >= 50 && samples.size() <= 54, qPrintable(QString::number(samples.size())));
        for (const ProbeSample& s : samples) {
            QVERIFY2(s.outcome == ProbeSample::Outcome::Ok, qPrintable(s.describe()));
            QCOMPARE(s.backend(), QStringLiteral("M%1").arg(i));
            lagMs.push_back(s.startLagUs / 1000.0);
        }
        for (qsizetype k = 1; k < samples.size(); ++k) {
            const double deltaMs = double(samples[k].startNs - samples[k - 1].startNs) / 1e6;
            jitterMs.push_back(std::abs(deltaMs - 100.0));
        }
    }
    const double p50 = percentile(jitterMs, 50);
    const double p99 = percentile(jitterMs, 99);
    const double max = percentile(jitterMs, 100);
    // The load average goes with the figures: on a saturated CPU the kernel, not the scheduler, sets the
    // jitter.
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    const QByteArray load = loadavg.open(QIODevice::ReadOnly) ? loadavg.readAll().trimmed() : QByteArray("?");
    qInfo("interval jitter over %zu intervals of 4 healthy targets: p50 %.3f ms, p99 %.3f ms, max %.3f ms "
          "(load average %s)",
          jitterMs.size(), p50, p99, max, load.constData());
    qInfo("start lag behind slot: p50 %.3f ms, p99 %.3f ms, max %.3f ms", percentile(lagMs, 50),
          percentile(lagMs, 99), percentile(lagMs, 100));
    QVERIFY2(jitterMs.size() >= 4 * 49, "too few intervals measured");
    // What this test asserts is independence, not speed: a healthy target waiting behind the hung one would
    // stretch an interval by up to the 1000 ms timeout, so no interval may be off by half an interval. The
    // scheduler's speed figures (jitter p99 against a reference tool) are tests/bench/BenchProbe's, printed,
    // not asserted: on a loaded 2-core CI machine a p99 bound of a few milliseconds measures the kernel.
    QVERIFY2(max < 50.0,
             qPrintable(QStringLiteral("an interval of a healthy target was off by %1 ms").arg(max)));
}

void TestProbeScheduler::startRefusesBadTargets()
{
    ProbeTarget tooFast;
    tooFast.name = QStringLiteral("vip");
    tooFast.url = QUrl(QStringLiteral("https://127.0.23.2:6443"));
    tooFast.interval = 10ms;
    ProbeScheduler first({tooFast});
    QString error;
    QVERIFY(!first.start(&error));
    QVERIFY(!first.isRunning());
    QVERIFY2(error.contains(QStringLiteral("probe 'vip'")) && error.contains(QStringLiteral("20 ms")),
             qPrintable(error));

    ProbeTarget missingCa = tooFast;
    missingCa.interval = 100ms;
    missingCa.credentials.caFile = path("no-such-ca.crt");
    ProbeScheduler second({missingCa});
    QVERIFY(!second.start(&error));
    QVERIFY2(error.contains(path("no-such-ca.crt")), qPrintable(error));

    ProbeScheduler duplicate({missingCa, missingCa});
    QVERIFY(!duplicate.start(&error));
    QVERIFY2(error.contains(QStringLiteral("two probe targets are named 'vip'")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestProbeScheduler)
#include "TestProbeScheduler.moc"
