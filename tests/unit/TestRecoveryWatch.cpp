// RecoveryWatch fed hand-built snapshots of a three-member cluster whose M3 (member 33) was started again,
// with a recorder without a journal and no probes: back and stable for the settle (recovered, step passed,
// "recovery time" checked); a settle interrupted by a lagging M3 that then holds; the deadline passing
// with the last problem; another member ID failing at once; fail() from outside (the target never
// answered); and cancel() leaving no result. Timers are real and short (settle 150 ms, deadline 400 ms).
#include "RecoveryWatch.h"

#include "DrillRecorder.h"
#include "ProbeImpactRecorder.h"

#include "probe/SteadyClock.h"

#include "../support/CheckNamed.h"
#include "../support/ThreeMemberSnapshot.h"

#include <QSignalSpy>
#include <QTest>

using namespace etcddrill;
using namespace std::chrono_literals;

namespace {

DrillConfig threeNodes()
{
    DrillConfig config;
    for (const char* name : {"M1", "M2", "M3"}) {
        NodeConfig node;
        node.name = QString::fromLatin1(name);
        config.nodes.append(node);
    }
    config.drill.startTimeout = 200ms;
    config.drill.hypothesis.maxRecovery = 200ms;
    config.drill.settle = 150ms;
    config.drill.maxIndexLag = 50;
    return config;
}

ClusterSnapshot at(ClusterSnapshot s)
{
    s.at = SteadyClock::instance().now();
    return s;
}

const DrillCheck* named(const QList<DrillCheck>& checks, const char* name)
{
    return test::checkNamed(checks, name);
}

} // namespace

class TestRecoveryWatch : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_recorder = std::make_unique<DrillRecorder>();
        m_probes = std::make_unique<ProbeImpactRecorder>(m_config, SteadyClock::instance(), *m_recorder);
        m_watch = std::make_unique<RecoveryWatch>(m_config, SteadyClock::instance(), *m_recorder, *m_probes);
    }
    void cleanup()
    {
        m_watch.reset();
        m_probes.reset();
        m_recorder.reset();
    }

    void backAndStable()
    {
        QSignalSpy settling(m_watch.get(), &RecoveryWatch::settlingChanged);
        QSignalSpy finished(m_watch.get(), &RecoveryWatch::finished);
        const auto issued = SteadyClock::instance().now() - 1s;
        m_watch->start(target(), issued, issued + 500ms, nullptr);
        QVERIFY(m_watch->isRunning());
        m_watch->onSnapshot(at(test::threeMemberSnapshot()));
        QCOMPARE(settling.count(), 1);
        QVERIFY(settling.first().at(0).toBool());
        QVERIFY(m_watch->recovery().has_value());
        QVERIFY(*m_watch->recovery() >= 1s);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 2000);
        QVERIFY(!m_watch->isRunning());
        QVERIFY(m_watch->problem().isEmpty());
        QCOMPARE(m_watch->memberIdAfter().value_or(0), quint64(0x33));
        QCOMPARE(stepState(), DrillStep::State::Passed);
        QVERIFY(named(m_recorder->checks(), "recovery time"));
        QVERIFY(named(m_recorder->checks(), "same member")->passed());
    }

    void settleInterruptedThenHolds()
    {
        QSignalSpy settling(m_watch.get(), &RecoveryWatch::settlingChanged);
        QSignalSpy finished(m_watch.get(), &RecoveryWatch::finished);
        const auto issued = SteadyClock::instance().now();
        m_watch->start(target(), issued, issued, nullptr);
        QTest::qWait(5); // snapshots after the answer, on purpose
        m_watch->onSnapshot(at(test::threeMemberSnapshot()));
        ClusterSnapshot behind = test::threeMemberSnapshot();
        behind.endpoints[2].indexLag = 500;
        m_watch->onSnapshot(at(behind));
        QCOMPARE(settling.count(), 2);
        QVERIFY(!settling.last().at(0).toBool());
        QVERIFY(!m_watch->recovery());
        QVERIFY(!m_watch->problem().isEmpty());
        m_watch->onSnapshot(at(test::threeMemberSnapshot()));
        QCOMPARE(settling.count(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 2000);
        QCOMPARE(stepState(), DrillStep::State::Passed);
    }

    void deadlinePassesWithTheLastProblem()
    {
        QSignalSpy finished(m_watch.get(), &RecoveryWatch::finished);
        const auto issued = SteadyClock::instance().now();
        m_watch->start(target(), issued, issued, nullptr);
        QTest::qWait(5);
        ClusterSnapshot behind = test::threeMemberSnapshot();
        behind.endpoints[2].indexLag = 500;
        m_watch->onSnapshot(at(behind));
        QCOMPARE(finished.count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 2000);
        QVERIFY(!m_watch->recovery());
        QVERIFY2(m_watch->problem().english().contains(QStringLiteral("M3")),
                 qPrintable(m_watch->problem().english()));
        QCOMPARE(stepState(), DrillStep::State::Failed);
        const DrillCheck* recovery = named(m_recorder->checks(), "recovery");
        QVERIFY(recovery && !recovery->passed());
        QCOMPARE(recovery->expected, QStringLiteral("recovered within 400ms of the start command"));
        QVERIFY(!named(m_recorder->checks(), "caught up")->passed());
    }

    void anotherMemberIdFailsAtOnce()
    {
        QSignalSpy finished(m_watch.get(), &RecoveryWatch::finished);
        const auto issued = SteadyClock::instance().now();
        m_watch->start(target(), issued, issued, nullptr);
        QTest::qWait(5);
        ClusterSnapshot other = test::threeMemberSnapshot();
        other.endpoints[2].memberId = 0x44;
        other.members[2].id = 0x44;
        m_watch->onSnapshot(at(other));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(stepState(), DrillStep::State::Failed);
        QVERIFY(!named(m_recorder->checks(), "same member")->passed());
    }

    void failFromOutsideAndCancel()
    {
        QSignalSpy finished(m_watch.get(), &RecoveryWatch::finished);
        const ClusterSnapshot last = at(test::threeMemberSnapshot());
        m_watch->fail(target(), LocalizedText(QStringLiteral("M3's etcd does not answer")), &last);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(m_watch->problem().english(), QStringLiteral("M3's etcd does not answer"));
        QCOMPARE(stepState(), DrillStep::State::Failed);

        RecoveryWatch other(m_config, SteadyClock::instance(), *m_recorder, *m_probes);
        QSignalSpy none(&other, &RecoveryWatch::finished);
        const auto issued = SteadyClock::instance().now();
        other.start(target(), issued, issued, nullptr);
        other.cancel();
        QVERIFY(!other.isRunning());
        other.onSnapshot(at(test::threeMemberSnapshot()));
        QTest::qWait(600); // past the deadline, on purpose: nothing may come
        QCOMPARE(none.count(), 0);
    }

private:
    static RecoveryWatch::Target target() { return {QStringLiteral("M3"), 0x33, 0x33}; }
    DrillStep::State stepState() const
    {
        for (const DrillStep& step : m_recorder->steps()) {
            if (step.id == DrillStep::Id::Recovery)
                return step.state;
        }
        return DrillStep::State::Pending;
    }

    DrillConfig m_config = threeNodes();
    std::unique_ptr<DrillRecorder> m_recorder;
    std::unique_ptr<ProbeImpactRecorder> m_probes;
    std::unique_ptr<RecoveryWatch> m_watch;
};

QTEST_GUILESS_MAIN(TestRecoveryWatch)
#include "TestRecoveryWatch.moc"
