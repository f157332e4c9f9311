// LabStarter's refusals come back as values, on the owner's thread, without blocking it: a layout that fails
// validation (a routable address) and a directory that holds someone else's files. The successful start is
// exercised against a real lab by tests/gui/TestConsoleLab.
#include "session/LabStarter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace etcddrill;

namespace {

struct Outcome
{
    int calls = 0;
    bool ok = true;
    QString message;
    bool onOwnerThread = false;
};

} // namespace

class TestLabStarter : public QObject
{
    Q_OBJECT

private slots:
    void refusesRoutableAddress();
    void refusesForeignDirectory();

private:
    // finished() is emitted on the starter's thread; a receiver with a context object on this thread gets
    // it queued, as the GUI does.
    void record(LabStarter& starter, Outcome& outcome)
    {
        connect(&starter, &LabStarter::finished, this,
                [this, &outcome](bool ok, const QString& message, const DrillConfig&, const QString&) {
                    ++outcome.calls;
                    outcome.ok = ok;
                    outcome.message = message;
                    outcome.onOwnerThread = QThread::currentThread() == thread();
                });
    }
};

void TestLabStarter::refusesRoutableAddress()
{
    QTemporaryDir tmp;
    LabLayout layout;
    layout.dir = tmp.filePath(QStringLiteral("lab"));
    layout.baseAddress = QStringLiteral("192.0.2.10");
    LabStarter starter;
    Outcome outcome;
    record(starter, outcome);
    QVERIFY(starter.start(layout));
    QTRY_COMPARE_WITH_TIMEOUT(outcome.calls, 1, 10000);
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.message.contains(QStringLiteral("127.")), qPrintable(outcome.message));
    QVERIFY(outcome.onOwnerThread);
    QTRY_VERIFY(!starter.isRunning());
}

void TestLabStarter::refusesForeignDirectory()
{
    QTemporaryDir tmp;
    QFile someone(tmp.filePath(QStringLiteral("notes.txt")));
    QVERIFY(someone.open(QIODevice::WriteOnly));
    someone.write("not a lab\n");
    someone.close();
    LabLayout layout;
    layout.dir = tmp.path();
    layout.baseAddress = QStringLiteral("127.0.32.61");
    LabStarter starter;
    Outcome outcome;
    record(starter, outcome);
    QVERIFY(starter.start(layout));
    QTRY_COMPARE_WITH_TIMEOUT(outcome.calls, 1, 10000);
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.message.contains(QStringLiteral("not empty")), qPrintable(outcome.message));
    QVERIFY(QFile::exists(someone.fileName())); // nothing of theirs was touched
}

QTEST_GUILESS_MAIN(TestLabStarter)
#include "TestLabStarter.moc"
