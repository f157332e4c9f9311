// Whole drills against a real lab (three etcd members with their apiservers, haproxy's VIP and nginx's domain
// on 127.0.28.x), mostly through `etcd-drill-cli run` / `recover` as an operator runs them: a drill that
// passes (with its client workload: nothing lost, the watch complete, equal hashes), another client
// deleting and overwriting workload keys while M3 is down (found, named, exit 1), an abort during the
// observation window, a second member lost (the quorum stop condition), a console that crashed (SIGSEGV) and
// finished by `recover`, the domain's error rate failing the lab's verdict and an abort-error-rate rolling a
// drill back, the lock refusing a second console, configs that must fail before anything is touched, custom
// fault commands that fail (a stop rolled back, a start tried once more) or do nothing (the stop and start
// timeouts), an abort while the stop command runs, and the ssh transport against a real sshd on 127.0.28.50.
//
// One lab serves every test (starting one costs seconds); init() puts every manifest back and waits for a
// healthy cluster, so a failed test does not spoil the next. The lab dies with this process (--watch-pid)
// and LabFixture takes it down in cleanupTestCase(), also after failures.
#include "DrillEngine.h"
#include "JournalReader.h"
#include "SshTestServer.h"

#include "Lab.h"
#include "LabFixture.h"
#include "TestProcess.h"

#include "config/ConfigLoader.h"
#include "config/ConfigWriter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <functional>
#include <memory>
#include <sys/resource.h>

using namespace etcddrill;
using namespace etcddrill::test;
using namespace std::chrono_literals;

namespace {

const QString kBase = QStringLiteral("127.0.28.1");
const QString kSshAddress = QStringLiteral("127.0.28.50");
const QString kNoSshAddress = QStringLiteral("127.0.28.51"); // nothing listens there

// A `run` in the background whose output the test follows.
class BackgroundRun
{
public:
    explicit BackgroundRun(const QStringList& arguments)
    {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.setChildProcessModifier([] { // a test that crashes a console wants its message, not a core
            const rlimit none{0, 0};
            ::setrlimit(RLIMIT_CORE, &none);
        });
        m_process.start(QStringLiteral(ETCD_DRILL_CLI), arguments);
    }
    ~BackgroundRun()
    {
        if (m_process.state() != QProcess::NotRunning) {
            // A test that failed half-way: end the drill the way an operator would, so the lab is restored.
            ::kill(pid_t(m_process.processId()), SIGINT);
            if (!m_process.waitForFinished(60000)) {
                m_process.kill();
                m_process.waitForFinished(5000);
            }
        }
    }

    qint64 pid() const { return m_process.processId(); }
    bool waitFor(const QString& text, int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (!m_output.contains(text)) {
            if (timer.elapsed() > timeoutMs || m_process.state() == QProcess::NotRunning) {
                m_output += QString::fromUtf8(m_process.readAll());
                return m_output.contains(text);
            }
            m_process.waitForReadyRead(200);
            m_output += QString::fromUtf8(m_process.readAll());
        }
        return true;
    }
    int finish(int timeoutMs)
    {
        if (!m_process.waitForFinished(timeoutMs))
            return -2;
        m_output += QString::fromUtf8(m_process.readAll());
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    void signal(int sig) { ::kill(pid_t(m_process.processId()), sig); }
    const QString& output() const { return m_output; }

private:
    QProcess m_process;
    QString m_output;
};

// QTest cuts long failure messages: the whole output goes to the log instead.
bool dumpUnless(bool condition, const QString& output)
{
    if (!condition) {
        for (const QString& line : output.split(QLatin1Char('\n')))
            qInfo("| %s", qPrintable(line));
    }
    return condition;
}

QString readText(const QString& file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QJsonObject readJson(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QStringList typesOf(const JournalReadResult& journal)
{
    QStringList types;
    for (const JournalEntry& entry : journal.entries)
        types.append(entry.type);
    return types;
}

// The steps that passed, in journal order.
QStringList passedSteps(const JournalReadResult& journal)
{
    QStringList steps;
    for (const JournalEntry& entry : journal.ofType(QStringLiteral("step"))) {
        if (entry.text(QStringLiteral("state")) == QLatin1String("passed"))
            steps.append(entry.text(QStringLiteral("step")));
    }
    return steps;
}

qsizetype indexOfType(const JournalReadResult& journal, const QString& type, qsizetype from = 0)
{
    for (qsizetype i = from; i < journal.entries.size(); ++i) {
        if (journal.entries[i].type == type)
            return i;
    }
    return -1;
}

} // namespace

class TestDrillEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(QStringLiteral(ETCD_DRILL_CLI)).isExecutable(), ETCD_DRILL_CLI);
        m_lab = std::make_unique<LabFixture>(kBase);
        QString error;
        QVERIFY2(m_lab->up(&error), qPrintable(error));
        const ConfigLoadResult loaded = ConfigLoader(QProcessEnvironment()).load(m_lab->drillConfig());
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
        m_base = *loaded.config;
        m_hasVip = false;
        for (const ProbeTargetConfig& target : m_base.probes.targets)
            m_hasVip = m_hasVip || target.name == QLatin1String("vip");
    }

    void cleanupTestCase()
    {
        if (m_lab)
            m_lab->down();
    }

    void init()
    {
        // Whatever the previous test left: every manifest in place, no stray backup, a healthy cluster.
        for (int i = 0; i < m_lab->members(); ++i) {
            const QString node = m_lab->dir() + QStringLiteral("/M%1").arg(i + 1);
            const QString manifest = node + QStringLiteral("/manifests/etcd.yaml");
            const QString backup = node + QStringLiteral("/etcd-backup/etcd.yaml");
            if (!QFile::exists(manifest) && QFile::exists(backup))
                QFile::rename(backup, manifest);
            QFile::remove(backup);
        }
        QVERIFY2(waitHealthy(45000), "the lab did not become healthy");
    }

    void fullDrillPasses()
    {
        const QString config = writeConfig(QStringLiteral("full"), [](DrillConfig&) {});
        const QString out = m_tmp.filePath(QStringLiteral("full-out"));
        QElapsedTimer timer;
        timer.start();
        const ProcessResult run = TestProcess::cli({QStringLiteral("run"), QStringLiteral("-c"), config,
                                                    QStringLiteral("--yes"), QStringLiteral("--out"), out},
                                                   120000);
        qInfo("full drill: exit %d in %lld ms", run.exitCode, timer.elapsed());
        QVERIFY2(dumpUnless(run.exitCode == 0, run.all()), "see the output above");
        QVERIFY2(dumpUnless(run.out.contains(QStringLiteral("PASSED")), run.out), "see the output above");
        QVERIFY2(dumpUnless(run.out.contains(QStringLiteral("[observation")), run.out),
                 "see the output above"); // a line per second

        const QJsonObject summary = readJson(out + QStringLiteral("/summary.json"));
        QCOMPARE(summary.value(QStringLiteral("outcome")).toString(), QStringLiteral("passed"));
        const QJsonObject target = summary.value(QStringLiteral("target")).toObject();
        QCOMPARE(target.value(QStringLiteral("node")).toString(), QStringLiteral("M3"));
        QVERIFY(!target.value(QStringLiteral("member_id")).toString().isEmpty());
        QCOMPARE(target.value(QStringLiteral("member_id_after")).toString(),
                 target.value(QStringLiteral("member_id")).toString());
        const QJsonObject times = summary.value(QStringLiteral("times_ms")).toObject();
        const qint64 stopped = times.value(QStringLiteral("stopped_after")).toInteger(-1);
        const qint64 answered = times.value(QStringLiteral("answered_after")).toInteger(-1);
        const qint64 recovery = times.value(QStringLiteral("recovery")).toInteger(-1);
        qInfo("stopped after %lld ms, answered after %lld ms, recovered after %lld ms", stopped, answered,
              recovery);
        QVERIFY(stopped >= 0 && stopped < 15000);
        QVERIFY(answered >= 0 && answered < 30000);
        QVERIFY(recovery >= answered && recovery < 30000);
        QVERIFY(summary.value(QStringLiteral("restored")).toBool());
        QVERIFY(summary.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("passed")).toBool());
        QVERIFY(summary.value(QStringLiteral("writes")).toObject().value(QStringLiteral("checks")).toInt() >=
                2);

        for (const QJsonValue& value : summary.value(QStringLiteral("outages")).toArray()) {
            const QJsonObject outage = value.toObject();
            qInfo("outage %s: longest %lld ms, %d windows, %lld of %lld probes failed",
                  qPrintable(outage.value(QStringLiteral("target")).toString()),
                  outage.value(QStringLiteral("longest_ms")).toInteger(),
                  outage.value(QStringLiteral("windows")).toInt(),
                  outage.value(QStringLiteral("failed")).toInteger(),
                  outage.value(QStringLiteral("samples")).toInteger());
            if (outage.value(QStringLiteral("target")).toString() == QLatin1String("vip")) {
                // haproxy takes M3's apiserver out after fall (2) failed checks inter (1 s) apart; the
                // apiserver notices its etcd gone within its 1 s etcd deadline; a probe waits at most its 1 s
                // timeout.
                QVERIFY2(outage.value(QStringLiteral("longest_ms")).toInteger() <=
                             2 * 1000 + 1000 + 1000 + 1000,
                         "the VIP was down longer than haproxy's health checks allow");
            }
        }
        if (m_hasVip) {
            QVERIFY(QFile(out + QStringLiteral("/samples.csv")).size() > 1000);
            QVERIFY2(dumpUnless(run.out.contains(QStringLiteral("vip")), run.out), "see the output above");
        }

        const JournalReadResult journal = JournalReader::read(out + QStringLiteral("/journal.jsonl"));
        QVERIFY(journal.ok() && !journal.truncatedLastLine && journal.problems.isEmpty());
        QCOMPARE(passedSteps(journal),
                 QStringList({QStringLiteral("preflight"), QStringLiteral("stop-target"),
                              QStringLiteral("verify-survivors"), QStringLiteral("start-target"),
                              QStringLiteral("recovery"), QStringLiteral("verdict")}));
        qint64 seq = 0;
        for (const JournalEntry& entry : journal.entries) {
            QCOMPARE(entry.seq, seq + 1);
            seq = entry.seq;
            QVERIFY(entry.time.isValid() && entry.monoMs > 0);
        }
        const QStringList types = typesOf(journal);
        QCOMPARE(types.first(), QStringLiteral("drill-started"));
        QCOMPARE(types.last(), QStringLiteral("drill-finished"));
        QCOMPARE(types.count(QStringLiteral("gate-confirmed")), 2);
        const qsizetype applied = indexOfType(journal, QStringLiteral("fault-applied"));
        const qsizetype stoppedAt = indexOfType(journal, QStringLiteral("target-stopped"));
        const qsizetype restored = indexOfType(journal, QStringLiteral("fault-restored"));
        const qsizetype answering = indexOfType(journal, QStringLiteral("target-answering"));
        QVERIFY(applied > 0 && applied < stoppedAt && stoppedAt < restored && restored < answering);
        QVERIFY(types.contains(QStringLiteral("lock")));
        QVERIFY(types.contains(QStringLiteral("write-check")));
        QVERIFY(types.contains(QStringLiteral("cluster-event")));
        QStringList labels;
        for (const JournalEntry& entry : journal.ofType(QStringLiteral("snapshot")))
            labels.append(entry.text(QStringLiteral("label")));
        for (const char* label : {"before-stop", "target-down", "end-of-observation", "after-recovery"})
            QVERIFY2(labels.contains(QLatin1String(label)), qPrintable(labels.join(u',')));
        // The stop and start commands with their output.
        bool sawStop = false;
        bool sawStart = false;
        for (const JournalEntry& entry : journal.ofType(QStringLiteral("command-finished"))) {
            sawStop = sawStop || (entry.text(QStringLiteral("role")) == QLatin1String("stop") &&
                                  entry.fields.value(QStringLiteral("succeeded")).toBool() &&
                                  entry.text(QStringLiteral("display")).contains(QStringLiteral("mv -n")));
            sawStart = sawStart || (entry.text(QStringLiteral("role")) == QLatin1String("start") &&
                                    entry.fields.value(QStringLiteral("succeeded")).toBool());
        }
        QVERIFY(sawStop && sawStart);
        if (m_hasVip)
            QVERIFY(types.contains(QStringLiteral("probe-summary")));

        // The client workload: nothing lost, the watch across M3's stop complete, equal hashes, all deleted.
        verifyCleanDataSafety(summary, 2);
        QVERIFY(types.contains(QStringLiteral("data-safety")));
        for (const char* line :
             {"PASS  acknowledged writes lost: 0 of", "PASS  watch of the workload: complete",
              "PASS  member hashes (HashKV): equal at revision"})
            QVERIFY2(dumpUnless(run.out.contains(QLatin1String(line)), run.out), line);

        // The lab agrees: M3 is back, the lock and the workload's keys are gone.
        QVERIFY(m_lab->etcdctl({QStringLiteral("endpoint"), QStringLiteral("health")}).exitCode == 0);
        QVERIFY(lockValue().isEmpty());
        QVERIFY2(workloadKeys().isEmpty(), qPrintable(workloadKeys()));
    }

    void leaderDrillMeasuresTheElection()
    {
        const QString config = writeConfig(QStringLiteral("leader"), [](DrillConfig& c) {
            c.drill.targetKind = DrillSettings::TargetKind::Leader;
            c.drill.targetNode.clear();
        });
        const QString out = m_tmp.filePath(QStringLiteral("leader-out"));
        const ProcessResult run = TestProcess::cli({QStringLiteral("run"), QStringLiteral("-c"), config,
                                                    QStringLiteral("--yes"), QStringLiteral("--out"), out},
                                                   120000);
        QVERIFY2(dumpUnless(run.exitCode == 0, run.all()), "see the output above");
        const QJsonObject summary = readJson(out + QStringLiteral("/summary.json"));
        const QJsonObject target = summary.value(QStringLiteral("target")).toObject();
        QCOMPARE(target.value(QStringLiteral("spec")).toString(), QStringLiteral("leader"));
        QVERIFY(target.value(QStringLiteral("was_leader")).toBool());
        const qint64 election = summary.value(QStringLiteral("times_ms"))
                                    .toObject()
                                    .value(QStringLiteral("election"))
                                    .toInteger(-1);
        qInfo("stopped the leader %s; a new leader was seen %lld ms after the stop command",
              qPrintable(target.value(QStringLiteral("node")).toString()), election);
        // etcd's election timeout is 1 s (randomised up to 2 s); a stopping leader also hands over at once.
        QVERIFY(election >= 0 && election <= 5000);
        QCOMPARE(target.value(QStringLiteral("member_id_after")).toString(),
                 target.value(QStringLiteral("member_id")).toString());
        bool electionLine = false;
        for (const QJsonValue& line :
             summary.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("lines")).toArray()) {
            if (line.toObject().value(QStringLiteral("name")).toString() == QLatin1String("leader election"))
                electionLine = !line.toObject().value(QStringLiteral("informational")).toBool() &&
                               line.toObject().value(QStringLiteral("passed")).toBool();
        }
        QVERIFY(electionLine);
        // The watch started on the leader, was cut by its stop and re-opened on a survivor without a gap.
        verifyCleanDataSafety(summary, 2);
        const QJsonArray opens = summary.value(QStringLiteral("data_safety"))
                                     .toObject()
                                     .value(QStringLiteral("watch"))
                                     .toObject()
                                     .value(QStringLiteral("opens"))
                                     .toArray();
        QVERIFY2(opens.first().toString().startsWith(target.value(QStringLiteral("node")).toString() + u' '),
                 qPrintable(opens.first().toString()));
        QVERIFY(!opens.at(1).toString().startsWith(target.value(QStringLiteral("node")).toString() + u' '));
    }

    // Another client deletes one of the workload's keys and overwrites another while M3 is down: both are
    // found and named, by key and revision, the verdict fails (exit 1), and M3 is restored all the same.
    void foreignChangesToTheWorkloadFailTheDrill()
    {
        const QString config =
            writeConfig(QStringLiteral("foreign"), [](DrillConfig& c) { c.drill.observation = 8s; });
        const QString out = m_tmp.filePath(QStringLiteral("foreign-out"));
        BackgroundRun run({QStringLiteral("run"), QStringLiteral("-c"), config, QStringLiteral("--yes"),
                           QStringLiteral("--out"), out});
        QVERIFY2(dumpUnless(run.waitFor(QStringLiteral("[observation 2/8 s]"), 60000), run.output()),
                 "see the output above");
        const QString prefix = QStringLiteral("/etcd-drill/workload/foreign-out/");
        const ProcessResult deleted = m_lab->etcdctl({QStringLiteral("del"), prefix + QStringLiteral("3")});
        QVERIFY2(deleted.exitCode == 0 && deleted.out.trimmed() == QLatin1String("1"),
                 qPrintable(deleted.all()));
        const ProcessResult overwritten = m_lab->etcdctl(
            {QStringLiteral("put"), prefix + QStringLiteral("5"), QStringLiteral("not the workload's")});
        QVERIFY2(overwritten.exitCode == 0, qPrintable(overwritten.all()));
        QVERIFY(!QFile::exists(m_lab->dir() + QStringLiteral("/M3/manifests/etcd.yaml")));

        QVERIFY2(dumpUnless(run.finish(120000) == 1, run.output()), "see the output above");
        for (const QString& line : {QStringLiteral("FAIL  acknowledged writes lost: 2 of"),
                                    QStringLiteral("FAIL  changes behind the workload's back: 2 key(s)"),
                                    QStringLiteral("PASS  member hashes (HashKV): equal")})
            QVERIFY2(dumpUnless(run.output().contains(line), run.output()), qPrintable(line));
        const QJsonObject summary = readJson(out + QStringLiteral("/summary.json"));
        QCOMPARE(summary.value(QStringLiteral("outcome")).toString(), QStringLiteral("hypothesis-failed"));
        QVERIFY(summary.value(QStringLiteral("restored")).toBool());
        const QJsonObject safety = summary.value(QStringLiteral("data_safety")).toObject();
        QCOMPARE(safety.value(QStringLiteral("lost")).toInt(), 2);
        QCOMPARE(safety.value(QStringLiteral("foreign")).toInt(), 2);
        QStringList named;
        for (const QJsonValue& value : safety.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject f = value.toObject();
            named.append(QStringLiteral("%1 %2").arg(f.value(QStringLiteral("what")).toString(),
                                                     f.value(QStringLiteral("key")).toString()));
        }
        for (const QString& expected : {QStringLiteral("missing ") + prefix + QStringLiteral("3"),
                                        QStringLiteral("other-value ") + prefix + QStringLiteral("5"),
                                        QStringLiteral("deleted ") + prefix + QStringLiteral("3"),
                                        QStringLiteral("overwritten ") + prefix + QStringLiteral("5")})
            QVERIFY2(named.contains(expected), qPrintable(named.join(QStringLiteral("; "))));
        QVERIFY(QFile::exists(m_lab->dir() + QStringLiteral("/M3/manifests/etcd.yaml")));
        QVERIFY(m_lab->etcdctl({QStringLiteral("endpoint"), QStringLiteral("health")}).exitCode == 0);
        QVERIFY2(workloadKeys().isEmpty(), qPrintable(workloadKeys())); // the overwritten key too
    }

    // The runbook's warning, as the lab shows it: nginx's stream proxy keeps M3's unready apiserver in
    // rotation, so about one call in three through the domain fails while M3 is down — never a long outage
    // window, but a degraded period, and the lab's max-error-rate of 1 % fails the verdict. M3 is restored.
    void labDrillFailsOnTheDomainsErrorRate()
    {
        const QString config = writeConfig(
            QStringLiteral("error-rate"),
            [](DrillConfig& c) {
                c.drill.observation = 10s;
                // The VIP's bound for this observation (drill.yaml's is for the lab's 60 s).
                for (ProbeTargetConfig& target : c.probes.targets) {
                    if (target.name == QLatin1String("vip"))
                        target.maxErrorRate = Lab::vipMaxErrorRate(*target.maxOutage, c.drill.observation);
                }
            },
            true);
        const QString out = m_tmp.filePath(QStringLiteral("error-rate-out"));
        const ProcessResult run = runDrill(config, out);
        QVERIFY2(dumpUnless(run.exitCode == 1, run.all()), "see the output above");
        QVERIFY2(dumpUnless(
                     run.out.contains(QStringLiteral("FAIL  error rate of domain while the target was down")),
                     run.out),
                 "see the output above");
        // The VIP, whose haproxy checks /readyz actively, stays within the bound its own detection allows.
        QVERIFY2(
            dumpUnless(run.out.contains(QStringLiteral("PASS  error rate of vip while the target was down")),
                       run.out),
            "see the output above");
        QVERIFY(QFile::exists(m_lab->dir() + QStringLiteral("/M3/manifests/etcd.yaml")));
        const QJsonObject summary = readJson(out + QStringLiteral("/summary.json"));
        QCOMPARE(summary.value(QStringLiteral("outcome")).toString(), QStringLiteral("hypothesis-failed"));
        QVERIFY(summary.value(QStringLiteral("restored")).toBool());
        // One degraded period covers the fault; its share is the lab's ground truth within ten points: one
        // of three apiservers unready, about 33 %.
        const qint64 stopped = summary.value(QStringLiteral("times_ms"))
                                   .toObject()
                                   .value(QStringLiteral("stopped_after"))
                                   .toInteger(-1);
        QVERIFY(stopped >= 0);
        bool sawDomain = false;
        for (const QJsonValue& value : summary.value(QStringLiteral("impact")).toArray()) {
            const QJsonObject impact = value.toObject();
            if (impact.value(QStringLiteral("target")).toString() != QLatin1String("domain"))
                continue;
            sawDomain = true;
            const QJsonArray periods = impact.value(QStringLiteral("degraded")).toArray();
            QVERIFY2(!periods.isEmpty(), "the domain shows no degraded period");
            QJsonObject longest;
            for (const QJsonValue& p : periods) {
                const QJsonObject period = p.toObject();
                if (period.value(QStringLiteral("endMs")).toDouble() -
                        period.value(QStringLiteral("startMs")).toDouble() >
                    longest.value(QStringLiteral("endMs")).toDouble() -
                        longest.value(QStringLiteral("startMs")).toDouble())
                    longest = period;
            }
            const double share = longest.value(QStringLiteral("share")).toDouble();
            const double lengthMs = longest.value(QStringLiteral("endMs")).toDouble() -
                                    longest.value(QStringLiteral("startMs")).toDouble();
            qInfo("domain: %lld degraded period(s); the longest %.0f ms at %.1f %% failed, kind %s, backends "
                  "%s",
                  qint64(periods.size()), lengthMs, share * 100.0,
                  qPrintable(longest.value(QStringLiteral("kind")).toString()),
                  qPrintable(
                      longest.value(QStringLiteral("failedBackends")).toVariant().toStringList().join(u',')));
            QVERIFY2(share > 0.23 && share < 0.43, qPrintable(QString::number(share)));
            QCOMPARE(longest.value(QStringLiteral("kind")).toString(), QStringLiteral("partial"));
            QVERIFY2(lengthMs >= 8000, qPrintable(QString::number(lengthMs))); // most of the 10 s window
            QCOMPARE(longest.value(QStringLiteral("failedBackends")).toVariant().toStringList(),
                     QStringList{QStringLiteral("M3")});
        }
        QVERIFY(sawDomain);
    }

    // abort-error-rate: the domain's one call in three failing (nginx stream keeps M3 in rotation) held for
    // 3 s is at least "20% for 3s": the stop condition rolls the drill back long before the observation ends.
    void errorRateStopConditionRollsBack()
    {
        const QString config = writeConfig(QStringLiteral("abort-error-rate"), [](DrillConfig& c) {
            c.drill.observation = 30s;
            for (ProbeTargetConfig& target : c.probes.targets) {
                if (target.name == QLatin1String("domain"))
                    target.abortErrorRate = ErrorRateLimit{0.2, 3s};
            }
        });
        const QString out = m_tmp.filePath(QStringLiteral("abort-error-rate-out"));
        QElapsedTimer timer;
        timer.start();
        const ProcessResult run = runDrill(config, out);
        qInfo("rolled back after %lld ms", timer.elapsed());
        QVERIFY2(dumpUnless(run.exitCode == 2, run.all()), "see the output above");
        const QJsonObject summary = readJson(out + QStringLiteral("/summary.json"));
        QCOMPARE(summary.value(QStringLiteral("outcome")).toString(), QStringLiteral("aborted"));
        QVERIFY2(summary.value(QStringLiteral("stop_condition"))
                     .toString()
                     .startsWith(QStringLiteral("error-rate: probe target domain")),
                 qPrintable(summary.value(QStringLiteral("stop_condition")).toString()));
        QVERIFY(summary.value(QStringLiteral("restored")).toBool());
        QVERIFY(QFile::exists(m_lab->dir() + QStringLiteral("/M3/manifests/etcd.yaml")));
        const JournalReadResult journal = JournalReader::read(out + QStringLiteral("/journal.jsonl"));
        const qsizetype stop = indexOfType(journal, QStringLiteral("stop-condition"));
        QVERIFY(stop > 0);
        QCOMPARE(journal.entries[stop].text(QStringLiteral("kind")), QStringLiteral("error-rate"));
        QVERIFY(indexOfType(journal, QStringLiteral("fault-restored"), stop) > stop);
        QVERIFY(timer.elapsed() < 30000); // well before the 30 s observation would have ended
    }

    void outageLongerThanAbortOutageRollsBack()
    {
        // Every lab has apiservers and a VIP since the control plane landed: their absence is a regression.
        QVERIFY2(m_hasVip, "the lab has no apiservers to probe");
        // A second way to M3's own apiserver, with a stop condition: it fails as soon as M3's etcd is gone.
        const QString config = writeConfig(QStringLiteral("abort-outage"), [](DrillConfig& c) {
            c.drill.observation = 30s;
            ProbeTargetConfig direct;
            direct.name = QStringLiteral("m3-direct");
            direct.url = c.nodes[2].apiserverUrl + QStringLiteral("/readyz");
            direct.maxOutage = 1s;
            direct.abortOutage = 1500ms;
            c.probes.targets.append(direct);
        });
        const QString out = m_tmp.filePath(QStringLiteral("abort-outage-out"));
        const ProcessResult run = TestProcess::cli({QStringLiteral("run"), QStringLiteral("-c"), config,
                                                    QStringLiteral("--yes"), QStringLiteral("--out"), out},
                                                   120000);
        QVERIFY2(dumpUnless(run.exitCode == 2, run.all()), "see the output above");
        const QJsonObject summary = readJson(out + QStringLiteral("/summary.json"));
        QVERIFY2(summary.value(QStringLiteral("stop_condition"))
                     .toString()
                     .startsWith(QStringLiteral("outage: probe target m3-direct")),
                 qPrintable(summary.value(QStringLiteral("stop_condition")).toString()));
        QVERIFY(summary.value(QStringLiteral("restored")).toBool());
        QVERIFY(QFile::exists(m_lab->dir() + QStringLiteral("/M3/manifests/etcd.yaml")));
    }

    void abortDuringObservationRestoresAndLockRefusesSecondConsole()
    {
        const QString config =
            writeConfig(QStringLiteral("abort"), [](DrillConfig& c) { c.drill.observation = 30s; });
        const QString out = m_tmp.filePath(QStringLiteral("abort-out"));
        BackgroundRun first({QStringLiteral("run"), QStringLiteral("-c"), config, QStringLiteral("--yes"),
                             QStringLiteral("--out"), out});
        // Past the lock's 10 s lease: only its keep-alive holds it now.
        QVERIFY2(dumpUnless(first.waitFor(QStringLiteral("[observation 9/30 s]"), 60000), first.output()),
                 "see the output above");
        QVERIFY(!QFile::exists(m_lab->dir() + QStringLiteral("/M3/manifests/etcd.yaml")));

        // A second console on the same cluster is refused by the lock, names the holder and touches nothing.
        const ProcessResult second = TestProcess::cli(
            {QStringLiteral("run"), QStringLiteral("-c"), config, QStringLiteral("--confirm"),
             QStringLiteral("M3"), QStringLiteral("--out"), m_tmp.filePath(QStringLiteral("second-out"))},
            60000);
        QCOMPARE(second.exitCode, 3);
        QVERIFY2(second.out.contains(QStringLiteral("already being drilled by")), qPrintable(second.all()));
        QVERIFY2(second.out.contains(QStringLiteral("(pid %1)").arg(first.pid())), qPrintable(second.all()));
        const QJsonObject secondSummary = readJson(m_tmp.filePath(QStringLiteral("second-out/summary.json")));
        QCOMPARE(secondSummary.value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("preflight-failed"));
        QVERIFY(!secondSummary.value(QStringLiteral("fault_applied")).toBool());

        QElapsedTimer timer;
        timer.start();
        first.signal(SIGINT);
        const int exitCode = first.finish(90000);
        qInfo("aborted drill ended %lld ms after SIGINT", timer.elapsed());
        QVERIFY2(dumpUnless(exitCode == 2, first.output()), "see the output above");
        QVERIFY(QFile::exists(m_lab->dir() + QStringLiteral("/M3/manifests/etcd.yaml")));
        const QJsonObject summary = readJson(out + QStringLiteral("/summary.json"));
        QCOMPARE(summary.value(QStringLiteral("outcome")).toString(), QStringLiteral("aborted"));
        QVERIFY(summary.value(QStringLiteral("restored")).toBool());
        QVERIFY2(summary.value(QStringLiteral("reason")).toString().contains(QStringLiteral("Ctrl+C")),
                 qPrintable(summary.value(QStringLiteral("reason")).toString()));
        QCOMPARE(
            summary.value(QStringLiteral("target"))
                .toObject()
                .value(QStringLiteral("member_id_after"))
                .toString(),
            summary.value(QStringLiteral("target")).toObject().value(QStringLiteral("member_id")).toString());
        const JournalReadResult journal = JournalReader::read(out + QStringLiteral("/journal.jsonl"));
        const qsizetype abort = indexOfType(journal, QStringLiteral("abort"));
        const qsizetype rollback = indexOfType(journal, QStringLiteral("rollback-started"));
        const qsizetype restored = indexOfType(journal, QStringLiteral("fault-restored"));
        QVERIFY(abort > 0 && abort < rollback && rollback < restored);
        QVERIFY(passedSteps(journal).contains(QStringLiteral("rollback")));
        QVERIFY(m_lab->etcdctl({QStringLiteral("endpoint"), QStringLiteral("health")}).exitCode == 0);
    }

    void secondMemberLostTriggersQuorumRollback()
    {
        // Writes through M2 fail as soon as it goes: allow them, so that the quorum is what stops the drill.
        const QString config = writeConfig(QStringLiteral("quorum"), [](DrillConfig& c) {
            c.drill.observation = 30s;
            c.drill.hypothesis.writeFailures = 1000;
        });
        const QString out = m_tmp.filePath(QStringLiteral("quorum-out"));
        BackgroundRun run({QStringLiteral("run"), QStringLiteral("-c"), config, QStringLiteral("--confirm"),
                           QStringLiteral("M3"), QStringLiteral("--out"), out});
        QVERIFY2(dumpUnless(run.waitFor(QStringLiteral("[observation"), 60000), run.output()),
                 "see the output above");
        QVERIFY(m_lab->stopMember(1)); // M2 goes too: one of three left
        const int exitCode = run.finish(90000);
        QVERIFY(m_lab->startMember(1));
        QVERIFY2(dumpUnless(exitCode == 2, run.output()), "see the output above");
        QVERIFY2(dumpUnless(run.output().contains(QStringLiteral("STOP CONDITION")), run.output()),
                 "see the output above");
        const QJsonObject summary = readJson(out + QStringLiteral("/summary.json"));
        QCOMPARE(summary.value(QStringLiteral("outcome")).toString(), QStringLiteral("aborted"));
        QVERIFY2(summary.value(QStringLiteral("stop_condition"))
                     .toString()
                     .startsWith(QStringLiteral("quorum-lost")),
                 qPrintable(summary.value(QStringLiteral("stop_condition")).toString()));
        QVERIFY2(summary.value(QStringLiteral("headline")).toString().contains(QStringLiteral("quorum")),
                 qPrintable(summary.value(QStringLiteral("headline")).toString()));
        QVERIFY(summary.value(QStringLiteral("restored")).toBool());
        QVERIFY(QFile::exists(m_lab->dir() + QStringLiteral("/M3/manifests/etcd.yaml")));
        const JournalReadResult journal = JournalReader::read(out + QStringLiteral("/journal.jsonl"));
        QVERIFY(indexOfType(journal, QStringLiteral("stop-condition")) > 0);
        QVERIFY(indexOfType(journal, QStringLiteral("stop-condition")) <
                indexOfType(journal, QStringLiteral("fault-restored")));
        // M3 itself came back (with M1 it has a quorum again) even while M2 was still away.
        bool restoredCheck = false;
        for (const JournalEntry& entry : journal.ofType(QStringLiteral("check"))) {
            if (entry.text(QStringLiteral("name")) == QLatin1String("target restored"))
                restoredCheck = entry.fields.value(QStringLiteral("passed")).toBool();
        }
        QVERIFY(restoredCheck);
        QVERIFY(waitHealthy(45000));
    }

    // A custom stop command that fails may have done part of its work: etcd-drill cannot tell (only its own
    // scripts refuse with PlannedCommand::kRefusedExitCode and a reason), so it rolls back — runs the start
    // command, checks that M3 is back — and ends aborted with the command's error.
    void failedStopIsRolledBack()
    {
        const QString config = writeConfig(QStringLiteral("failed-stop"), [](DrillConfig& c) {
            c.drill.fault = DrillSettings::Fault::Command;
            c.drill.stopCommand = QStringLiteral("echo 'maintenance window closed' >&2; exit 3");
            c.drill.startCommand = QStringLiteral("true");
        });
        const QString out = m_tmp.filePath(QStringLiteral("failed-stop-out"));
        const ProcessResult run = runDrill(config, out);
        QVERIFY2(dumpUnless(run.exitCode == 2, run.all()), "see the output above");
        const QJsonObject summary = readJson(out + QStringLiteral("/summary.json"));
        QCOMPARE(summary.value(QStringLiteral("outcome")).toString(), QStringLiteral("aborted"));
        QVERIFY(summary.value(QStringLiteral("restored")).toBool());
        const QString reason = summary.value(QStringLiteral("reason")).toString();
        QVERIFY2(reason.contains(QStringLiteral("may have taken effect")) &&
                     reason.contains(QStringLiteral("maintenance window closed")),
                 qPrintable(reason));
        const JournalReadResult journal = JournalReader::read(out + QStringLiteral("/journal.jsonl"));
        const qsizetype rollback = indexOfType(journal, QStringLiteral("rollback-started"));
        QVERIFY(rollback > indexOfType(journal, QStringLiteral("fault-applied")));
        QCOMPARE(journal.entries[rollback].text(QStringLiteral("kind")), QStringLiteral("stop-command"));
        QVERIFY(indexOfType(journal, QStringLiteral("fault-restored"), rollback) > rollback);
        bool started = false;
        for (const JournalEntry& entry : journal.ofType(QStringLiteral("command-started")))
            started = started || entry.text(QStringLiteral("role")) == QLatin1String("start");
        QVERIFY2(started, "the rollback ran no start command");
        QVERIFY(QFile::exists(m_lab->dir() + QStringLiteral("/M3/manifests/etcd.yaml")));
    }

    // A start command that fails without refusing (here: once) is tried again after a pause, and the drill
    // goes on to pass: the journal has both tries and the note that says why.
    void failedStartIsTriedOnceMore()
    {
        const QString m3 = m_lab->dir() + QStringLiteral("/M3");
        const QString marker = m_tmp.filePath(QStringLiteral("start-tried"));
        const QString config = writeConfig(QStringLiteral("start-retry"), [&](DrillConfig& c) {
            c.drill.fault = DrillSettings::Fault::Command;
            c.drill.stopCommand =
                QStringLiteral(
                    "mkdir -p '%1/etcd-backup' && mv '%1/manifests/etcd.yaml' '%1/etcd-backup/etcd.yaml'")
                    .arg(m3);
            c.drill.startCommand =
                QStringLiteral("if [ ! -e '%2' ]; then touch '%2'; echo 'first try fails' >&2; "
                               "exit 1; fi; mv '%1/etcd-backup/etcd.yaml' '%1/manifests/etcd.yaml'")
                    .arg(m3, marker);
        });
        const QString out = m_tmp.filePath(QStringLiteral("start-retry-out"));
        const ProcessResult run = runDrill(config, out);
        QVERIFY2(dumpUnless(run.exitCode == 0, run.all()), "see the output above");
        QVERIFY(QFile::exists(marker));
        QVERIFY(QFile::exists(m3 + QStringLiteral("/manifests/etcd.yaml")));
        const JournalReadResult journal = JournalReader::read(out + QStringLiteral("/journal.jsonl"));
        int starts = 0;
        for (const JournalEntry& entry : journal.ofType(QStringLiteral("command-started")))
            starts += entry.text(QStringLiteral("role")) == QLatin1String("start") ? 1 : 0;
        QCOMPARE(starts, 2);
        bool noted = false;
        for (const JournalEntry& entry : journal.ofType(QStringLiteral("note")))
            noted = noted || entry.text(QStringLiteral("text")).contains(QStringLiteral("trying once more"));
        QVERIFY2(noted, "no note about the second try");
        QCOMPARE(readJson(out + QStringLiteral("/summary.json")).value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("passed"));
    }

    // A stop command that succeeds but does not stop anything: after drill.stop-timeout the fault has not
    // taken effect, so the drill rolls back (runs the start command, checks M3) and ends aborted.
    void stopThatDoesNotTakeEffectIsRolledBack()
    {
        const QString config = writeConfig(QStringLiteral("stop-timeout"), [](DrillConfig& c) {
            c.drill.fault = DrillSettings::Fault::Command;
            c.drill.stopCommand = QStringLiteral("true");
            c.drill.startCommand = QStringLiteral("true");
            c.drill.stopTimeout = 3s;
        });
        const QString out = m_tmp.filePath(QStringLiteral("stop-timeout-out"));
        const ProcessResult run = runDrill(config, out);
        QVERIFY2(dumpUnless(run.exitCode == 2, run.all()), "see the output above");
        const QJsonObject summary = readJson(out + QStringLiteral("/summary.json"));
        QCOMPARE(summary.value(QStringLiteral("outcome")).toString(), QStringLiteral("aborted"));
        QVERIFY2(summary.value(QStringLiteral("reason"))
                     .toString()
                     .contains(QStringLiteral("the fault did not take effect")),
                 qPrintable(summary.value(QStringLiteral("reason")).toString()));
        const JournalReadResult journal = JournalReader::read(out + QStringLiteral("/journal.jsonl"));
        QCOMPARE(indexOfType(journal, QStringLiteral("target-stopped")), qsizetype(-1));
        const qsizetype rollback = indexOfType(journal, QStringLiteral("rollback-started"));
        QVERIFY(rollback > 0);
        QCOMPARE(journal.entries[rollback].text(QStringLiteral("kind")), QStringLiteral("stop-timeout"));
        QVERIFY(indexOfType(journal, QStringLiteral("fault-restored"), rollback) > rollback);
        bool notTaken = false;
        for (const JournalEntry& entry : journal.ofType(QStringLiteral("check"))) {
            if (entry.text(QStringLiteral("name")) == QLatin1String("target stopped"))
                notTaken = !entry.fields.value(QStringLiteral("passed")).toBool();
        }
        QVERIFY2(notTaken, "no failed 'target stopped' check");
        QVERIFY(passedSteps(journal).contains(QStringLiteral("rollback")));
    }

    // A start command that succeeds but does not start etcd: after drill.start-timeout the target does not
    // answer, the recovery fails and so does the verdict; the summary says the member did not come back.
    void startThatDoesNotBringTheTargetBackFailsTheVerdict()
    {
        const QString m3 = m_lab->dir() + QStringLiteral("/M3");
        const QString config = writeConfig(QStringLiteral("start-timeout"), [&](DrillConfig& c) {
            c.drill.fault = DrillSettings::Fault::Command;
            c.drill.stopCommand =
                QStringLiteral(
                    "mkdir -p '%1/etcd-backup' && mv '%1/manifests/etcd.yaml' '%1/etcd-backup/etcd.yaml'")
                    .arg(m3);
            c.drill.startCommand = QStringLiteral("true");
            c.drill.startTimeout = 3s;
        });
        const QString out = m_tmp.filePath(QStringLiteral("start-timeout-out"));
        const ProcessResult run = runDrill(config, out);
        QVERIFY2(dumpUnless(run.exitCode == 1, run.all()), "see the output above");
        const QJsonObject summary = readJson(out + QStringLiteral("/summary.json"));
        QCOMPARE(summary.value(QStringLiteral("outcome")).toString(), QStringLiteral("hypothesis-failed"));
        QVERIFY(
            !summary.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("passed")).toBool());
        const JournalReadResult journal = JournalReader::read(out + QStringLiteral("/journal.jsonl"));
        QVERIFY(indexOfType(journal, QStringLiteral("target-stopped")) > 0);
        QCOMPARE(indexOfType(journal, QStringLiteral("target-answering")), qsizetype(-1));
        bool notAnswering = false;
        for (const JournalEntry& entry : journal.ofType(QStringLiteral("check"))) {
            if (entry.text(QStringLiteral("name")) == QLatin1String("target answers"))
                notAnswering = !entry.fields.value(QStringLiteral("passed")).toBool();
        }
        QVERIFY2(notAnswering, "no failed 'target answers' check");
        QVERIFY(!QFile::exists(
            m3 + QStringLiteral("/manifests/etcd.yaml"))); // init() of the next test puts it back
    }

    // An abort while the stop command runs does not cut it off: the engine waits for it to finish, then rolls
    // back (start command, M3 checked) and ends aborted.
    void abortWhileTheStopCommandRunsWaitsForIt()
    {
        const QString m3 = m_lab->dir() + QStringLiteral("/M3");
        const QString config = writeConfig(QStringLiteral("abort-stopping"), [&](DrillConfig& c) {
            c.drill.fault = DrillSettings::Fault::Command;
            c.drill.stopCommand = QStringLiteral("sleep 3; mkdir -p '%1/etcd-backup' && "
                                                 "mv '%1/manifests/etcd.yaml' '%1/etcd-backup/etcd.yaml'")
                                      .arg(m3);
            c.drill.startCommand =
                QStringLiteral("mv '%1/etcd-backup/etcd.yaml' '%1/manifests/etcd.yaml'").arg(m3);
        });
        const QString out = m_tmp.filePath(QStringLiteral("abort-stopping-out"));
        BackgroundRun run({QStringLiteral("run"), QStringLiteral("-c"), config, QStringLiteral("--yes"),
                           QStringLiteral("--out"), out});
        // The stop command runs once the client workload's warm-up is over.
        QVERIFY2(dumpUnless(run.waitFor(QStringLiteral("running stop etcd on M3"), 60000), run.output()),
                 "see the output above");
        run.signal(SIGINT);
        QVERIFY2(dumpUnless(run.finish(90000) == 2, run.output()), "see the output above");
        QVERIFY2(dumpUnless(run.output().contains(QStringLiteral("waiting for the running stop command")),
                            run.output()),
                 "see the output above");
        QVERIFY(QFile::exists(m3 + QStringLiteral("/manifests/etcd.yaml")));
        const QJsonObject summary = readJson(out + QStringLiteral("/summary.json"));
        QCOMPARE(summary.value(QStringLiteral("outcome")).toString(), QStringLiteral("aborted"));
        QVERIFY(summary.value(QStringLiteral("restored")).toBool());
        const JournalReadResult journal = JournalReader::read(out + QStringLiteral("/journal.jsonl"));
        const qsizetype abort = indexOfType(journal, QStringLiteral("abort"));
        qsizetype stopFinished = -1;
        for (qsizetype i = 0; i < journal.entries.size(); ++i) {
            if (journal.entries[i].type == QLatin1String("command-finished") &&
                journal.entries[i].text(QStringLiteral("role")) == QLatin1String("stop"))
                stopFinished = i;
        }
        const qsizetype rollback = indexOfType(journal, QStringLiteral("rollback-started"));
        QVERIFY2(abort > 0 && abort < stopFinished && stopFinished < rollback,
                 qPrintable(typesOf(journal).join(u',')));
        QCOMPARE(journal.entries[rollback].text(QStringLiteral("kind")), QStringLiteral("abort"));
        QVERIFY(indexOfType(journal, QStringLiteral("fault-restored"), rollback) > rollback);
        QVERIFY(passedSteps(journal).contains(QStringLiteral("rollback")));
    }

    // A console that crashes while M3 is down says so, and how to restore M3 (CrashHandler's hint: the
    // recover command with this drill's journal); `recover` then finishes the drill as it would after a
    // SIGKILL.
    void crashedConsoleIsFinishedByRecover()
    {
        const QString config =
            writeConfig(QStringLiteral("kill"), [](DrillConfig& c) { c.drill.observation = 30s; });
        {
            BackgroundRun run({QStringLiteral("run"), QStringLiteral("-c"), config, QStringLiteral("--yes")});
            QVERIFY2(dumpUnless(run.waitFor(QStringLiteral("PASS  target stopped"), 60000), run.output()),
                     "see the output above");
            run.signal(SIGSEGV);
            QCOMPARE(run.finish(10000), -1);
            const QString said = run.output();
            QVERIFY2(
                dumpUnless(said.contains(QStringLiteral("etcd-drill-cli crashed: signal 11 (SIGSEGV")), said),
                "see the output above");
            const QRegularExpression hint(
                QStringLiteral("!! this drill's fault \\(static-pod\\) still holds on M3: restore M3 with  "
                               "etcd-drill-cli recover -c \\S*kill\\S*\\.yaml'? --journal '?\\S*lab-"));
            QVERIFY2(dumpUnless(said.contains(hint), said), "see the output above");
        }
        QVERIFY(!QFile::exists(m_lab->dir() + QStringLiteral("/M3/manifests/etcd.yaml")));
        QVERIFY(!lockValue().isEmpty()); // the dead console's lock is still there (its lease has not expired)

        QElapsedTimer timer;
        timer.start();
        const ProcessResult recover =
            TestProcess::cli({QStringLiteral("recover"), QStringLiteral("-c"), config}, 120000);
        qInfo("recover took %lld ms", timer.elapsed());
        QVERIFY2(recover.exitCode == 0, qPrintable(recover.all()));
        QVERIFY2(recover.out.contains(QStringLiteral("Restored the drill")), qPrintable(recover.all()));
        QVERIFY(QFile::exists(m_lab->dir() + QStringLiteral("/M3/manifests/etcd.yaml")));
        QVERIFY(m_lab->etcdctl({QStringLiteral("endpoint"), QStringLiteral("health")}).exitCode == 0);
        QVERIFY2(lockValue().isEmpty(), "recover leaves the dead console's lock behind");

        // The journal tells the whole story, and a second recover has nothing to do.
        const QStringList folders = QDir(m_tmp.filePath(QStringLiteral("journals")))
                                        .entryList({QStringLiteral("lab-*")}, QDir::Dirs, QDir::Time);
        QVERIFY(!folders.isEmpty());
        const JournalReadResult journal = JournalReader::read(
            m_tmp.filePath(QStringLiteral("journals/%1/journal.jsonl").arg(folders.first())));
        const QStringList types = typesOf(journal);
        QVERIFY(!types.contains(QStringLiteral("drill-finished")));
        QVERIFY(indexOfType(journal, QStringLiteral("fault-applied")) <
                indexOfType(journal, QStringLiteral("recover-started")));
        QVERIFY(indexOfType(journal, QStringLiteral("recover-started")) <
                indexOfType(journal, QStringLiteral("fault-restored")));
        QCOMPARE(journal.ofType(QStringLiteral("recover-finished")).last().text(QStringLiteral("status")),
                 QStringLiteral("restored"));
        // The dead console's workload keys are gone too.
        QVERIFY2(recover.out.contains(QStringLiteral("workload keys under /etcd-drill/workload/")),
                 qPrintable(recover.all()));
        QVERIFY2(workloadKeys().isEmpty(), qPrintable(workloadKeys()));
        const ProcessResult again =
            TestProcess::cli({QStringLiteral("recover"), QStringLiteral("-c"), config}, 60000);
        QVERIFY2(again.exitCode == 0 && again.out.contains(QStringLiteral("Nothing to do")),
                 qPrintable(again.all()));
    }

    void badConfigsFailBeforeAnythingIsTouched()
    {
        const QString manifest = m_lab->dir() + QStringLiteral("/M3/manifests/etcd.yaml");

        // An unknown target: the config loader refuses it.
        const QString base = writeConfig(QStringLiteral("bad-base"), [](DrillConfig&) {});
        QFile file(base);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString yaml = QString::fromUtf8(file.readAll());
        file.close();
        QVERIFY(yaml.contains(QRegularExpression(QStringLiteral("target: M3\\b"))));
        yaml.replace(QRegularExpression(QStringLiteral("target: M3\\b")), QStringLiteral("target: M9"));
        const QString unknown = m_tmp.filePath(QStringLiteral("unknown-target.yaml"));
        QFile out(unknown);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(yaml.toUtf8());
        out.close();
        ProcessResult run =
            TestProcess::cli({QStringLiteral("run"), QStringLiteral("-c"), unknown, QStringLiteral("--yes")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(dumpUnless(run.err.contains(QStringLiteral("M9")), run.all()), "see the output above");
        QVERIFY(QFile::exists(manifest));

        // A manifest that is not there.
        const QString missing = writeConfig(QStringLiteral("missing-manifest"), [this](DrillConfig& c) {
            c.nodes[2].manifest = m_lab->dir() + QStringLiteral("/M3/manifests/nothing-here.yaml");
        });
        run =
            TestProcess::cli({QStringLiteral("run"), QStringLiteral("-c"), missing, QStringLiteral("--yes")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(dumpUnless(run.out.contains(QStringLiteral("nothing-here.yaml does not exist")), run.all()),
                 "see the output above");
        QVERIFY2(dumpUnless(run.out.contains(QStringLiteral("NOT STARTED")), run.all()),
                 "see the output above");
        QVERIFY(QFile::exists(manifest));

        // A backup already present (an earlier drill never restored).
        const QString backup = m_lab->dir() + QStringLiteral("/M3/etcd-backup/etcd.yaml");
        QFile stale(backup);
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write("# left by an earlier drill\n");
        stale.close();
        const QString config = writeConfig(QStringLiteral("backup-present"), [](DrillConfig&) {});
        run =
            TestProcess::cli({QStringLiteral("run"), QStringLiteral("-c"), config, QStringLiteral("--yes")});
        QFile::remove(backup);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(dumpUnless(run.out.contains(QStringLiteral("already holds etcd.yaml")), run.all()),
                 "see the output above");
        QVERIFY(QFile::exists(manifest));

        // --confirm names another node than the target: refused before the stop.
        run = TestProcess::cli({QStringLiteral("run"), QStringLiteral("-c"), config,
                                QStringLiteral("--confirm"), QStringLiteral("M2")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(dumpUnless(run.out.contains(QStringLiteral("--confirm names M2")), run.all()),
                 "see the output above");
        QVERIFY(QFile::exists(manifest));

        // No terminal and no --yes/--confirm: refused before anything happens.
        run = TestProcess::cli({QStringLiteral("run"), QStringLiteral("-c"), config});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(dumpUnless(run.err.contains(QStringLiteral("not a terminal")), run.all()),
                 "see the output above");

        // A dry run shows the commands and changes nothing.
        const QString dry = m_tmp.filePath(QStringLiteral("dry-out"));
        run = TestProcess::cli({QStringLiteral("run"), QStringLiteral("-c"), config,
                                QStringLiteral("--dry-run"), QStringLiteral("--out"), dry});
        QVERIFY2(dumpUnless(run.exitCode == 0, run.all()), "see the output above");
        QVERIFY2(run.out.contains(QStringLiteral("would run")) && run.out.contains(QStringLiteral("mv -n")),
                 qPrintable(run.out.right(4000)));
        QCOMPARE(readJson(dry + QStringLiteral("/summary.json")).value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("dry-run"));
        QVERIFY(QFile::exists(manifest));

        // The same in Chinese: steps, checks, purposes and places as the console words them; the journal
        // stays English.
        const QString dryZh = m_tmp.filePath(QStringLiteral("dry-out-zh"));
        run = TestProcess::cli({QStringLiteral("run"), QStringLiteral("-c"), config,
                                QStringLiteral("--dry-run"), QStringLiteral("--language"),
                                QStringLiteral("zh_CN"), QStringLiteral("--out"), dryZh});
        QVERIFY2(dumpUnless(run.exitCode == 0, run.all()), "see the output above");
        for (const QString& chinese :
             {QStringLiteral("第 1/5 步"), QStringLiteral("将会运行：停止 M3 上的 etcd"),
              QStringLiteral("本机"), QStringLiteral("通过"), QStringLiteral("结论")}) {
            QVERIFY2(dumpUnless(run.out.contains(chinese), run.out), qPrintable(chinese));
        }
        for (const QString& english :
             {QStringLiteral("would run"), QStringLiteral("PASSED"), QStringLiteral("Step "),
              QStringLiteral("locally"), QStringLiteral("Verdict"), QStringLiteral("check that")}) {
            QVERIFY2(dumpUnless(!run.out.contains(english), run.out), qPrintable(english));
        }
        QVERIFY(
            readText(dryZh + QStringLiteral("/journal.jsonl")).contains(QStringLiteral("\"stop etcd on M3")));
        run = TestProcess::cli({QStringLiteral("run"), QStringLiteral("-c"), config,
                                QStringLiteral("--dry-run"), QStringLiteral("--language"),
                                QStringLiteral("fr")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(dumpUnless(run.err.contains(QStringLiteral("--language fr is not one of")), run.all()),
                 "see the output above");
        QVERIFY(lockValue().isEmpty());
        QVERIFY(m_lab->etcdctl({QStringLiteral("endpoint"), QStringLiteral("health")}).exitCode == 0);
    }

    void sshTransport()
    {
        SshTestServer sshd(kSshAddress);
        QString error;
        QVERIFY2(sshd.start(&error), qPrintable(error));
        DrillOptions options;
        options.ssh.configFile = QStringLiteral("/dev/null");
        options.ssh.identityFile = sshd.clientKey();
        options.ssh.options = {QStringLiteral("UserKnownHostsFile=%1").arg(sshd.knownHostsFile()),
                               QStringLiteral("StrictHostKeyChecking=accept-new"),
                               QStringLiteral("IdentitiesOnly=yes")};

        // Through sshd: the whole drill, M3's manifest moved over ssh.
        {
            const QString config = writeConfig(QStringLiteral("ssh"), [&](DrillConfig& c) {
                c.drill.transport = DrillSettings::Transport::Ssh;
                c.drill.sshConnectTimeout = 3s;
                for (NodeConfig& node : c.nodes)
                    node.sshHost = QStringLiteral("%1@%2:%3").arg(sshd.user(), kSshAddress).arg(sshd.port());
            });
            options.journalFolder = m_tmp.filePath(QStringLiteral("ssh-out"));
            const DrillSummary summary = runInProcess(config, options, QStringLiteral("m3"));
            QVERIFY2(summary.outcome == DrillSummary::Outcome::Passed, qPrintable(summary.headline()));
            QCOMPARE(summary.targetMemberIdAfter, summary.targetMemberId);
            const JournalReadResult journal =
                JournalReader::read(options.journalFolder + QStringLiteral("/journal.jsonl"));
            bool overSsh = false;
            for (const JournalEntry& entry : journal.ofType(QStringLiteral("command-finished"))) {
                if (entry.text(QStringLiteral("role")) == QLatin1String("stop"))
                    overSsh = entry.text(QStringLiteral("location")).contains(kSshAddress) &&
                              entry.text(QStringLiteral("command_line")).startsWith(QStringLiteral("ssh ")) &&
                              entry.fields.value(QStringLiteral("succeeded")).toBool();
            }
            QVERIFY(overSsh);
            // The mistyped confirmation was refused and recorded.
            QCOMPARE(journal.ofType(QStringLiteral("gate-refused")).size(), 1);
            QVERIFY(QFile::exists(m_lab->dir() + QStringLiteral("/M3/manifests/etcd.yaml")));
        }
        QVERIFY(waitHealthy(45000));

        // A host that refuses ssh: a clear error in the preflight, and M3 is not left stopped.
        {
            const int closed = SshTestServer::freePort(kNoSshAddress);
            const QString config = writeConfig(QStringLiteral("ssh-refused"), [&](DrillConfig& c) {
                c.drill.transport = DrillSettings::Transport::Ssh;
                c.drill.sshConnectTimeout = 2s;
                for (NodeConfig& node : c.nodes)
                    node.sshHost = QStringLiteral("%1@%2:%3").arg(sshd.user(), kNoSshAddress).arg(closed);
            });
            options.journalFolder = m_tmp.filePath(QStringLiteral("ssh-refused-out"));
            const DrillSummary summary = runInProcess(config, options, QStringLiteral("M3"));
            QCOMPARE(summary.outcome, DrillSummary::Outcome::PreflightFailed);
            QVERIFY(!summary.faultApplied);
            QVERIFY2(summary.reason.contains(QStringLiteral("cannot connect")) &&
                         summary.reason.contains(kNoSshAddress) &&
                         summary.reason.contains(QStringLiteral("Nothing ran")),
                     qPrintable(summary.reason));
            QVERIFY(QFile::exists(m_lab->dir() + QStringLiteral("/M3/manifests/etcd.yaml")));
            QVERIFY(m_lab->etcdctl({QStringLiteral("endpoint"), QStringLiteral("health")}).exitCode == 0);
        }
    }

private:
    // The lab's own drill.yaml with short timings and the journal in this test's folder, changed by `edit`.
    // `etcd-drill-cli run -c config --yes --out out`, the whole drill, with two minutes for it.
    static ProcessResult runDrill(const QString& config, const QString& out)
    {
        return TestProcess::cli({QStringLiteral("run"), QStringLiteral("-c"), config, QStringLiteral("--yes"),
                                 QStringLiteral("--out"), out},
                                120000);
    }

    // The lab's drill.yaml with short timings. Its error-rate limits are dropped unless `errorRates`: the
    // lab's domain (nginx stream) fails them by design, which labDrillFailsOnTheDomainsErrorRate tests; the
    // other drills test the drill itself.
    QString writeConfig(const QString& name, const std::function<void(DrillConfig&)>& edit,
                        bool errorRates = false)
    {
        DrillConfig config = m_base;
        if (!errorRates) {
            for (ProbeTargetConfig& target : config.probes.targets)
                target.maxErrorRate.reset();
        }
        config.drill.observation = 3s;
        config.drill.settle = 2s;
        config.drill.startTimeout = 30s;
        config.drill.hypothesis.maxRecovery = 30s;
        config.drill.journalDir = m_tmp.filePath(QStringLiteral("journals"));
        edit(config);
        const QString file = m_tmp.filePath(name + QStringLiteral(".yaml"));
        QString error;
        if (!ConfigWriter::writeFile(config, file, &error))
            qWarning("%s", qPrintable(error));
        return file;
    }

    bool waitHealthy(int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            if (TestProcess::cli({QStringLiteral("status"), QStringLiteral("-c"), m_lab->drillConfig()},
                                 20000)
                    .exitCode == 0)
                return true;
            QTest::qWait(500);
        }
        return false;
    }

    // Every key the drills' client workloads left in the lab.
    QString workloadKeys() const
    {
        return m_lab
            ->etcdctl({QStringLiteral("get"), QStringLiteral("--prefix"),
                       QStringLiteral("/etcd-drill/workload/"), QStringLiteral("--keys-only")})
            .out.trimmed();
    }

    // summary.json's data_safety, with what a clean drill must show: nothing lost or changed, the watch
    // complete, the hashes equal on every member, the keys deleted.
    static void verifyCleanDataSafety(const QJsonObject& summary, int minimumOpens)
    {
        const QJsonObject safety = summary.value(QStringLiteral("data_safety")).toObject();
        QVERIFY2(!safety.isEmpty(), "no data_safety in summary.json");
        qInfo("workload: %d puts, %d acknowledged, %d unknown, %d failed; watch %d events, opens %s",
              safety.value(QStringLiteral("puts")).toInt(),
              safety.value(QStringLiteral("acknowledged")).toInt(),
              safety.value(QStringLiteral("unknown")).toInt(), safety.value(QStringLiteral("failed")).toInt(),
              safety.value(QStringLiteral("watch")).toObject().value(QStringLiteral("events")).toInt(),
              qPrintable(safety.value(QStringLiteral("watch"))
                             .toObject()
                             .value(QStringLiteral("opens"))
                             .toVariant()
                             .toStringList()
                             .join(QStringLiteral(", "))));
        QVERIFY(safety.value(QStringLiteral("acknowledged")).toInt() >= 40); // 20/s for seconds on end
        QVERIFY(safety.value(QStringLiteral("read_done")).toBool());
        QCOMPARE(safety.value(QStringLiteral("lost")).toInt(), 0);
        QCOMPARE(safety.value(QStringLiteral("foreign")).toInt(), 0);
        QCOMPARE(safety.value(QStringLiteral("order_violations")).toInt(), 0);
        QCOMPARE(safety.value(QStringLiteral("members_read")).toArray().size(), 3);
        const QJsonObject watch = safety.value(QStringLiteral("watch")).toObject();
        QVERIFY(watch.value(QStringLiteral("complete")).toBool());
        QCOMPARE(watch.value(QStringLiteral("events")).toInt(),
                 safety.value(QStringLiteral("acknowledged")).toInt() +
                     safety.value(QStringLiteral("unknown_applied")).toInt());
        QVERIFY(watch.value(QStringLiteral("opens")).toArray().size() >= minimumOpens);
        const QJsonObject hash = safety.value(QStringLiteral("hash")).toObject();
        QVERIFY(hash.value(QStringLiteral("agree")).toBool());
        QCOMPARE(hash.value(QStringLiteral("members")).toArray().size(), 3);
        QVERIFY(safety.value(QStringLiteral("cleanup")).toObject().value(QStringLiteral("done")).toBool());
        const QJsonArray phases = safety.value(QStringLiteral("phases")).toArray();
        QCOMPARE(phases.size(), 3);
        QVERIFY(phases.at(0).toObject().value(QStringLiteral("puts")).toInt() >=
                20); // the warm-up's baseline
    }

    QString lockValue() const
    {
        return m_lab
            ->etcdctl({QStringLiteral("get"), QStringLiteral("/etcd-drill/lock"),
                       QStringLiteral("--print-value-only")})
            .out.trimmed();
    }

    // A drill through the engine itself: confirms each gate with `firstTry` first (a mistyped name when it
    // is not the node), then with the node's name.
    DrillSummary runInProcess(const QString& configFile, const DrillOptions& options, const QString& firstTry)
    {
        const ConfigLoadResult loaded = ConfigLoader(QProcessEnvironment()).load(configFile);
        if (!loaded.ok()) {
            qWarning("%s", qPrintable(loaded.errorText()));
            return {};
        }
        DrillEngine engine(*loaded.config, options);
        DrillSummary result;
        bool done = false;
        bool triedWrong = false;
        QObject::connect(&engine, &DrillEngine::gateRequested, &engine, [&](const DrillGate& gate) {
            if (!triedWrong && firstTry != gate.node) {
                triedWrong = true;
                QSignalSpy refused(&engine, &DrillEngine::gateRefused);
                if (engine.confirmGate(firstTry) || refused.size() != 1)
                    qWarning("a mistyped node name was accepted");
            }
            QVERIFY(engine.confirmGate(gate.node));
        });
        QObject::connect(&engine, &DrillEngine::checkFinished, &engine,
                         [](const DrillCheck& check) { qInfo("%s", qPrintable(check.describe())); });
        QObject::connect(&engine, &DrillEngine::finished, &engine, [&](const DrillSummary& summary) {
            result = summary;
            done = true;
        });
        engine.start();
        if (!QTest::qWaitFor([&] { return done; }, 120000)) {
            engine.abort(QStringLiteral("the test timed out"));
            if (!QTest::qWaitFor([&] { return done; }, 60000))
                qWarning("the drill did not end after its abort");
        }
        qInfo("%s", qPrintable(result.headline()));
        return result;
    }

    QTemporaryDir m_tmp;
    std::unique_ptr<LabFixture> m_lab;
    DrillConfig m_base;
    bool m_hasVip = false;
};

QTEST_GUILESS_MAIN(TestDrillEngine)
#include "TestDrillEngine.moc"
