// HttpResponseParser: status and headers, the three ways a body ends (Content-Length, chunked, close),
// responses split at every byte, interim 1xx responses, keep-alive rules and malformed input.
#include "HttpResponseParser.h"

#include <QTest>

using namespace etcddrill;

using State = HttpResponseParser::State;

class TestHttpResponseParser : public QObject
{
    Q_OBJECT

private slots:
    void contentLength();
    void chunkedSplitAtEveryByte();
    void bodyUntilClose();
    void interimResponseSkipped();
    void keepAliveRules_data();
    void keepAliveRules();
    void malformed_data();
    void malformed();
    void cutShort();
};

void TestHttpResponseParser::contentLength()
{
    HttpResponseParser parser;
    QCOMPARE(parser.feed("HTTP/1.1 200 OK\r\nX-Etcd-Drill-Node:  M3 \r\nContent-Length: 2\r\n\r\no"),
             State::Incomplete);
    QVERIFY(parser.headersDone());
    QCOMPARE(parser.status(), 200);
    QCOMPARE(parser.header("x-etcd-drill-node"), QByteArray("M3"));
    QCOMPARE(parser.feed("k"), State::Complete);
    QCOMPARE(parser.bodyBytes(), 2);
    QVERIFY(parser.keepAlive());
}

void TestHttpResponseParser::chunkedSplitAtEveryByte()
{
    const QByteArray response = "HTTP/1.1 503 Service Unavailable\r\nTransfer-Encoding: chunked\r\n\r\n"
                                "5;ext=1\r\nhello\r\n10\r\n0123456789abcdef\r\n0\r\nTrailer: x\r\n\r\n";
    HttpResponseParser parser;
    for (qsizetype i = 0; i < response.size() - 1; ++i)
        QCOMPARE(parser.feed(response.mid(i, 1)), State::Incomplete);
    QCOMPARE(parser.feed(response.right(1)), State::Complete);
    QCOMPARE(parser.status(), 503);
    QCOMPARE(parser.bodyBytes(), 21);
    QVERIFY(parser.keepAlive());
}

void TestHttpResponseParser::bodyUntilClose()
{
    HttpResponseParser parser;
    QCOMPARE(parser.feed("HTTP/1.1 200 OK\r\n\r\nsome body"), State::Incomplete);
    QCOMPARE(parser.finishOnEof(), State::Complete);
    QCOMPARE(parser.bodyBytes(), 9);
    QVERIFY(!parser.keepAlive()); // the close was the body's end
}

void TestHttpResponseParser::interimResponseSkipped()
{
    HttpResponseParser parser;
    QCOMPARE(parser.feed("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n"), State::Complete);
    QCOMPARE(parser.status(), 204);
}

void TestHttpResponseParser::keepAliveRules_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<bool>("keepAlive");
    QTest::newRow("1.1 default") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n") << true;
    QTest::newRow("1.1 close") << QByteArray(
                                      "HTTP/1.1 200 OK\r\nConnection: Close\r\nContent-Length: 0\r\n\r\n")
                               << false;
    QTest::newRow("1.0 default") << QByteArray("HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n") << false;
    QTest::newRow("1.0 keep-alive") << QByteArray("HTTP/1.0 200 OK\r\nConnection: keep-alive\r\n"
                                                  "Content-Length: 0\r\n\r\n")
                                    << true;
    QTest::newRow("bytes after the body")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nxy") << false;
}

void TestHttpResponseParser::keepAliveRules()
{
    QFETCH(QByteArray, response);
    QFETCH(bool, keepAlive);
    HttpResponseParser parser;
    QCOMPARE(parser.feed(response), State::Complete);
    QCOMPARE(parser.keepAlive(), keepAlive);
}

void TestHttpResponseParser::malformed_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<QString>("error");
    QTest::newRow("not http") << QByteArray("\x15\x03\x01\x00\x02\x02\x46", 7)
                              << "the server did not answer with HTTP";
    QTest::newRow("status") << QByteArray("HTTP/1.1 2x0 OK\r\n\r\n") << "malformed status line";
    QTest::newRow("header") << QByteArray("HTTP/1.1 200 OK\r\nno colon\r\n\r\n") << "malformed header line";
    QTest::newRow("length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n")
                            << "malformed Content-Length";
    QTest::newRow("chunk") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
                           << "malformed chunk size";
    QTest::newRow("huge headers") << "HTTP/1.1 200 OK\r\nX: " + QByteArray(70 * 1024, 'a')
                                  << "response headers larger than 64 KiB";
}

void TestHttpResponseParser::malformed()
{
    QFETCH(QByteArray, response);
    QFETCH(QString, error);
    HttpResponseParser parser;
    QCOMPARE(parser.feed(response), State::Malformed);
    QCOMPARE(parser.error(), error);
}

void TestHttpResponseParser::cutShort()
{
    HttpResponseParser headers;
    headers.feed("HTTP/1.1 200 OK\r\nContent-Le");
    QCOMPARE(headers.finishOnEof(), State::Malformed);
    QCOMPARE(headers.error(), QStringLiteral("the connection closed before a complete response"));

    HttpResponseParser body;
    body.feed("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc");
    QCOMPARE(body.finishOnEof(), State::Malformed);
    QCOMPARE(body.error(), QStringLiteral("the connection closed in the middle of the response body"));
}

QTEST_GUILESS_MAIN(TestHttpResponseParser)
#include "TestHttpResponseParser.moc"
