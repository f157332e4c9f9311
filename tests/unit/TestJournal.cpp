// JournalWriter and JournalReader: what the engine writes comes back field for field, every line carries seq,
// time, mono_ms and type in that order, a journal is never overwritten, and a journal cut off in the middle
// of its last line (a crash) is read up to that line with the cut reported.
#include "JournalReader.h"
#include "JournalWriter.h"

#include "probe/ManualClock.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace etcddrill;

class TestJournal : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        QTemporaryDir tmp;
        ManualClock clock;
        JournalWriter writer(&clock);
        QString error;
        const QString folder = tmp.filePath(QStringLiteral("lab-20250102T030405Z"));
        QVERIFY2(writer.create(folder, &error), qPrintable(error));
        QCOMPARE(writer.write(QStringLiteral("drill-started"),
                              QJsonObject{{QStringLiteral("cluster"), QStringLiteral("lab")}}),
                 1);
        clock.advance(std::chrono::milliseconds(1500));
        // Reserved keys in the fields do not override the line's own.
        QCOMPARE(
            writer.write(QStringLiteral("check"),
                         QJsonObject{{QStringLiteral("name"), QStringLiteral("etcd M1")},
                                     {QStringLiteral("passed"), true},
                                     {QStringLiteral("seq"), 99},
                                     {QStringLiteral("type"), QStringLiteral("bogus")},
                                     {QStringLiteral("text"), QStringLiteral("quotes \" and\nnew lines")}}),
            2);
        QCOMPARE(writer.write(QStringLiteral("note")), 3);
        writer.sync();
        writer.close();

        QFile raw(QDir(folder).filePath(QStringLiteral("journal.jsonl")));
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = raw.readAll().split('\n');
        QCOMPARE(lines.size(), 4); // three lines and the empty rest after the last '\n'
        QVERIFY2(lines[0].startsWith("{\"seq\":1,\"time\":\""), lines[0].constData());
        QVERIFY2(lines[0].contains("\",\"mono_ms\":"), lines[0].constData());
        QVERIFY2(lines[0].contains(",\"type\":\"drill-started\""), lines[0].constData());
        QVERIFY(lines[3].isEmpty());

        const JournalReadResult read = JournalReader::read(raw.fileName());
        QVERIFY2(read.ok(), qPrintable(read.error));
        QVERIFY(!read.truncatedLastLine);
        QVERIFY(read.problems.isEmpty());
        QCOMPARE(read.entries.size(), 3);
        QCOMPARE(read.entries[0].type, QStringLiteral("drill-started"));
        QCOMPARE(read.entries[0].text(QStringLiteral("cluster")), QStringLiteral("lab"));
        QCOMPARE(read.entries[1].seq, 2);
        QCOMPARE(read.entries[1].type, QStringLiteral("check"));
        QCOMPARE(read.entries[1].text(QStringLiteral("text")), QStringLiteral("quotes \" and\nnew lines"));
        QCOMPARE(read.entries[1].monoMs - read.entries[0].monoMs, 1500);
        QCOMPARE(
            read.entries[0].monoMs,
            std::chrono::duration_cast<std::chrono::milliseconds>(clock.now().time_since_epoch()).count() -
                1500);
        QVERIFY(read.entries[2].time.isValid());
        QCOMPARE(read.entries[2].time.timeSpec(), Qt::UTC);
        QCOMPARE(read.ofType(QStringLiteral("check")).size(), 1);

        // Never overwritten.
        JournalWriter again;
        QVERIFY(!again.create(folder, &error));
        QVERIFY2(error.contains(QStringLiteral("never overwritten")), qPrintable(error));

        // Continued (DrillRecovery): seq goes on.
        JournalWriter more;
        QVERIFY2(more.openExisting(raw.fileName(), read.entries.last().seq, &error), qPrintable(error));
        QCOMPARE(more.write(QStringLiteral("recover-started")), 4);
        more.close();
        QCOMPARE(JournalReader::read(raw.fileName()).entries.last().seq, 4);
    }

    void truncatedLastLine()
    {
        QTemporaryDir tmp;
        JournalWriter writer;
        QString error;
        QVERIFY(writer.create(tmp.path(), &error));
        writer.write(QStringLiteral("drill-started"));
        writer.write(QStringLiteral("fault-applied"),
                     QJsonObject{{QStringLiteral("node"), QStringLiteral("M3")}});
        writer.close();
        const QString file = writer.filePath();
        // A crash in the middle of the next write.
        QFile append(file);
        QVERIFY(append.open(QIODevice::Append));
        append.write("{\"seq\":3,\"time\":\"2025-01-02T03:04:05.678Z\",\"mono_ms\":12,\"type\":\"comm");
        append.close();

        const JournalReadResult read = JournalReader::read(file);
        QVERIFY(read.ok());
        QVERIFY(read.truncatedLastLine);
        QVERIFY2(read.truncatedText.startsWith(QStringLiteral("{\"seq\":3")), qPrintable(read.truncatedText));
        QCOMPARE(read.entries.size(), 2);
        QCOMPARE(read.entries.last().text(QStringLiteral("node")), QStringLiteral("M3"));
        QVERIFY(read.problems.isEmpty());

        // Whoever continues the journal starts on a fresh line, so the cut line stays one bad line.
        JournalWriter more;
        QVERIFY(more.openExisting(file, 2, &error));
        more.write(QStringLiteral("recover-started"));
        more.close();
        const JournalReadResult after = JournalReader::read(file);
        QVERIFY(!after.truncatedLastLine);
        QCOMPARE(after.entries.size(), 3);
        QCOMPARE(after.entries.last().type, QStringLiteral("recover-started"));
        QCOMPARE(after.problems.size(), 1); // the cut line, now in the middle
        QVERIFY2(after.problems.first().contains(QStringLiteral("journal.jsonl:3")),
                 qPrintable(after.problems.first()));
    }

    void damagedMiddleLineAndMissingFile()
    {
        const JournalReadResult read = JournalReader::parse(
            "{\"seq\":1,\"type\":\"a\"}\nnot json\n{\"seq\":2}\n\n{\"seq\":3,\"type\":\"c\"}\n",
            QStringLiteral("j.jsonl"));
        QCOMPARE(read.entries.size(), 2);
        QCOMPARE(read.entries.last().line, 5);
        QCOMPARE(read.problems.size(), 2);
        QVERIFY(read.problems[0].startsWith(QStringLiteral("j.jsonl:2:")));
        QVERIFY(read.problems[1].contains(QStringLiteral("seq and type")));
        QVERIFY(!read.truncatedLastLine);

        const JournalReadResult missing = JournalReader::read(QStringLiteral("/nonexistent/journal.jsonl"));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error.contains(QStringLiteral("/nonexistent/journal.jsonl")));
    }

    void folderNames()
    {
        QTemporaryDir tmp;
        const QDateTime at(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::UTC);
        const QString first = JournalWriter::newFolderPath(tmp.path(), QStringLiteral("prod cluster/1"), at);
        QCOMPARE(QFileInfo(first).fileName(), QStringLiteral("prod_cluster_1-20250102T030405Z"));
        QVERIFY(QDir().mkpath(first));
        QCOMPARE(QFileInfo(JournalWriter::newFolderPath(tmp.path(), QStringLiteral("prod cluster/1"), at))
                     .fileName(),
                 QStringLiteral("prod_cluster_1-20250102T030405Z-2"));
        QCOMPARE(QFileInfo(JournalWriter::newFolderPath(tmp.path(), QStringLiteral(".."), at)).fileName(),
                 QStringLiteral("cluster..-20250102T030405Z"));
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "TestJournal.moc"
