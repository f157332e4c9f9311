// The probes and the Kubernetes checks against the complete embedded lab: three etcd members, an apiserver
// per node that uses only its own etcd, haproxy's VIP (active /readyz checks) and nginx's domain (passive
// checks), all on 127.0.26.x. Each test function starts its own lab (LabFixture: --watch-pid, lab down also
// on failure) and runs the runbook's step 2 for real: M3's etcd manifest is moved away and back. What the
// probes measure is checked against the lab's ground truth (<lab>/ground-truth.jsonl, CLOCK_MONOTONIC ms)
// and haproxy's fall x inter.
#include "ApiserverClient.h"
#include "ConfigLoader.h"
#include "Duration.h"
#include "ImpactTracker.h"
#include "KubernetesChecks.h"
#include "LabFixture.h"
#include "LabHaproxyAdmin.h"
#include "LabHaproxyConfig.h"
#include "LabLayout.h"
#include "ProbePlan.h"
#include "ProbeScheduler.h"
#include "SteadyClock.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <ctime>

using namespace etcddrill;
using namespace etcddrill::test;
using namespace std::chrono;
using namespace std::chrono_literals;

namespace {

struct TruthEvent
{
    qint64 monoMs = 0;
    QString node;
    QString process;
    QString event;
};

QList<TruthEvent> groundTruth(const QString& labDir)
{
    QList<TruthEvent> events;
    QFile file(labDir + QStringLiteral("/ground-truth.jsonl"));
    if (!file.open(QIODevice::ReadOnly))
        return events;
    while (!file.atEnd()) {
        const QJsonObject line = QJsonDocument::fromJson(file.readLine()).object();
        if (line.isEmpty())
            continue;
        events.append({line.value(QStringLiteral("mono_ms")).toInteger(),
                       line.value(QStringLiteral("node")).toString(),
                       line.value(QStringLiteral("process")).toString(),
                       line.value(QStringLiteral("event")).toString()});
    }
    return events;
}

// How the lab's haproxy counts the apiserver of `node` ("UP", "DOWN", "UP 1/2"…), or why it cannot tell.
QString haproxyStatusOf(const QString& labDir, const QString& node)
{
    QString error;
    const std::optional<LabLayout> layout = LabLayout::load(labDir, &error);
    if (!layout)
        return error;
    const auto servers = LabHaproxyAdmin::serverStatus(layout->haproxyAdminSocket(),
                                                       LabHaproxyConfig::backendName(), 2000ms, &error);
    return servers ? servers->value(node, QStringLiteral("absent")) : error;
}

// The first event of that kind at or after `afterMs`; 0 when there is none (yet).
qint64 truthAt(const QString& labDir, const QString& node, const QString& process, const QString& event,
               qint64 afterMs)
{
    for (const TruthEvent& e : groundTruth(labDir)) {
        if (e.node == node && e.process == process && e.event == event && e.monoMs >= afterMs)
            return e.monoMs;
    }
    return 0;
}

qint64 nowMs()
{
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

qint64 msOf(steady_clock::time_point at)
{
    return duration_cast<milliseconds>(at.time_since_epoch()).count();
}

qint64 startMs(const ProbeSample& sample)
{
    return sample.startNs / 1000000;
}

// Probes the lab's targets on this thread's event loop and keeps every sample per target.
class ProbeRun
{
public:
    explicit ProbeRun(QList<ProbeTarget> targets)
        : m_scheduler(std::move(targets)), m_tracker(SteadyClock::instance())
    {
        QObject::connect(&m_scheduler, &ProbeScheduler::samplesReady,
                         [this](int index, const QList<ProbeSample>& samples) {
                             const QString& name = m_scheduler.targets().at(index).name;
                             m_samples[name] += samples;
                             m_tracker.add(name, samples);
                         });
    }
    bool start(QString* error) { return m_scheduler.start(error); }
    void stop()
    {
        m_scheduler.stop();
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    const QList<ProbeSample> samples(const QString& target) const { return m_samples.value(target); }
    ImpactSummary summary(const QString& target) const { return m_tracker.summary(target); }
    QStringList targets() const
    {
        QStringList names;
        for (const ProbeTarget& target : m_scheduler.targets())
            names << target.name;
        return names;
    }
    // The first failed sample that started at or after `fromMs`; null when none.
    std::optional<ProbeSample> firstFailure(const QString& target, qint64 fromMs = 0) const
    {
        for (const ProbeSample& sample : m_samples.value(target)) {
            if (sample.isFailure() && startMs(sample) >= fromMs)
                return sample;
        }
        return std::nullopt;
    }

private:
    ProbeScheduler m_scheduler;
    ImpactTracker m_tracker;
    QHash<QString, QList<ProbeSample>> m_samples;
};

} // namespace

class TestKubeLab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void baselineAllTargetsOk();
    void stopM3MeasuredAgainstGroundTruth();
    void kubernetesChecks();
    void cliProbeJson();
    void cliProbeSaysWhenAWayInIsDegraded();

private:
    // Starts a lab at 127.0.26.<octet> and loads its drill.yaml; false (test failed) on a problem.
    bool startLab(int octet, DrillConfig* config);
    QJsonObject labStatus() const;
    KubeCheckResult check(const std::function<void(std::function<void(const KubeCheckResult&)>)>& run);

    std::unique_ptr<LabFixture> m_lab;
};

void TestKubeLab::initTestCase()
{
    // The ground truth is CLOCK_MONOTONIC; samples are dated with steady_clock. Same clock on Linux
    // (libstdc++'s steady_clock reads CLOCK_MONOTONIC), which this checks rather than assumes.
    timespec ts{};
    QCOMPARE(clock_gettime(CLOCK_MONOTONIC, &ts), 0);
    const qint64 monotonicMs = qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
    QVERIFY(std::abs(nowMs() - monotonicMs) <= 5);
}

void TestKubeLab::cleanup()
{
    m_lab.reset(); // lab down, and SIGKILL of anything left: also after a failed test
}

bool TestKubeLab::startLab(int octet, DrillConfig* config)
{
    m_lab = std::make_unique<LabFixture>(QStringLiteral("127.0.26.%1").arg(octet));
    QString error;
    const bool up = m_lab->up(&error);
    if (!up) {
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
        return false;
    }
    const ConfigLoadResult loaded = ConfigLoader(QProcessEnvironment()).load(m_lab->drillConfig());
    if (!loaded.ok()) {
        QTest::qFail(qPrintable(loaded.errorText()), __FILE__, __LINE__);
        return false;
    }
    *config = *loaded.config;
    return true;
}

QJsonObject TestKubeLab::labStatus() const
{
    const ProcessResult result =
        TestProcess::cli({QStringLiteral("lab"), QStringLiteral("status"), QStringLiteral("--dir"),
                          m_lab->dir(), QStringLiteral("--json")},
                         20000);
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

KubeCheckResult
TestKubeLab::check(const std::function<void(std::function<void(const KubeCheckResult&)>)>& run)
{
    KubeCheckResult result;
    bool done = false;
    run([&](const KubeCheckResult& r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 15000))
        result.detail = QStringLiteral("test: no result within 15 s");
    qInfo("%s: %s, measured '%s', expected '%s', %lld ms; %s", qPrintable(result.name),
          result.passed ? "passed" : "FAILED", qPrintable(result.measured.english()),
          qPrintable(result.expected.english()), qint64(result.latency.count()),
          qPrintable(result.detail.english()));
    return result;
}

void TestKubeLab::baselineAllTargetsOk()
{
    DrillConfig config;
    if (!startLab(1, &config))
        return;
    QString error;
    const auto targets = ProbePlan::fromConfig(config, &error);
    QVERIFY2(targets, qPrintable(error));
    QCOMPARE(targets->size(), 5); // vip, domain, M1..M3-apiserver
    for (const ProbeTarget& target : *targets)
        QCOMPARE(target.interval, 100ms); // 10 Hz, the default

    ProbeRun run(*targets);
    QVERIFY2(run.start(&error), qPrintable(error));
    QTest::qWait(10000); // the measured baseline, on purpose: 10 s at 10 Hz
    run.stop();
    for (const QString& name : run.targets()) {
        const ImpactSummary summary = run.summary(name);
        qInfo("%s", qPrintable(summary.describe()));
        QVERIFY2(summary.samples >= 95, qPrintable(summary.describe()));
        QCOMPARE(summary.failed, quint64(0));
        QVERIFY(summary.windows.isEmpty());
    }
    // Behind the VIP and the domain, every apiserver answers some of the new connections.
    for (const QString& name : {QStringLiteral("vip"), QStringLiteral("domain")}) {
        QSet<QString> backends;
        for (const ProbeSample& sample : run.samples(name))
            backends.insert(sample.backend());
        QCOMPARE(backends, (QSet<QString>{QStringLiteral("M1"), QStringLiteral("M2"), QStringLiteral("M3")}));
    }
}

void TestKubeLab::stopM3MeasuredAgainstGroundTruth()
{
    DrillConfig config;
    if (!startLab(11, &config))
        return;
    const QJsonObject haproxy = labStatus().value(QStringLiteral("haproxy")).toObject();
    const auto inter = Duration::parse(haproxy.value(QStringLiteral("inter")).toString());
    const int fall = haproxy.value(QStringLiteral("fall")).toInt();
    QVERIFY2(inter && fall > 0, "lab status --json names haproxy's inter and fall");
    const qint64 interval = config.probes.interval.count();
    const qint64 vipBound = fall * inter->count() + interval;

    QString error;
    const auto targets = ProbePlan::fromConfig(config, &error);
    QVERIFY2(targets, qPrintable(error));
    ProbeRun run(*targets);
    QVERIFY2(run.start(&error), qPrintable(error));
    QTest::qWait(3000); // on purpose: a baseline before the stop

    // Step 2 of the runbook.
    const qint64 movedMs = nowMs();
    QVERIFY(m_lab->stopMember(2, &error));
    const QString dir = m_lab->dir();
    qint64 etcdStopped = 0;
    QTRY_VERIFY_WITH_TIMEOUT((etcdStopped = truthAt(dir, "M3", "etcd", "stopped", movedMs)) > 0, 10000);
    qint64 unready = 0;
    QTRY_VERIFY_WITH_TIMEOUT((unready = truthAt(dir, "M3", "apiserver", "unready", movedMs)) > 0, 5000);
    // Long enough for haproxy to take M3 out and for the domain to show its intermittent failures.
    QTest::qWait(int(vipBound) + 3000);

    // Step 4.
    const qint64 restoredMs = nowMs();
    QVERIFY(m_lab->startMember(2, &error));
    qint64 ready = 0;
    QTRY_VERIFY_WITH_TIMEOUT((ready = truthAt(dir, "M3", "apiserver", "ready", restoredMs)) > 0, 60000);
    QTest::qWait(3000); // on purpose: M3 back in the VIP and the domain, measured for a while
    run.stop();
    const qint64 endMs = nowMs();
    qInfo("ground truth: manifest moved at %lld, etcd M3 stopped +%lld ms, apiserver M3 unready +%lld ms, "
          "restored at +%lld ms, apiserver M3 ready +%lld ms",
          movedMs, etcdStopped - movedMs, unready - movedMs, restoredMs - movedMs, ready - movedMs);

    // M3's own apiserver: fails within about a second of its etcd's end, one window matching the ground
    // truth.
    const auto firstM3Failure = run.firstFailure(QStringLiteral("M3-apiserver"), movedMs);
    QVERIFY(firstM3Failure);
    // etcd stops serving on SIGTERM well before its exit is recorded as "stopped".
    qInfo(
        "M3-apiserver first failure %lld ms after the manifest was moved (etcd's exit recorded %+lld ms from "
        "it): %s",
        startMs(*firstM3Failure) - movedMs, startMs(*firstM3Failure) - etcdStopped,
        qPrintable(firstM3Failure->describe()));
    QVERIFY(startMs(*firstM3Failure) - movedMs <= 1000 + interval);
    const ImpactSummary m3 = run.summary(QStringLiteral("M3-apiserver"));
    qInfo("%s", qPrintable(m3.describe()));
    QCOMPARE(m3.windows.size(), 1);
    const OutageWindow& window = m3.windows.first();
    QVERIFY(!window.open);
    // A sample is dated by its start, the simulator decides when the request arrives: the window's edges may
    // precede the ground truth by the probe's own latency (connect, TLS) and follow it by one interval more.
    qint64 edgeLatency = 1; // mono_ms has millisecond resolution
    for (const ProbeSample& sample : run.samples(QStringLiteral("M3-apiserver"))) {
        if (sample.start() == window.start || sample.start() == window.end)
            edgeLatency += sample.totalUs / 1000 + 1;
    }
    const qint64 startError = msOf(window.start) - unready;
    const qint64 endError = msOf(window.end) - ready;
    qInfo("M3-apiserver window %lld ms; vs ground truth: start %+lld ms, end %+lld ms (allowed: one probe "
          "interval, %lld ms, plus the edge probes' latency, %lld ms)",
          qint64(duration_cast<milliseconds>(window.duration).count()), startError, endError, interval,
          edgeLatency);
    QVERIFY2(startError >= -edgeLatency && startError <= interval + edgeLatency,
             qPrintable(QString::number(startError)));
    QVERIFY2(endError >= -edgeLatency && endError <= interval + edgeLatency,
             qPrintable(QString::number(endError)));

    // The VIP: failures only until haproxy's checks take M3 out, within fall x inter + one probe interval.
    const ImpactSummary vip = run.summary(QStringLiteral("vip"));
    qInfo("%s", qPrintable(vip.describe()));
    qint64 vipFirst = 0;
    qint64 vipLast = 0;
    for (const ProbeSample& sample : run.samples(QStringLiteral("vip"))) {
        if (!sample.isFailure())
            continue;
        QVERIFY2(sample.backend() == QLatin1String("M3"), qPrintable(sample.describe()));
        vipFirst = vipFirst ? vipFirst : startMs(sample);
        vipLast = startMs(sample);
    }
    if (vipFirst) {
        qInfo("VIP impaired %lld ms (first to last failed probe), %llu failed probes; bound fall x inter + "
              "interval "
              "= %d x %lld + %lld = %lld ms",
              vipLast - vipFirst, vip.failed, fall, qint64(inter->count()), interval, vipBound);
        QVERIFY(vipLast - vipFirst <= vipBound);
        QVERIFY(vipFirst >= unready - interval);
        QVERIFY(vip.longestWindow <= milliseconds(vipBound));
    } else {
        qInfo("VIP: no failed probe at all");
    }

    // The domain: nginx's passive checks see TCP, not HTTP 500: M3 keeps its share until it is back.
    qint64 domainOk = 0;
    qint64 domainFailed = 0;
    qint64 domainLast = 0;
    for (const ProbeSample& sample : run.samples(QStringLiteral("domain"))) {
        if (startMs(sample) < unready || startMs(sample) > ready)
            continue;
        if (sample.isFailure()) {
            ++domainFailed;
            domainLast = startMs(sample);
            QVERIFY2(sample.backend() == QLatin1String("M3"), qPrintable(sample.describe()));
        } else {
            ++domainOk;
        }
    }
    qInfo("domain while M3 was unready (%lld ms): %lld ok, %lld failed (all from M3), last failure %lld ms "
          "before "
          "M3 was ready again",
          ready - unready, domainOk, domainFailed, ready - domainLast);
    QVERIFY(domainFailed > 0);
    QVERIFY(domainOk > domainFailed); // intermittent, not down
    qInfo("%s", qPrintable(run.summary(QStringLiteral("domain")).describe()));

    // Nothing else was hurt, and after the restore every way in is ok again.
    for (const QString& name : {QStringLiteral("M1-apiserver"), QStringLiteral("M2-apiserver")})
        QCOMPARE(run.summary(name).failed, quint64(0));
    for (const QString& name : run.targets()) {
        const auto late = run.firstFailure(name, ready + interval + 20);
        QVERIFY2(!late, qPrintable(name + QStringLiteral(": ") + (late ? late->describe() : QString())));
        const QList<ProbeSample> samples = run.samples(name);
        QVERIFY(!samples.isEmpty() && startMs(samples.constLast()) >= endMs - 1000);
    }
}

void TestKubeLab::kubernetesChecks()
{
    DrillConfig config;
    if (!startLab(21, &config))
        return;
    const QJsonObject haproxy = labStatus().value(QStringLiteral("haproxy")).toObject();
    const auto inter = Duration::parse(haproxy.value(QStringLiteral("inter")).toString());
    const int fall = haproxy.value(QStringLiteral("fall")).toInt();
    QVERIFY(inter && fall > 0);

    QString error;
    auto client = ApiserverClient::fromConfig(config, &error);
    QVERIFY2(client, qPrintable(error));
    QCOMPARE(client->baseUrl(), QUrl(QStringLiteral("https://127.0.26.120:6443"))); // the VIP: base + 99
    KubernetesChecks checks(client.get());
    QVERIFY(check([&](auto done) { checks.readyz(done); }).passed);
    QVERIFY(check([&](auto done) { checks.etcdPods(3, done); }).passed);
    QVERIFY(check([&](auto done) { checks.etcdEndpoints(3, done); }).passed);
    QVERIFY(check([&](auto done) { checks.writeTest(done); }).passed);

    // M3's apiserver directly, as a node target of the plan.
    const auto targets = ProbePlan::fromConfig(config, &error);
    QVERIFY2(targets, qPrintable(error));
    const ProbeTarget& m3Target = targets->constLast();
    QCOMPARE(m3Target.name, QStringLiteral("M3-apiserver"));
    auto m3Client = ApiserverClient::create(QUrl(QStringLiteral("https://127.0.26.23:6443")),
                                            m3Target.credentials, QString(), 5000ms, &error);
    QVERIFY2(m3Client, qPrintable(error));
    KubernetesChecks m3Checks(m3Client.get());
    QVERIFY(check([&](auto done) { m3Checks.writeTest(done); }).passed);

    const qint64 movedMs = nowMs();
    QVERIFY(m_lab->stopMember(2, &error));
    QTRY_VERIFY_WITH_TIMEOUT(truthAt(m_lab->dir(), "M3", "etcd", "stopped", movedMs) > 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(truthAt(m_lab->dir(), "M3", "apiserver", "unready", movedMs) > 0, 5000);
    // haproxy needs up to fall x inter to take M3 out of the VIP; a new connection before that may still
    // land on M3, as it would for kubectl.
    QString m3InVip;
    QTRY_VERIFY2_WITH_TIMEOUT((m3InVip = haproxyStatusOf(m_lab->dir(), QStringLiteral("M3"))) ==
                                  QLatin1String("DOWN"),
                              qPrintable(QStringLiteral("haproxy counts M3 as '%1'").arg(m3InVip)),
                              int(fall * inter->count() + inter->count()) + 5000);

    KubeCheckResult pods = check([&](auto done) { checks.etcdPods(3, done); });
    QVERIFY(!pods.passed);
    QCOMPARE(pods.measured.english(), QStringLiteral("2/3 etcd pods Running and Ready"));
    QVERIFY2(pods.detail.english().contains(QStringLiteral("2 etcd pod(s) listed, 3 expected")),
             qPrintable(pods.detail.english()));
    QVERIFY(check([&](auto done) { checks.etcdPods(2, done); }).passed);
    const KubeCheckResult endpoints = check([&](auto done) { checks.etcdEndpoints(3, done); });
    QVERIFY(!endpoints.passed);
    QCOMPARE(endpoints.measured.english(), QStringLiteral("etcd: 2 ready"));
    QVERIFY2(endpoints.detail.english().contains(QStringLiteral("not ready: 127.0.26.23")),
             qPrintable(endpoints.detail.english()));
    QVERIFY(check([&](auto done) { checks.readyz(done); }).passed);
    for (int i = 0; i < 3; ++i)
        QVERIFY(check([&](auto done) { checks.writeTest(done); }).passed);

    // M3's own apiserver cannot serve without its etcd.
    const KubeCheckResult m3Ready = check([&](auto done) { m3Checks.readyz(done); });
    QVERIFY(!m3Ready.passed);
    QVERIFY2(m3Ready.measured.english().startsWith(QStringLiteral("HTTP 500, ")),
             qPrintable(m3Ready.measured.english()));
    QVERIFY2(m3Ready.detail.english().contains(QStringLiteral("failing: etcd failed")),
             qPrintable(m3Ready.detail.english()));
    const KubeCheckResult m3Write = check([&](auto done) { m3Checks.writeTest(done); });
    QVERIFY(!m3Write.passed);
    QCOMPARE(m3Write.measured.english(), QStringLiteral("create failed"));
    QVERIFY2(m3Write.detail.english().contains(QStringLiteral("from M3")),
             qPrintable(m3Write.detail.english()));

    QVERIFY(m_lab->startMember(2, &error));
    bool recovered = false;
    for (int attempt = 0; attempt < 60 && !recovered; ++attempt) {
        recovered = check([&](auto done) { checks.etcdPods(3, done); }).passed &&
                    check([&](auto done) { m3Checks.readyz(done); }).passed;
        if (!recovered)
            QTest::qWait(500);
    }
    QVERIFY(recovered);
    QVERIFY(check([&](auto done) { checks.etcdEndpoints(3, done); }).passed);
}

// `probe` while M3's etcd is stopped: the domain (nginx stream keeps M3's unready apiserver in rotation) is
// DEGRADED — one line, not one per failed probe — and ok again once M3 is back.
void TestKubeLab::cliProbeSaysWhenAWayInIsDegraded()
{
    DrillConfig config;
    if (!startLab(41, &config))
        return;
    QProcess probe;
    probe.setProcessChannelMode(QProcess::MergedChannels);
    probe.start(QStringLiteral(ETCD_DRILL_CLI),
                {QStringLiteral("probe"), QStringLiteral("-c"), m_lab->drillConfig(),
                 QStringLiteral("--duration"), QStringLiteral("30s")});
    QVERIFY(probe.waitForStarted(5000));
    QTest::qWait(2000);
    QString error;
    QVERIFY2(m_lab->stopMember(2, &error), qPrintable(error));
    QTest::qWait(8000);
    QVERIFY2(m_lab->startMember(2, &error), qPrintable(error));
    QVERIFY(probe.waitForFinished(40000));
    const QString output = QString::fromUtf8(probe.readAll());
    // A crash (CrashHandler's report is in the output) fails here with everything the CLI said (QTest would
    // cut it short in a failure message).
    if (probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 1) {
        for (const QString& line : output.split(QLatin1Char('\n')))
            qInfo("| %s", qPrintable(line));
    }
    QCOMPARE(probe.exitStatus(), QProcess::NormalExit);
    QCOMPARE(probe.exitCode(), 1); // some target had failed probes
    QVERIFY2(output.count(QStringLiteral("domain: DEGRADED")) == 1, qPrintable(output));
    QVERIFY2(output.contains(
                 QRegularExpression(QStringLiteral("domain: ok again after [0-9.]+ s degraded \\([0-9]+ of "
                                                   "[0-9]+ probes failed, [0-9]+ %; failing backends: M3"))),
             qPrintable(output));
}

void TestKubeLab::cliProbeJson()
{
    DrillConfig config;
    if (!startLab(31, &config))
        return;
    QTemporaryDir tmp;
    const QString csvPath = tmp.filePath(QStringLiteral("samples.csv"));
    const ProcessResult result = TestProcess::cli(
        {QStringLiteral("probe"), QStringLiteral("-c"), m_lab->drillConfig(), QStringLiteral("--duration"),
         QStringLiteral("3s"), QStringLiteral("--json"), QStringLiteral("--csv"), csvPath},
        30000);
    QVERIFY2(result.exitCode == 0, qPrintable(result.all()));
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8(), &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString() + result.out));
    QVERIFY(root.value(QStringLiteral("durationMs")).toDouble() >= 3000);
    const QJsonObject targets = root.value(QStringLiteral("targets")).toObject();
    QCOMPARE(targets.keys(),
             (QStringList{QStringLiteral("M1-apiserver"), QStringLiteral("M2-apiserver"),
                          QStringLiteral("M3-apiserver"), QStringLiteral("domain"), QStringLiteral("vip")}));
    qint64 rows = 0;
    for (const QString& name : targets.keys()) {
        const QJsonObject target = targets.value(name).toObject();
        QCOMPARE(target.value(QStringLiteral("target")).toString(), name);
        QVERIFY2(target.value(QStringLiteral("samples")).toInteger() >= 25, qPrintable(name));
        QCOMPARE(target.value(QStringLiteral("failed")).toInteger(), 0);
        QVERIFY(target.value(QStringLiteral("windows")).toArray().isEmpty());
        QVERIFY(target.value(QStringLiteral("phases")).toObject().contains(QStringLiteral("before")));
        QVERIFY(!target.value(QStringLiteral("backends")).toObject().isEmpty());
        rows += target.value(QStringLiteral("samples")).toInteger() +
                target.value(QStringLiteral("skipped")).toInteger();
    }
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
    QVERIFY(lines.first().startsWith("target,start_ms,start_utc,outcome,http_status,backend,"));
    QCOMPARE(qint64(lines.size() - 1), rows);
    QVERIFY(lines.at(1).contains(",ok,200,"));

    // The terminal form, and a config error.
    const ProcessResult text =
        TestProcess::cli({QStringLiteral("probe"), QStringLiteral("-c"), m_lab->drillConfig(),
                          QStringLiteral("--duration"), QStringLiteral("2s")},
                         30000);
    QVERIFY2(text.exitCode == 0, qPrintable(text.all()));
    QVERIFY2(text.out.contains(QStringLiteral("Impact per target")), qPrintable(text.out));
    QVERIFY2(text.out.contains(QStringLiteral(" ok   0 failed")), qPrintable(text.out));
    // Without --duration it runs until Ctrl+C, then prints the figures as usual.
    QProcess interrupted;
    interrupted.start(QStringLiteral(ETCD_DRILL_CLI), {QStringLiteral("probe"), QStringLiteral("-c"),
                                                       m_lab->drillConfig(), QStringLiteral("--json")});
    QVERIFY(interrupted.waitForStarted());
    QTest::qWait(1500); // on purpose: the probe runs a while before Ctrl+C (durationMs >= 1000 below)
    QCOMPARE(::kill(pid_t(interrupted.processId()), SIGINT), 0);
    if (!interrupted.waitForFinished(10000))
        interrupted.kill();
    QCOMPARE(interrupted.exitStatus(), QProcess::NormalExit);
    QCOMPARE(interrupted.exitCode(), 0);
    const QJsonObject afterInterrupt = QJsonDocument::fromJson(interrupted.readAllStandardOutput()).object();
    QCOMPARE(afterInterrupt.value(QStringLiteral("targets")).toObject().size(), 5);
    QVERIFY(afterInterrupt.value(QStringLiteral("durationMs")).toDouble() >= 1000);

    const ProcessResult bad = TestProcess::cli(
        {QStringLiteral("probe"), QStringLiteral("-c"), tmp.filePath(QStringLiteral("none.yaml"))});
    QCOMPARE(bad.exitCode, 3);
}

QTEST_GUILESS_MAIN(TestKubeLab)
#include "TestKubeLab.moc"
