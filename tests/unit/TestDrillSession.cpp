// DrillSession without a cluster: the config's etcd endpoints are closed ports on 127.0.0.1, which refuse at
// once, so the preflight fails fast and nothing is ever stopped. The session forwards the engine's signals to
// its owner's thread, finished() exactly once, and destroying it mid-drill returns at once while the engine
// goes on its own thread and that thread ends by itself.
#include "session/DrillSession.h"

#include "config/ConfigLoader.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <memory>

using namespace etcddrill;

namespace {

// Ports 1-3 of the loopback address: nothing listens there, the connection is refused at once.
std::optional<DrillConfig> refusingConfig(const QString& journalDir)
{
    QString yaml = QStringLiteral("cluster: refusing\nnodes:\n");
    for (int i = 1; i <= 3; ++i)
        yaml += QStringLiteral("  - name: M%1\n    etcd: http://127.0.0.1:%1\n").arg(i);
    yaml += QStringLiteral("drill:\n  journal-dir: %1\n").arg(journalDir);
    const ConfigLoadResult result = ConfigLoader().loadFromString(yaml, QStringLiteral("refusing.yaml"));
    if (!result.ok())
        qWarning("%s", qPrintable(result.errorText()));
    return result.config;
}

} // namespace

class TestDrillSession : public QObject
{
    Q_OBJECT

private slots:
    void forwardsFinishedOnce();
    void destroyingMidDrillDoesNotBlock();
    void destroyingBeforeStartEndsTheThread();

private:
    QTemporaryDir m_journals;
};

void TestDrillSession::forwardsFinishedOnce()
{
    const std::optional<DrillConfig> config = refusingConfig(m_journals.path());
    QVERIFY(config);
    DrillSession session(*config);
    QVERIFY(!session.steps().isEmpty());
    QCOMPARE(session.steps().first().id, DrillStep::Id::Preflight);
    QVERIFY(session.workerThread() != QThread::currentThread());

    QSignalSpy steps(&session, &DrillSession::stepChanged);
    QSignalSpy finished(&session, &DrillSession::finished);
    // Every forwarded signal reaches the owner's thread.
    bool allOnOwnerThread = true;
    connect(&session, &DrillSession::stepChanged, this,
            [&] { allOnOwnerThread = allOnOwnerThread && QThread::currentThread() == thread(); });
    connect(&session, &DrillSession::finished, this,
            [&] { allOnOwnerThread = allOnOwnerThread && QThread::currentThread() == thread(); });

    session.start();
    session.start(); // a second start() is ignored
    QVERIFY(session.isStarted());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QVERIFY(session.isFinished());
    const auto summary = finished.first().first().value<DrillSummary>();
    QCOMPARE(summary.outcome, DrillSummary::Outcome::PreflightFailed);
    QVERIFY(!summary.faultApplied); // nothing was stopped
    QVERIFY(!steps.isEmpty());
    QVERIFY(allOnOwnerThread);

    // Exactly once: nothing more comes, whatever the operator still does.
    session.abort(QString());
    session.confirmGate(QStringLiteral("M1"));
    QTest::qWait(500);
    QCOMPARE(finished.size(), 1);
}

void TestDrillSession::destroyingMidDrillDoesNotBlock()
{
    const std::optional<DrillConfig> config = refusingConfig(m_journals.path());
    QVERIFY(config);
    auto session = std::make_unique<DrillSession>(*config);
    QPointer<QThread> worker = session->workerThread();
    QSignalSpy steps(session.get(), &DrillSession::stepChanged);
    int finishedAfterDestruction = 0;
    connect(session.get(), &DrillSession::finished, this, [&] { ++finishedAfterDestruction; });
    session->start();
    // The preflight runs: the engine is busy with its monitor, its lock and its journal on its thread.
    QTRY_VERIFY_WITH_TIMEOUT(!steps.isEmpty(), 10000);
    QVERIFY(!session->isFinished());

    QElapsedTimer timer;
    timer.start();
    session.reset();
    // The old console waited here for the engine's destructor on its thread; now nothing is waited for.
    QVERIFY2(timer.elapsed() < 100, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));

    // The engine is deleted on its thread, the thread ends and deletes itself; no signal of the session
    // arrives afterwards.
    QVERIFY(worker);
    QTRY_VERIFY_WITH_TIMEOUT(worker.isNull(), 10000);
    QCOMPARE(finishedAfterDestruction, 0);
}

void TestDrillSession::destroyingBeforeStartEndsTheThread()
{
    const std::optional<DrillConfig> config = refusingConfig(m_journals.path());
    QVERIFY(config);
    auto session = std::make_unique<DrillSession>(*config);
    QPointer<QThread> worker = session->workerThread();
    QVERIFY(worker);
    session.reset();
    QTRY_VERIFY_WITH_TIMEOUT(worker.isNull(), 10000);
}

QTEST_GUILESS_MAIN(TestDrillSession)
#include "TestDrillSession.moc"
