// The notify: section of a drill config: webhooks from a file or an environment variable, the refusal of a
// URL or secret in the file itself (and never echoing it), names, formats, events, signing secrets only where
// the robot signs, and ConfigWriter writing the section back without a URL. What the files and variables hold
// is read when a drill starts (TestWebhookNotifier, the preflight in TestHistoryLab).
#include "ConfigLoader.h"
#include "ConfigWriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace etcddrill;

namespace {

const QString kBase = QStringLiteral("cluster: lab\nnodes:\n  - name: M1\n    etcd: http://127.0.0.1:2379\n");
const QString kToken = QStringLiteral("tok-PLANTED-91ab");

} // namespace

class TestNotifyConfig : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile url(m_dir.filePath(QStringLiteral("ding.url")));
        QVERIFY(url.open(QIODevice::WriteOnly));
        url.write(
            QStringLiteral("https://oapi.dingtalk.com/robot/send?access_token=%1\n").arg(kToken).toUtf8());
        QFile bad(m_dir.filePath(QStringLiteral("bad.url")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(QStringLiteral("ftp://x/%1\n").arg(kToken).toUtf8());
    }

    void loadsAndWritesBack()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("DRILL_SLACK"),
                   QStringLiteral("https://hooks.slack.com/services/T/B/") + kToken);
        env.insert(QStringLiteral("DING_SECRET"), QStringLiteral("SEC123"));
        const QString text =
            kBase +
            QStringLiteral("notify:\n  timeout: 2s\n  webhooks:\n"
                           "    - name: sre-dingtalk\n      format: dingtalk\n      url-file: ding.url\n"
                           "      secret-env: DING_SECRET\n      events: [start, verdict]\n"
                           "    - name: slack\n      format: slack\n      url-env: DRILL_SLACK\n"
                           "    - name: lark\n      format: lark\n      url-env: DRILL_SLACK\n");
        const ConfigLoadResult r =
            ConfigLoader(env).loadFromString(text, m_dir.filePath(QStringLiteral("drill.yaml")));
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        const NotifySettings& n = r.config->notify;
        QCOMPARE(n.timeout, std::chrono::milliseconds(2000));
        QCOMPARE(n.targets.size(), 3);
        QCOMPARE(n.targets.at(0).format, NotifyTarget::Format::DingTalk);
        QCOMPARE(n.targets.at(0).urlFile, m_dir.filePath(QStringLiteral("ding.url")));
        QCOMPARE(n.targets.at(0).events, (QStringList{QStringLiteral("start"), QStringLiteral("verdict")}));
        QVERIFY(n.targets.at(0).wants(QStringLiteral("verdict")) &&
                !n.targets.at(0).wants(QStringLiteral("gate")));
        QVERIFY(n.targets.at(1).wants(QStringLiteral("gate")));
        QCOMPARE(n.targets.at(2).format, NotifyTarget::Format::Feishu);

        const QString yaml = ConfigWriter::toYaml(*r.config);
        QVERIFY(!yaml.contains(kToken));
        QVERIFY(yaml.contains(QStringLiteral("url-env: DRILL_SLACK")));
        QVERIFY(yaml.contains(QStringLiteral("events: [start, verdict]")));
        const ConfigLoadResult again =
            ConfigLoader(env).loadFromString(yaml, m_dir.filePath(QStringLiteral("again.yaml")));
        QVERIFY2(again.ok(), qPrintable(again.errorText()));
        QCOMPARE(again.config->notify.targets.size(), 3);
    }

    void mistakesSayWhatToDo_data()
    {
        QTest::addColumn<QString>("webhook");
        QTest::addColumn<QString>("message");
        QTest::newRow("url in the file")
            << QStringLiteral("      url: https://oapi.dingtalk.com/robot/send?access_token=%1\n").arg(kToken)
            << "holds the robot's token and does not belong in the config file";
        QTest::newRow("no url") << QString() << "add url-file:";
        QTest::newRow("not a variable name")
            << QStringLiteral("      url-env: \"$HOOK\"\n") << "is not an environment variable's name";
        QTest::newRow("file and variable")
            << QStringLiteral("      url-file: ding.url\n      url-env: HOOK\n")
            << "give url-file: or url-env:, not both";
        QTest::newRow("secret in the file")
            << QStringLiteral("      url-file: ding.url\n      secret: %1\n").arg(kToken)
            << "a signing secret does not belong in the config file";
        QTest::newRow("unknown event")
            << QStringLiteral("      url-file: ding.url\n      events: [verdikt]\n")
            << "'verdikt' is not an event";
    }

    void mistakesSayWhatToDo()
    {
        QFETCH(QString, webhook);
        QFETCH(QString, message);
        const QString text =
            kBase + QStringLiteral("notify:\n  webhooks:\n    - name: team\n      format: dingtalk\n") +
            webhook;
        const ConfigLoadResult r = ConfigLoader(QProcessEnvironment())
                                       .loadFromString(text, m_dir.filePath(QStringLiteral("drill.yaml")));
        QVERIFY(!r.ok());
        QVERIFY2(r.errorText().contains(message), qPrintable(r.errorText()));
        QVERIFY2(!r.errorText().contains(kToken), qPrintable(r.errorText()));
        QVERIFY2(r.errors.first().line > 0, qPrintable(r.errorText()));
    }

    // The URL's variable or file is read when a drill starts (its preflight), not when the config is
    // loaded: history, report and status need neither.
    void variablesAreNotNeededToLoad()
    {
        const QString text =
            kBase +
            QStringLiteral("notify:\n  webhooks:\n    - {name: team, format: wecom, url-env: NOT_SET_HERE}\n"
                           "    - {name: gone, format: slack, url-file: /nonexistent/hook.url}\n");
        const ConfigLoadResult r = ConfigLoader(QProcessEnvironment())
                                       .loadFromString(text, m_dir.filePath(QStringLiteral("drill.yaml")));
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QCOMPARE(r.config->notify.targets.first().urlEnv, QStringLiteral("NOT_SET_HERE"));
    }

    void namesAndSecrets()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("U"), QStringLiteral("https://example.test/hook"));
        env.insert(QStringLiteral("S"), QStringLiteral("secret"));
        const QString text =
            kBase + QStringLiteral("notify:\n  webhooks:\n"
                                   "    - {name: a, format: slack, url-env: U, secret-env: S}\n"
                                   "    - {name: a, format: wecom, url-env: U}\n"
                                   "    - {name: b, format: telegram, url-env: U}\n");
        const ConfigLoadResult r =
            ConfigLoader(env).loadFromString(text, m_dir.filePath(QStringLiteral("drill.yaml")));
        QVERIFY(!r.ok());
        const QString errors = r.errorText();
        QVERIFY2(errors.contains(QStringLiteral("only dingtalk and feishu robots sign")), qPrintable(errors));
        QVERIFY2(errors.contains(QStringLiteral("the name 'a' is taken")), qPrintable(errors));
        QVERIFY2(errors.contains(QStringLiteral("telegram")), qPrintable(errors));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestNotifyConfig)
#include "TestNotifyConfig.moc"
