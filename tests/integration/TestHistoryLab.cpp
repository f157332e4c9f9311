// Game days recur, on the real lab (127.0.46.x, nginx in http mode so the drills pass): two whole drills with
// a notify: section pointing at HTTP servers in this test (a DingTalk robot with its signing secret, a
// generic webhook, one that answers 500, one that never answers), run with --junit; then a corrupted and a
// cut-off folder planted beside them. Asserted as a user sees it: every event reached the chat robot in
// order; the failing webhooks are noted in the journal and did not fail the drill; the second drill's end
// compares it with the first; `history` lists all four folders with reasons; the JUnit files parse; the
// report carries the comparison; and the planted webhook token and secret appear in no file, no output, no
// report.
#include "ConfigLoader.h"
#include "ConfigWriter.h"
#include "LabFixture.h"
#include "TestProcess.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QXmlStreamReader>

using namespace etcddrill;
using namespace etcddrill::test;
using namespace std::chrono_literals;

namespace {

const QByteArray kToken = "tok-PLANTED-c0ffee42";
const QByteArray kSecret = "SEC-PLANTED-b16b00b5";

struct Hit
{
    QString path;
    QUrlQuery query;
    QJsonObject body;
};

bool dumpUnless(bool ok, const QString& text)
{
    if (!ok)
        qWarning().noquote() << text;
    return ok;
}

} // namespace

class TestHistoryLab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_lab = std::make_unique<LabFixture>(
            QStringLiteral("127.0.46.1"), 3,
            QStringList{QStringLiteral("--domain-proxy"), QStringLiteral("http")});
        QString error;
        QVERIFY2(m_lab->up(&error), qPrintable(error));
        m_server.route(QStringLiteral("/<arg>"), [this](const QString& path,
                                                        const QHttpServerRequest& request) {
            m_hits.append({path, QUrlQuery(request.url()), QJsonDocument::fromJson(request.body()).object()});
            if (path == QLatin1String("fail500"))
                return QHttpServerResponse(QByteArrayLiteral("down"),
                                           QHttpServerResponse::StatusCode::InternalServerError);
            return QHttpServerResponse(QJsonObject{{QStringLiteral("errcode"), 0},
                                                   {QStringLiteral("errmsg"), QStringLiteral("ok")}});
        });
        m_port = m_server.listen(QHostAddress(QStringLiteral("127.0.46.250")), 0);
        QVERIFY(m_port > 0);
        QVERIFY(m_hang.listen(QHostAddress(QStringLiteral("127.0.46.250")), 0));
        connect(&m_hang, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_hang.nextPendingConnection())
                m_held.append(socket);
        });

        // The drill config: the lab's quick drill plus four webhooks, URLs from a file and variables.
        m_journals = m_tmp.filePath(QStringLiteral("journals"));
        m_config = m_tmp.filePath(QStringLiteral("drill.yaml"));
        QVERIFY2(m_lab->writeQuickDrillConfig(m_config, m_journals, &error), qPrintable(error));
        const QString base = QStringLiteral("http://127.0.46.250:%1").arg(m_port);
        writeFile(QStringLiteral("ding.url"),
                  (base + QStringLiteral("/dingtalk?access_token=")).toUtf8() + kToken + '\n');
        writeFile(QStringLiteral("ding.secret"), kSecret + '\n');
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("HOOK_GENERIC"),
                     base + QStringLiteral("/webhook?token=") + QString::fromLatin1(kToken));
        m_env.insert(QStringLiteral("HOOK_FAILS"),
                     base + QStringLiteral("/fail500?key=") + QString::fromLatin1(kToken));
        m_env.insert(QStringLiteral("HOOK_HANGS"),
                     QStringLiteral("http://127.0.46.250:%1/x?key=").arg(m_hang.serverPort()) +
                         QString::fromLatin1(kToken));
        const ConfigLoadResult loaded = ConfigLoader(m_env).load(m_config);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
        DrillConfig config = *loaded.config;
        config.notify.timeout = 1500ms;
        const auto hook = [](const QString& name, NotifyTarget::Format format) {
            NotifyTarget t;
            t.name = name;
            t.format = format;
            return t;
        };
        NotifyTarget ding = hook(QStringLiteral("sre-dingtalk"), NotifyTarget::Format::DingTalk);
        ding.urlFile = m_tmp.filePath(QStringLiteral("ding.url"));
        ding.secretFile = m_tmp.filePath(QStringLiteral("ding.secret"));
        NotifyTarget generic = hook(QStringLiteral("ops-webhook"), NotifyTarget::Format::Webhook);
        generic.urlEnv = QStringLiteral("HOOK_GENERIC");
        NotifyTarget fails = hook(QStringLiteral("broken"), NotifyTarget::Format::WeCom);
        fails.urlEnv = QStringLiteral("HOOK_FAILS");
        fails.events = {QStringLiteral("verdict")};
        NotifyTarget hangs = hook(QStringLiteral("stuck"), NotifyTarget::Format::Slack);
        hangs.urlEnv = QStringLiteral("HOOK_HANGS");
        hangs.events = {QStringLiteral("start")};
        config.notify.targets = {ding, generic, fails, hangs};
        QVERIFY2(ConfigWriter::writeFile(config, m_config, &error), qPrintable(error));
        QVERIFY2(ConfigLoader(m_env).load(m_config).ok(), "the config with notify: does not load");
    }

    void cleanupTestCase()
    {
        qDeleteAll(m_held);
        m_held.clear();
        m_lab.reset();
    }

    void twoDrillsNotifiedAndCompared()
    {
        const ProcessResult first = drill(m_tmp.filePath(QStringLiteral("first.xml")));
        QVERIFY2(dumpUnless(first.exitCode == 0 && first.out.contains(QStringLiteral("PASSED")), first.all()),
                 "the first drill did not pass");
        QVERIFY2(!first.out.contains(QStringLiteral("Compared with the previous drill")),
                 qPrintable(first.out));
        QVERIFY(first.out.contains(QStringLiteral("JUnit: ")));
        // The robot was told of each event, in order, signed; the generic webhook got the fields.
        QStringList dingEvents;
        QStringList genericEvents;
        for (const Hit& hit : std::as_const(m_hits)) {
            if (hit.path == QLatin1String("dingtalk")) {
                const QString content = hit.body.value(QStringLiteral("text"))
                                            .toObject()
                                            .value(QStringLiteral("content"))
                                            .toString();
                QVERIFY2(content.startsWith(QStringLiteral("etcd-drill · lab · ")), qPrintable(content));
                dingEvents
                    << content.section(QStringLiteral(" · "), 2, 2).section(QStringLiteral(" ("), 0, 0);
                QVERIFY(!hit.query.queryItemValue(QStringLiteral("sign")).isEmpty());
            } else if (hit.path == QLatin1String("webhook")) {
                genericEvents << hit.body.value(QStringLiteral("event")).toString();
            }
        }
        QCOMPARE(dingEvents, (QStringList{QStringLiteral("drill started"), QStringLiteral("gate confirmed"),
                                          QStringLiteral("target stopped"), QStringLiteral("gate confirmed"),
                                          QStringLiteral("verdict")}));
        QCOMPARE(genericEvents,
                 (QStringList{QStringLiteral("start"), QStringLiteral("gate"), QStringLiteral("stop"),
                              QStringLiteral("gate"), QStringLiteral("verdict")}));
        QCOMPARE(lastGeneric().value(QStringLiteral("outcome")).toString(), QStringLiteral("passed"));

        // The failing webhooks are in the journal and did not change the outcome.
        const QString firstFolder = journalFolderOf(first.out);
        QVERIFY(!firstFolder.isEmpty());
        m_firstFolder = firstFolder;
        const QString journal = readText(firstFolder + QStringLiteral("/journal.jsonl"));
        QVERIFY2(journal.contains(QStringLiteral("\"type\":\"notification\"")), "no notification line");
        QVERIFY2(journal.contains(QStringLiteral("\"problem\":\"HTTP 500\"")),
                 "the 500 is not in the journal");
        QVERIFY2(journal.contains(QStringLiteral("\"problem\":\"no answer within 1500 ms\"")),
                 "the hanging webhook is not in the journal");

        QTest::qWait(1100); // the folder name has a one-second clock
        const ProcessResult second = drill(m_tmp.filePath(QStringLiteral("second.xml")));
        QVERIFY2(dumpUnless(second.exitCode == 0, second.all()), "the second drill did not pass");
        QVERIFY2(dumpUnless(
                     second.out.contains(QStringLiteral("Compared with the previous drill of this cluster")),
                     second.out),
                 "the second drill does not compare itself with the first");
        QVERIFY(second.out.contains(QStringLiteral("vip: longest outage")));
        m_secondFolder = journalFolderOf(second.out);
        QVERIFY(!m_secondFolder.isEmpty() && m_secondFolder != firstFolder);

        // JUnit: one suite, no failure, the folder as a property.
        for (const auto& [file, folder] : {std::pair{QStringLiteral("first.xml"), firstFolder},
                                           std::pair{QStringLiteral("second.xml"), m_secondFolder}}) {
            QFile xml(m_tmp.filePath(file));
            QVERIFY(xml.open(QIODevice::ReadOnly));
            QXmlStreamReader reader(&xml);
            int suites = 0;
            int cases = 0;
            QString property;
            while (!reader.atEnd()) {
                reader.readNext();
                if (!reader.isStartElement())
                    continue;
                if (reader.name() == QLatin1String("testsuite")) {
                    ++suites;
                    QCOMPARE(reader.attributes().value(QLatin1String("failures")).toString(),
                             QStringLiteral("0"));
                    QCOMPARE(reader.attributes().value(QLatin1String("errors")).toString(),
                             QStringLiteral("0"));
                } else if (reader.name() == QLatin1String("testcase")) {
                    ++cases;
                } else if (reader.name() == QLatin1String("property") &&
                           reader.attributes().value(QLatin1String("name")) ==
                               QLatin1String("drill.folder")) {
                    property = reader.attributes().value(QLatin1String("value")).toString();
                }
            }
            QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
            QCOMPARE(suites, 1);
            QVERIFY2(cases > 10, qPrintable(QString::number(cases))); // preflight checks and hypothesis lines
            QCOMPARE(property, folder);
        }
    }

    void historyListsEveryFolder()
    {
        QVERIFY(!m_secondFolder.isEmpty());
        // A corrupted folder and one cut off in the middle of a line, as a crash leaves it.
        QDir().mkpath(m_journals + QStringLiteral("/lab-20200101T000000Z"));
        writeAbsolute(m_journals + QStringLiteral("/lab-20200101T000000Z/journal.jsonl"),
                      "\x00\x01garbage\n{not json\n");
        const QByteArray whole = readText(m_firstFolder + QStringLiteral("/journal.jsonl")).toUtf8();
        QDir().mkpath(m_journals + QStringLiteral("/lab-20200102T000000Z"));
        writeAbsolute(m_journals + QStringLiteral("/lab-20200102T000000Z/journal.jsonl"),
                      whole.left(whole.size() / 2));

        const ProcessResult json = TestProcess::cli(
            {QStringLiteral("history"), QStringLiteral("-c"), m_config, QStringLiteral("--json")});
        QVERIFY2(dumpUnless(json.exitCode == 0, json.all()), "history --json failed");
        const QJsonArray drills =
            QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("drills")).toArray();
        QCOMPARE(drills.size(), 4);
        const QJsonObject newest = drills.at(0).toObject();
        QCOMPARE(newest.value(QStringLiteral("folder")).toString(), m_secondFolder);
        QCOMPARE(newest.value(QStringLiteral("outcome")).toString(), QStringLiteral("passed"));
        QVERIFY(newest.value(QStringLiteral("comparison")).toObject().contains(QStringLiteral("figures")));
        QVERIFY(newest.value(QStringLiteral("election_ms")).isDouble() ||
                newest.value(QStringLiteral("election_ms")).isNull());
        // Every way in counts the probes `run` counted at its end (summary.json), not the journal's
        // per-second summaries, which miss the last partial second.
        {
            QFile summaryFile(QDir(m_secondFolder).filePath(QStringLiteral("summary.json")));
            QVERIFY(summaryFile.open(QIODevice::ReadOnly));
            QHash<QString, std::pair<qint64, qint64>> ran;
            for (const QJsonValue& v : QJsonDocument::fromJson(summaryFile.readAll())
                                           .object()
                                           .value(QStringLiteral("impact"))
                                           .toArray())
                ran.insert(v[QStringLiteral("target")].toString(), {v[QStringLiteral("samples")].toInteger(),
                                                                    v[QStringLiteral("failed")].toInteger()});
            const QJsonArray ways = newest.value(QStringLiteral("targets")).toArray();
            QVERIFY(!ways.isEmpty());
            for (const QJsonValue& way : ways) {
                const QString name = way[QStringLiteral("target")].toString();
                QVERIFY2(ran.contains(name), qPrintable(name));
                QCOMPARE(way[QStringLiteral("samples")].toInteger(), ran.value(name).first);
                QCOMPARE(way[QStringLiteral("failed")].toInteger(), ran.value(name).second);
            }
        }
        int unreadable = 0;
        int cut = 0;
        for (const QJsonValue& value : drills) {
            const QJsonObject d = value.toObject();
            if (!d.value(QStringLiteral("readable")).toBool()) {
                ++unreadable;
                QVERIFY(!d.value(QStringLiteral("problem")).toString().isEmpty());
            } else if (!d.value(QStringLiteral("complete")).toBool()) {
                ++cut;
                QVERIFY2(!d.value(QStringLiteral("problem")).toString().isEmpty(),
                         qPrintable(d.value(QStringLiteral("folder")).toString()));
            }
        }
        QCOMPARE(unreadable, 1);
        QCOMPARE(cut, 1);

        const ProcessResult table =
            TestProcess::cli({QStringLiteral("history"), QStringLiteral("-c"), m_config,
                              QStringLiteral("--language"), QStringLiteral("en")});
        QVERIFY2(dumpUnless(table.exitCode == 0, table.all()), "history failed");
        QVERIFY2(table.out.contains(QStringLiteral("UNREADABLE")) &&
                     table.out.contains(QStringLiteral("  !! ")),
                 qPrintable(table.out));
        QVERIFY2(table.out.contains(QStringLiteral("no worse")) ||
                     table.out.contains(QStringLiteral(" worse")),
                 qPrintable(table.out));
        QVERIFY2(table.out.contains(QStringLiteral(" passed ")), qPrintable(table.out)); // words, not keys
        // The same table in Chinese, as the console's: headers, verdicts, the unreadable folder.
        const ProcessResult zh = TestProcess::cli({QStringLiteral("history"), QStringLiteral("-c"), m_config,
                                                   QStringLiteral("--language"), QStringLiteral("zh_CN")});
        QVERIFY2(dumpUnless(zh.exitCode == 0, zh.all()), "history --language zh_CN failed");
        for (const QString& word :
             {QStringLiteral("开始时间（UTC）"), QStringLiteral("结论"), QStringLiteral("通过"),
              QStringLiteral("无法读取"), QStringLiteral("对比上次")})
            QVERIFY2(zh.out.contains(word), qPrintable(word + QLatin1Char('\n') + zh.out));
        QVERIFY2(!zh.out.contains(QStringLiteral("UNREADABLE")), qPrintable(zh.out));

        // Without the webhooks' variables (this test's own environment) the config still loads for history,
        // and a drill refuses in its preflight, naming the webhook and the variable.
        const ProcessResult refused = TestProcess::cli(
            {QStringLiteral("run"), QStringLiteral("-c"), m_config, QStringLiteral("--dry-run")}, 120000);
        QVERIFY2(dumpUnless(refused.exitCode == 3 &&
                                refused.out.contains(QStringLiteral("notification ops-webhook")) &&
                                refused.out.contains(QStringLiteral("HOOK_GENERIC is not set")),
                            refused.all()),
                 "a drill whose webhook variable is unset did not stop at its preflight");
        m_outputs << refused.all();

        // The report of the second drill: its comparison page and JSON, and its JUnit.
        const QString pdf = m_tmp.filePath(QStringLiteral("second.pdf"));
        const ProcessResult report =
            TestProcess::cli({QStringLiteral("report"), m_secondFolder, QStringLiteral("-o"), pdf}, 120000);
        QVERIFY2(dumpUnless(report.exitCode == 0, report.all()), "report failed");
        const ProcessResult text = TestProcess::run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY2(text.out.contains(QStringLiteral("Compared with the previous drill")),
                 "no comparison in the PDF");
        m_outputs << text.out << json.out << table.out << report.all();
        const QString summary = m_tmp.filePath(QStringLiteral("second.json"));
        QCOMPARE(TestProcess::cli({QStringLiteral("report"), m_secondFolder, QStringLiteral("-o"), summary})
                     .exitCode,
                 0);
        QVERIFY(QJsonDocument::fromJson(readText(summary).toUtf8())
                    .object()
                    .value(QStringLiteral("comparison"))
                    .isObject());
        const QString junit = m_tmp.filePath(QStringLiteral("second-report.xml"));
        QCOMPARE(TestProcess::cli({QStringLiteral("report"), m_secondFolder, QStringLiteral("-o"), junit})
                     .exitCode,
                 0);
        QVERIFY(readText(junit).contains(QStringLiteral("<testsuite ")));
    }

    void plantedSecretsAppearNowhere()
    {
        QStringList files;
        for (const QString& root : {m_journals, m_tmp.path()}) {
            QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
        }
        QVERIFY(files.size() > 8);
        for (const QString& file : std::as_const(files)) {
            if (file.endsWith(QLatin1String("ding.url")) || file.endsWith(QLatin1String("ding.secret")))
                continue; // where they belong
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray content = f.readAll();
            QVERIFY2(!content.contains(kToken),
                     qPrintable(file + QStringLiteral(" holds the webhook token")));
            QVERIFY2(!content.contains(kSecret),
                     qPrintable(file + QStringLiteral(" holds the signing secret")));
        }
        for (const QString& output : std::as_const(m_outputs)) {
            QVERIFY2(!output.contains(QString::fromLatin1(kToken)), qPrintable(output.left(2000)));
            QVERIFY2(!output.contains(QString::fromLatin1(kSecret)), qPrintable(output.left(2000)));
        }
    }

private:
    // One drill, the event loop running so that this test's servers answer the webhooks.
    ProcessResult drill(const QString& junit)
    {
        QProcess process;
        process.setProcessEnvironment(m_env);
        process.start(QStringLiteral(ETCD_DRILL_CLI),
                      {QStringLiteral("run"), QStringLiteral("-c"), m_config, QStringLiteral("--yes"),
                       QStringLiteral("--junit"), junit});
        ProcessResult result;
        if (!process.waitForStarted(10000))
            return result;
        const bool done = QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 240000);
        if (!done) {
            process.kill();
            process.waitForFinished(5000);
        }
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        result.exitCode = done && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        m_outputs << result.all();
        return result;
    }

    QJsonObject lastGeneric() const
    {
        for (auto it = m_hits.crbegin(); it != m_hits.crend(); ++it) {
            if (it->path == QLatin1String("webhook"))
                return it->body;
        }
        return {};
    }

    static QString journalFolderOf(const QString& out)
    {
        for (const QString& line : out.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("Journal: ")))
                return line.mid(9).trimmed();
        }
        return {};
    }

    static QString readText(const QString& file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    void writeFile(const QString& name, const QByteArray& content)
    {
        writeAbsolute(m_tmp.filePath(name), content);
    }

    static void writeAbsolute(const QString& path, const QByteArray& content)
    {
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
    }

    QTemporaryDir m_tmp;
    std::unique_ptr<LabFixture> m_lab;
    QHttpServer m_server;
    quint16 m_port = 0;
    QTcpServer m_hang;
    QList<QTcpSocket*> m_held;
    QList<Hit> m_hits;
    QProcessEnvironment m_env;
    QString m_config;
    QString m_journals;
    QString m_firstFolder;
    QString m_secondFolder;
    QStringList m_outputs;
};

QTEST_GUILESS_MAIN(TestHistoryLab)
#include "TestHistoryLab.moc"
