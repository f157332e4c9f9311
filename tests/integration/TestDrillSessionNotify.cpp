// Notifications from a drill whose engine runs on its own thread, as in the console (DrillSession): the
// webhook's network manager must live on that thread. A config whose etcd endpoints refuse at once fails its
// preflight fast and stops nothing; the start and the verdict still reach a webhook served here (Qt
// HttpServer on 127.0.45.2), and Qt never warns about objects used across threads.
#include "session/DrillSession.h"

#include "config/ConfigLoader.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace etcddrill;

class TestDrillSessionNotify : public QObject
{
    Q_OBJECT

private slots:
    void notifiesFromTheEngineThread()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral("thread|Cannot create children")));
        QHttpServer server;
        QList<QJsonObject> received;
        server.route(QStringLiteral("/hook"), [&received](const QHttpServerRequest& request) {
            received.append(QJsonDocument::fromJson(request.body()).object());
            return QHttpServerResponse(QHttpServerResponse::StatusCode::Ok);
        });
        const quint16 port = server.listen(QHostAddress(QStringLiteral("127.0.45.2")), 0);
        QVERIFY(port > 0);
        qputenv("ETCD_DRILL_TEST_HOOK", QStringLiteral("http://127.0.45.2:%1/hook").arg(port).toUtf8());

        QTemporaryDir journals;
        QString yaml = QStringLiteral("cluster: refusing\nnodes:\n");
        for (int i = 1; i <= 3; ++i)
            yaml += QStringLiteral("  - name: M%1\n    etcd: http://127.0.0.1:%1\n").arg(i);
        yaml += QStringLiteral("drill:\n  journal-dir: %1\nnotify:\n  timeout: 2s\n  webhooks:\n"
                               "    - {name: team, format: webhook, url-env: ETCD_DRILL_TEST_HOOK}\n")
                    .arg(journals.path());
        const ConfigLoadResult loaded = ConfigLoader().loadFromString(yaml, QStringLiteral("refusing.yaml"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));

        DrillSession session(*loaded.config);
        QSignalSpy finished(&session, &DrillSession::finished);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(finished.first().first().value<DrillSummary>().outcome,
                 DrillSummary::Outcome::PreflightFailed);
        // The end waits for the verdict's message (at most 2 s), so both are in by now or very soon.
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 2, 5000);
        QCOMPARE(received.at(0).value(QStringLiteral("event")).toString(), QStringLiteral("start"));
        QCOMPARE(received.at(1).value(QStringLiteral("event")).toString(), QStringLiteral("verdict"));
        QCOMPARE(received.at(1).value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("preflight-failed"));
        QCOMPARE(received.at(1).value(QStringLiteral("cluster")).toString(), QStringLiteral("refusing"));
        // The delivery is in the journal, before drill-finished.
        QDir dir(journals.path());
        const QStringList drills = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(drills.size(), 1);
        QFile journal(dir.filePath(drills.first() + QStringLiteral("/journal.jsonl")));
        QVERIFY(journal.open(QIODevice::ReadOnly));
        const QByteArray text = journal.readAll();
        const qsizetype notified = text.indexOf("\"event\":\"verdict\"");
        QVERIFY2(notified > 0 && text.indexOf("\"type\":\"drill-finished\"") > notified,
                 text.right(1500).constData());
        QVERIFY(!text.contains(QByteArray::number(port) + "/hook")); // the URL is not in the journal
    }
};

QTEST_GUILESS_MAIN(TestDrillSessionNotify)
#include "TestDrillSessionNotify.moc"
