// WebhookNotifier against HTTP servers on loopback (127.0.45.x): the body of each format as its service
// documents it (generic webhook, Slack, DingTalk signed, Feishu signed, WeCom), a robot that refuses the
// message with HTTP 200 and an errcode, a server that answers 500, one that never answers (the deadline),
// one that is not there — none holds up the others, and no delivery ever carries the URL's token.
#include "config/NotifySettings.h"
#include "notify/NotifyPayload.h"
#include "notify/WebhookNotifier.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace etcddrill;
using namespace std::chrono_literals;

namespace {

const QHostAddress kAddress(QStringLiteral("127.0.45.1"));
const QByteArray kToken = "tok-SECRET-7f3a9c";
const QString kSecret = QStringLiteral("SEC-signing-5b21");

struct Received
{
    QString path;
    QUrlQuery query;
    QJsonObject body;
};

} // namespace

class TestWebhookNotifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_server.route(QStringLiteral("/<arg>"), [this](const QString& kind,
                                                        const QHttpServerRequest& request) {
            m_received.append(
                {kind, QUrlQuery(request.url()), QJsonDocument::fromJson(request.body()).object()});
            if (kind == QLatin1String("fail500"))
                return QHttpServerResponse(QByteArrayLiteral("boom"),
                                           QHttpServerResponse::StatusCode::InternalServerError);
            if (kind == QLatin1String("refuse"))
                return QHttpServerResponse(
                    QJsonObject{{QStringLiteral("errcode"), 310000},
                                {QStringLiteral("errmsg"), QStringLiteral("sign not match")}});
            if (kind == QLatin1String("feishu"))
                return QHttpServerResponse(QJsonObject{{QStringLiteral("code"), 0},
                                                       {QStringLiteral("msg"), QStringLiteral("success")}});
            if (kind == QLatin1String("slack"))
                return QHttpServerResponse(QByteArrayLiteral("ok"));
            return QHttpServerResponse(QJsonObject{{QStringLiteral("errcode"), 0},
                                                   {QStringLiteral("errmsg"), QStringLiteral("ok")}});
        });
        m_port = m_server.listen(kAddress, 0);
        QVERIFY(m_port > 0);
        // Accepts and never answers.
        QVERIFY(m_hang.listen(kAddress, 0));
        connect(&m_hang, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_hang.nextPendingConnection())
                m_held.append(socket);
        });
        // Nothing listens here.
        QTcpServer probe;
        QVERIFY(probe.listen(kAddress, 0));
        m_closedPort = probe.serverPort();
        probe.close();
    }

    void init() { m_received.clear(); }

    void eachFormatAsItsServiceExpects()
    {
        QTemporaryDir dir;
        QProcessEnvironment env;
        NotifySettings settings;
        const auto hook = [&](const QString& name, NotifyTarget::Format format, const QString& path) {
            NotifyTarget t;
            t.name = name;
            t.format = format;
            t.urlEnv =
                QStringLiteral("URL_%1").arg(name.toUpper().replace(QLatin1Char('-'), QLatin1Char('_')));
            env.insert(t.urlEnv, url(path) + QStringLiteral("?access_token=") + QString::fromLatin1(kToken));
            return t;
        };
        settings.targets << hook(QStringLiteral("generic"), NotifyTarget::Format::Webhook,
                                 QStringLiteral("webhook"))
                         << hook(QStringLiteral("slack"), NotifyTarget::Format::Slack,
                                 QStringLiteral("slack"));
        NotifyTarget ding =
            hook(QStringLiteral("ding"), NotifyTarget::Format::DingTalk, QStringLiteral("dingtalk"));
        ding.secretEnv = QStringLiteral("DING_SECRET");
        env.insert(ding.secretEnv, kSecret);
        NotifyTarget feishu =
            hook(QStringLiteral("feishu"), NotifyTarget::Format::Feishu, QStringLiteral("feishu"));
        feishu.secretEnv = QStringLiteral("DING_SECRET");
        NotifyTarget wecom =
            hook(QStringLiteral("wecom"), NotifyTarget::Format::WeCom, QStringLiteral("wecom"));
        wecom.events = {QStringLiteral("verdict")}; // not told of the start
        settings.targets << ding << feishu << wecom;

        WebhookNotifier notifier(settings, env);
        QVERIFY(notifier.setupProblems().isEmpty());
        QSignalSpy delivered(&notifier, &WebhookNotifier::delivered);
        notifier.send(message(QStringLiteral("start")));
        QCOMPARE(notifier.pending(), 4);
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 4, 10000);
        for (const QList<QVariant>& args : std::as_const(delivered)) {
            const NotifyDelivery d = args.at(0).value<NotifyDelivery>();
            QVERIFY2(d.ok, qPrintable(d.describe()));
            QCOMPARE(d.event, QStringLiteral("start"));
        }
        QCOMPARE(notifier.pending(), 0);
        QHash<QString, Received> byPath;
        for (const Received& r : std::as_const(m_received))
            byPath.insert(r.path, r);
        QCOMPARE(byPath.size(), 4);
        QVERIFY(!byPath.contains(QStringLiteral("wecom")));

        const QJsonObject generic = byPath.value(QStringLiteral("webhook")).body;
        QCOMPARE(generic.value(QStringLiteral("source")).toString(), QStringLiteral("etcd-drill"));
        QCOMPARE(generic.value(QStringLiteral("event")).toString(), QStringLiteral("start"));
        QCOMPARE(generic.value(QStringLiteral("cluster")).toString(), QStringLiteral("lab"));
        QCOMPARE(generic.value(QStringLiteral("operator")).toString(), QStringLiteral("alice@ops1"));
        QCOMPARE(generic.value(QStringLiteral("summary")).toString(),
                 QStringLiteral("the drill of M3 began"));
        QVERIFY(byPath.value(QStringLiteral("slack"))
                    .body.value(QStringLiteral("text"))
                    .toString()
                    .contains(QStringLiteral(
                        "etcd-drill · lab · drill started (alice@ops1): the drill of M3 began")));

        const Received dingtalk = byPath.value(QStringLiteral("dingtalk"));
        QCOMPARE(dingtalk.body.value(QStringLiteral("msgtype")).toString(), QStringLiteral("text"));
        QVERIFY(dingtalk.body.value(QStringLiteral("text"))
                    .toObject()
                    .value(QStringLiteral("content"))
                    .toString()
                    .contains(QStringLiteral("etcd-drill · lab")));
        // 加签: the sign is HMAC-SHA256 over "timestamp\nsecret", Base64, in the query.
        const qint64 timestamp = dingtalk.query.queryItemValue(QStringLiteral("timestamp")).toLongLong();
        QVERIFY(timestamp > 0);
        QCOMPARE(dingtalk.query.queryItemValue(QStringLiteral("sign"), QUrl::FullyDecoded),
                 NotifyPayload::dingTalkSign(timestamp, kSecret));
        QCOMPARE(dingtalk.query.queryItemValue(QStringLiteral("access_token")), QString::fromLatin1(kToken));

        const QJsonObject lark = byPath.value(QStringLiteral("feishu")).body;
        QCOMPARE(lark.value(QStringLiteral("msg_type")).toString(), QStringLiteral("text"));
        QVERIFY(!lark.value(QStringLiteral("content"))
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toString()
                     .isEmpty());
        QCOMPARE(lark.value(QStringLiteral("sign")).toString(),
                 NotifyPayload::feishuSign(lark.value(QStringLiteral("timestamp")).toString().toLongLong(),
                                           kSecret));

        notifier.send(message(QStringLiteral("verdict")));
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 9, 10000);
        bool wecomSeen = false;
        for (const Received& r : std::as_const(m_received)) {
            if (r.path == QLatin1String("wecom")) {
                wecomSeen = true;
                QCOMPARE(r.body.value(QStringLiteral("msgtype")).toString(), QStringLiteral("text"));
            }
        }
        QVERIFY(wecomSeen);
    }

    void failuresNeitherBlockNorLeak()
    {
        QProcessEnvironment env;
        NotifySettings settings;
        settings.timeout = 700ms;
        // Each URL carries the token in its path or query, where the robots keep it.
        const QString token = QString::fromLatin1(kToken);
        const auto hook = [&](const QString& name, NotifyTarget::Format format, const QString& url) {
            NotifyTarget t;
            t.name = name;
            t.format = format;
            t.urlEnv = QStringLiteral("URL_%1").arg(name.toUpper());
            env.insert(t.urlEnv, url);
            return t;
        };
        const QString here = QStringLiteral("http://127.0.45.1:%1").arg(m_port);
        settings.targets << hook(QStringLiteral("hangs"), NotifyTarget::Format::Webhook,
                                 QStringLiteral("http://127.0.45.1:%1/hook/%2?access_token=%2")
                                     .arg(m_hang.serverPort())
                                     .arg(token))
                         << hook(QStringLiteral("gone"), NotifyTarget::Format::Slack,
                                 QStringLiteral("http://127.0.45.1:%1/hook/%2").arg(m_closedPort).arg(token))
                         << hook(QStringLiteral("fails"), NotifyTarget::Format::Webhook,
                                 here + QStringLiteral("/fail500?access_token=") + token)
                         << hook(QStringLiteral("refuses"), NotifyTarget::Format::DingTalk,
                                 here + QStringLiteral("/refuse?access_token=") + token)
                         << hook(QStringLiteral("works"), NotifyTarget::Format::WeCom,
                                 here + QStringLiteral("/wecom?key=") + token);
        NotifyTarget missing;
        missing.name = QStringLiteral("unset");
        missing.urlEnv = QStringLiteral("URL_NOT_SET");
        settings.targets << missing;

        WebhookNotifier notifier(settings, env);
        QCOMPARE(notifier.setupProblems().size(), 1);
        QVERIFY(notifier.setupProblems().first().contains(QStringLiteral("URL_NOT_SET is not set")));
        QSignalSpy delivered(&notifier, &WebhookNotifier::delivered);
        QSignalSpy drained(&notifier, &WebhookNotifier::drained);
        notifier.send(message(QStringLiteral("verdict")));
        // The working robot is told while the hanging one still waits for its deadline: first of all.
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 5, 10000);
        QCOMPARE(delivered.last().at(0).value<NotifyDelivery>().webhook, QStringLiteral("hangs"));
        QVERIFY(delivered.at(0).at(0).value<NotifyDelivery>().webhook != QLatin1String("hangs"));
        QCOMPARE(drained.size(), 1);
        QHash<QString, NotifyDelivery> byName;
        for (const QList<QVariant>& args : std::as_const(delivered)) {
            const NotifyDelivery d = args.at(0).value<NotifyDelivery>();
            byName.insert(d.webhook, d);
            QVERIFY2(!d.describe().contains(QString::fromLatin1(kToken)), qPrintable(d.describe()));
            QVERIFY2(!d.describe().contains(QStringLiteral("127.0.45.1")), qPrintable(d.describe()));
        }
        QVERIFY(byName.value(QStringLiteral("works")).ok);
        QCOMPARE(byName.value(QStringLiteral("fails")).problem, QStringLiteral("HTTP 500"));
        QCOMPARE(byName.value(QStringLiteral("fails")).httpStatus, 500);
        QCOMPARE(byName.value(QStringLiteral("refuses")).problem,
                 QStringLiteral("errcode 310000: sign not match"));
        QCOMPARE(byName.value(QStringLiteral("hangs")).problem, QStringLiteral("no answer within 700 ms"));
        QVERIFY(byName.value(QStringLiteral("hangs")).ms >= 650);
        QCOMPARE(byName.value(QStringLiteral("gone")).problem, QStringLiteral("connection refused"));
    }

    void fullQueueDropsTheOldest()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("URL_H"),
                   QStringLiteral("http://127.0.45.1:%1/x").arg(m_hang.serverPort()));
        NotifySettings settings;
        settings.timeout = 5s;
        NotifyTarget t;
        t.name = QStringLiteral("h");
        t.urlEnv = QStringLiteral("URL_H");
        settings.targets << t;
        WebhookNotifier notifier(settings, env);
        QSignalSpy delivered(&notifier, &WebhookNotifier::delivered);
        // "start" goes out at once (and hangs); "stop" is the oldest waiting, then the gates.
        notifier.send(message(QStringLiteral("start")));
        notifier.send(message(QStringLiteral("stop")));
        for (int i = 0; i < WebhookNotifier::kMaxQueued - 1; ++i)
            notifier.send(message(QStringLiteral("gate")));
        QCOMPARE(delivered.size(), 0);
        notifier.send(message(QStringLiteral("verdict")));
        notifier.send(message(QStringLiteral("abort")));
        // One in flight, kMaxQueued waiting; the oldest waiting two were dropped, the newest kept.
        QCOMPARE(notifier.pending(), WebhookNotifier::kMaxQueued + 1);
        QCOMPARE(delivered.size(), 2);
        QCOMPARE(delivered.at(0).at(0).value<NotifyDelivery>().event, QStringLiteral("stop"));
        QCOMPARE(delivered.at(1).at(0).value<NotifyDelivery>().event, QStringLiteral("gate"));
        QVERIFY(delivered.at(0).at(0).value<NotifyDelivery>().problem.startsWith(QStringLiteral("dropped")));
        const QList<NotifyDelivery> pending = notifier.pendingItems();
        QCOMPARE(pending.first().event, QStringLiteral("start"));
        QCOMPARE(pending.first().webhook, QStringLiteral("h"));
        QCOMPARE(pending.last().event, QStringLiteral("abort"));
    }

    // What the drill's preflight reports: a URL file that is gone or holds no http(s) URL, an unset
    // variable; never the file's content.
    void urlsThatCannotBeUsed()
    {
        QTemporaryDir dir;
        QFile ftp(dir.filePath(QStringLiteral("ftp.url")));
        QVERIFY(ftp.open(QIODevice::WriteOnly));
        ftp.write("ftp://files.example/" + kToken + "\n");
        ftp.close();
        NotifySettings settings;
        NotifyTarget wrong;
        wrong.name = QStringLiteral("wrong");
        wrong.urlFile = ftp.fileName();
        NotifyTarget gone;
        gone.name = QStringLiteral("gone");
        gone.urlFile = dir.filePath(QStringLiteral("missing.url"));
        NotifyTarget unset;
        unset.name = QStringLiteral("unset");
        unset.urlEnv = QStringLiteral("HOOK_NOT_SET");
        settings.targets << wrong << gone << unset;
        WebhookNotifier notifier(settings, QProcessEnvironment());
        const QString problems = notifier.setupProblems().join(QLatin1Char('\n'));
        QVERIFY2(problems.contains(QStringLiteral("wrong: its URL is not an http:// or https:// URL")),
                 qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("gone: no URL:")) &&
                     problems.contains(QStringLiteral("missing.url")),
                 qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("HOOK_NOT_SET is not set")), qPrintable(problems));
        QVERIFY(!problems.contains(QString::fromLatin1(kToken)));
        QCOMPARE(notifier.pending(), 0);
        notifier.send(message(QStringLiteral("start"))); // nothing to send to
        QCOMPARE(notifier.pending(), 0);
    }

    void cleanupTestCase()
    {
        qDeleteAll(m_held);
        m_held.clear();
    }

private:
    QString url(const QString& path) const
    {
        return QStringLiteral("http://127.0.45.1:%1/%2").arg(m_port).arg(path);
    }

    static NotifyMessage message(const QString& event)
    {
        NotifyMessage m;
        m.event = event;
        m.cluster = QStringLiteral("lab");
        m.operatorName = QStringLiteral("alice@ops1");
        m.summary = LocalizedText(QStringLiteral("the drill of M3 began"));
        m.time = QDateTime::currentDateTimeUtc();
        return m;
    }

    QHttpServer m_server;
    quint16 m_port = 0;
    QTcpServer m_hang;
    QList<QTcpSocket*> m_held;
    quint16 m_closedPort = 0;
    QList<Received> m_received;
};

QTEST_GUILESS_MAIN(TestWebhookNotifier)
#include "TestWebhookNotifier.moc"
