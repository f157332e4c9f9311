// ShellQuote against real shells: every nasty string must come back byte for byte after dash and bash parse
// the quoted word, once (local sh -c) and twice (ssh's remote login shell, then sh -c), and plain words must
// stay bare so commands read like the runbook.
#include "ShellQuote.h"

#include <QFile>
#include <QProcess>
#include <QTest>

using namespace etcddrill;

namespace {

// What `shell` makes of `commandLine`: stdout of `shell -c <commandLine>`.
QByteArray evaluate(const QString& shell, const QString& commandLine)
{
    QProcess process;
    process.start(shell, {QStringLiteral("-c"), commandLine});
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished();
        return QByteArrayLiteral("<timeout>");
    }
    return process.readAllStandardOutput();
}

QStringList shells()
{
    QStringList found;
    for (const QString& shell :
         {QStringLiteral("/bin/sh"), QStringLiteral("/bin/dash"), QStringLiteral("/bin/bash")}) {
        if (QFile::exists(shell))
            found.append(shell);
    }
    return found;
}

} // namespace

class TestShellQuote : public QObject
{
    Q_OBJECT

private slots:
    void plainWordsStayBare_data()
    {
        QTest::addColumn<QString>("word");
        QTest::newRow("path") << QStringLiteral("/etc/kubernetes/manifests/etcd.yaml");
        QTest::newRow("unit") << QStringLiteral("etcd@m1.service");
        QTest::newRow("option") << QStringLiteral("-o");
        QTest::newRow("key=value") << QStringLiteral("BatchMode=yes");
        QTest::newRow("user@host:port") << QStringLiteral("root@10.0.0.13:22");
    }
    void plainWordsStayBare()
    {
        QFETCH(QString, word);
        QCOMPARE(ShellQuote::quote(word), word);
    }

    void quotesWhatNeedsIt_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("empty") << QString() << QStringLiteral("''");
        QTest::newRow("space") << QStringLiteral("a b") << QStringLiteral("'a b'");
        QTest::newRow("single quote") << QStringLiteral("it's") << QStringLiteral("'it'\\''s'");
        QTest::newRow("dollar") << QStringLiteral("$HOME") << QStringLiteral("'$HOME'");
        QTest::newRow("tilde") << QStringLiteral("~root") << QStringLiteral("'~root'");
        QTest::newRow("leading =") << QStringLiteral("=ls") << QStringLiteral("'=ls'");
        QTest::newRow("glob") << QStringLiteral("*.yaml") << QStringLiteral("'*.yaml'");
    }
    void quotesWhatNeedsIt()
    {
        QFETCH(QString, word);
        QFETCH(QString, quoted);
        QCOMPARE(ShellQuote::quote(word), quoted);
    }

    void survivesRealShells_data()
    {
        QTest::addColumn<QString>("word");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces") << QStringLiteral("  two  spaces and\ttab ");
        QTest::newRow("single quotes") << QStringLiteral("'it''s' '");
        QTest::newRow("double quotes") << QStringLiteral("say \"hi\" \"");
        QTest::newRow("dollar") << QStringLiteral("$HOME ${PATH} $(id -u) $((1+1))");
        QTest::newRow("backticks") << QStringLiteral("`touch /tmp/etcd-drill-pwned` `");
        QTest::newRow("backslashes") << QStringLiteral("a\\b\\\\c\\n\\'");
        QTest::newRow("newlines") << QStringLiteral("line1\nline2\n\n'\n");
        QTest::newRow("leading dash") << QStringLiteral("-rf");
        QTest::newRow("leading dashes") << QStringLiteral("--help");
        QTest::newRow("operators") << QStringLiteral("a; b && c || d | e > f < g & h");
        QTest::newRow("globs and braces") << QStringLiteral("* ? [a-z] {a,b} ~ #comment");
        QTest::newRow("non-ASCII") << QStringLiteral("/root/sauvegarde é/备份");
        QTest::newRow("everything") << QStringLiteral("-x '$a' \"`b`\" \\ \n ~ * !");
    }
    void survivesRealShells()
    {
        QFETCH(QString, word);
        const QByteArray expected = word.toUtf8();
        for (const QString& shell : shells()) {
            // One level: what LocalTransport's sh -c sees.
            const QString once = QStringLiteral("printf '%s' ") + ShellQuote::quote(word);
            QCOMPARE(evaluate(shell, once), expected);
            // Two levels: ssh hands the remote login shell `sh -c '<script>'`, the script holds the word.
            const QString twice = ShellQuote::join({QStringLiteral("sh"), QStringLiteral("-c"), once});
            QCOMPARE(evaluate(shell, twice), expected);
        }
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/etcd-drill-pwned")));
    }

    void doubleQuoteSurvivesSh_data() { survivesRealShells_data(); }
    void doubleQuoteSurvivesSh()
    {
        QFETCH(QString, word);
        const QByteArray expected = word.toUtf8();
        for (const QString& shell : shells()) {
            const QString once = QStringLiteral("printf '%s' ") + ShellQuote::doubleQuote(word);
            QCOMPARE(evaluate(shell, once), expected);
            const QString twice = ShellQuote::join({QStringLiteral("sh"), QStringLiteral("-c"), once});
            QCOMPARE(evaluate(shell, twice), expected);
        }
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/etcd-drill-pwned")));
    }

    void doubleQuoteKeepsApostrophesReadable()
    {
        QCOMPARE(ShellQuote::doubleQuote(QStringLiteral("etcd's manifest")),
                 QStringLiteral("\"etcd's manifest\""));
        QCOMPARE(ShellQuote::doubleQuote(QStringLiteral("a\"$`\\b")), QStringLiteral("\"a\\\"\\$\\`\\\\b\""));
    }

    void joinKeepsWordsApart()
    {
        const QStringList words{QStringLiteral("a b"), QString(), QStringLiteral("c'd"),
                                QStringLiteral("-e")};
        const QString line = ShellQuote::join(words);
        QCOMPARE(line, QStringLiteral("'a b' '' 'c'\\''d' -e"));
        // printf repeats its format for each argument: one <word> per word, empty ones included.
        const QByteArray out = evaluate(QStringLiteral("/bin/sh"), QStringLiteral("printf '<%s>' ") + line);
        QCOMPARE(out, QByteArrayLiteral("<a b><><c'd><-e>"));
    }
};

QTEST_GUILESS_MAIN(TestShellQuote)
#include "TestShellQuote.moc"
