// DataSafetyChecker over hand-built logs: a clean run finds nothing; a lost, changed or re-dated put is
// named with its sequence and the member whose read missed it; unknown puts count as applied or not;
// foreign keys, overwrites and failed-but-applied puts are foreign changes; revisions against real-time order
// and shared revisions are violations; the watch check finds missing, duplicated, reordered and unexplained
// events across re-opens; hashes agree only when two or more members answered alike.
#include "DataSafetyChecker.h"

#include <QtTest>

using namespace etcddrill;
using namespace std::chrono_literals;
using Result = WorkloadOperation::Result;
using Clock = std::chrono::steady_clock;

namespace {

const Clock::time_point t0 = Clock::time_point(100s);

// Put n: started at n × 50 ms, answered 10 ms later, revision 100 + n (the order etcd would give them).
WorkloadOperation op(qint64 n, Result result = Result::Ok)
{
    WorkloadOperation o;
    o.sequence = n;
    o.key = "/w/" + QByteArray::number(n);
    o.value = "v" + QByteArray::number(n);
    o.member = QStringLiteral("M%1").arg(n % 3 + 1);
    o.start = t0 + n * 50ms;
    o.end = o.start + 10ms;
    o.result = result;
    o.revision = result == Result::Ok ? 100 + n : 0;
    return o;
}

QList<WorkloadOperation> log(int count)
{
    QList<WorkloadOperation> ops;
    for (int n = 1; n <= count; ++n)
        ops.append(op(n));
    return ops;
}

EtcdKeyValue stored(const WorkloadOperation& o, qint64 revision = 0)
{
    const qint64 r = revision ? revision : o.revision;
    return EtcdKeyValue{o.key, o.value, r, r, 1};
}

DataSafetyChecker::Read readOf(const QList<WorkloadOperation>& ops, const QString& member = {})
{
    DataSafetyChecker::Read read;
    read.member = member;
    for (const WorkloadOperation& o : ops) {
        if (o.result == Result::Ok)
            read.kvs.append(stored(o));
    }
    return read;
}

EtcdWatchEvent put(const WorkloadOperation& o, qint64 revision = 0)
{
    return EtcdWatchEvent{EtcdWatchEvent::Type::Put, stored(o, revision)};
}

QList<EtcdWatchEvent> eventsOf(const QList<WorkloadOperation>& ops)
{
    QList<EtcdWatchEvent> events;
    for (const WorkloadOperation& o : ops) {
        if (o.result == Result::Ok)
            events.append(put(o));
    }
    return events;
}

EtcdHashResult hash(quint32 value, qint64 compact = 0, bool ok = true)
{
    EtcdHashResult r;
    r.hash = value;
    r.compactRevision = compact;
    if (!ok)
        r.grpcCode = 14; // UNAVAILABLE
    return r;
}

} // namespace

class TestDataSafetyChecker : public QObject
{
    Q_OBJECT

private slots:
    void cleanRunFindsNothing();
    void lostChangedAndRedatedPutsAreNamed();
    void unknownPutsCountEitherWay();
    void foreignChangesAreFound();
    void revisionsFollowRealTime();
    void watchFindsGapsDuplicatesAndStrangers();
    void hashesAgreeOnlyWhenAllAnswersMatch();
    void evaluateSumsUpACleanDrillPerPhase();
    void evaluateNamesEachLossAndChangeOnce();
};

void TestDataSafetyChecker::cleanRunFindsNothing()
{
    QList<WorkloadOperation> ops = log(20);
    ops[7].result = Result::Failed; // refused outright while quorum was lost: not there, not expected
    ops[7].revision = 0;
    ops[9].result = Result::Unknown;
    ops[9].revision = 0;
    const auto read = readOf(ops, QStringLiteral("M3"));
    QVERIFY(DataSafetyChecker::lostWrites(ops, read).isEmpty());
    QVERIFY(DataSafetyChecker::foreignKeys(ops, read).isEmpty());
    QVERIFY(DataSafetyChecker::revisionOrder(ops).isEmpty());
    const auto watch = DataSafetyChecker::watch(ops, eventsOf(ops));
    QVERIFY(watch.complete());
    const auto unknown = DataSafetyChecker::unknownOutcome(ops, read);
    QCOMPARE(unknown.applied, 0);
    QCOMPARE(unknown.notApplied, 1);
}

void TestDataSafetyChecker::lostChangedAndRedatedPutsAreNamed()
{
    const QList<WorkloadOperation> ops = log(10);
    auto read = readOf(ops, QStringLiteral("M3"));
    read.kvs.removeAt(2);             // put 3 is gone
    read.kvs[4].value = "something";  // put 6 holds another value
    read.kvs[6].createRevision = 999; // put 8 was created at another revision than acknowledged
    const auto lost = DataSafetyChecker::lostWrites(ops, read);
    QCOMPARE(lost.size(), 3);
    QCOMPARE(lost.at(0).sequence, qint64(3));
    QCOMPARE(lost.at(0).why, DataSafetyChecker::LostWrite::Why::Missing);
    QCOMPARE(lost.at(0).readFrom, QStringLiteral("M3"));
    QCOMPARE(lost.at(0).key, QByteArray("/w/3"));
    QCOMPARE(lost.at(1).sequence, qint64(6));
    QCOMPARE(lost.at(1).why, DataSafetyChecker::LostWrite::Why::OtherValue);
    QCOMPARE(lost.at(2).sequence, qint64(8));
    QCOMPARE(lost.at(2).why, DataSafetyChecker::LostWrite::Why::OtherRevision);
}

void TestDataSafetyChecker::unknownPutsCountEitherWay()
{
    QList<WorkloadOperation> ops = log(6);
    for (int i : {1, 3, 5}) {
        ops[i].result = Result::Unknown;
        ops[i].revision = 0;
    }
    auto read = readOf(ops);
    read.kvs.append(EtcdKeyValue{ops[3].key, ops[3].value, 150, 150, 1}); // one of them was applied
    const auto unknown = DataSafetyChecker::unknownOutcome(ops, read);
    QCOMPARE(unknown.applied, 1);
    QCOMPARE(unknown.notApplied, 2);
    // Neither lost (never acknowledged) nor foreign (an operation wrote it).
    QVERIFY(DataSafetyChecker::lostWrites(ops, read).isEmpty());
    QVERIFY(DataSafetyChecker::foreignKeys(ops, read).isEmpty());
    // A watch may or may not report an unknown put; reporting it is no gap and no stranger.
    QList<EtcdWatchEvent> events = eventsOf(ops);
    events.append(EtcdWatchEvent{EtcdWatchEvent::Type::Put, read.kvs.last()});
    QVERIFY(DataSafetyChecker::watch(ops, events).complete());
}

void TestDataSafetyChecker::foreignChangesAreFound()
{
    QList<WorkloadOperation> ops = log(5);
    ops[1].result = Result::Failed;
    ops[1].revision = 0;
    auto read = readOf(ops);
    read.kvs.append(EtcdKeyValue{"/w/intruder", "x", 200, 200, 1});       // nobody of ours wrote it
    read.kvs.append(EtcdKeyValue{ops[1].key, ops[1].value, 201, 201, 1}); // "failed", yet stored
    read.kvs[2].version = 2;                                              // put 4 overwritten later
    read.kvs[2].modRevision = 202;
    const auto foreign = DataSafetyChecker::foreignKeys(ops, read);
    QCOMPARE(foreign.size(), 3);
    using What = DataSafetyChecker::ForeignChange::What;
    QCOMPARE(foreign.at(0).what, What::Overwritten);
    QCOMPARE(foreign.at(0).key, QByteArray("/w/4"));
    QCOMPARE(foreign.at(0).revision, qint64(202));
    QCOMPARE(foreign.at(1).what, What::UnwrittenKey);
    QCOMPARE(foreign.at(1).key, QByteArray("/w/intruder"));
    QCOMPARE(foreign.at(2).what, What::FailedButApplied);
    QCOMPARE(foreign.at(2).key, QByteArray("/w/2"));
}

void TestDataSafetyChecker::revisionsFollowRealTime()
{
    QList<WorkloadOperation> ops = log(6);
    // Put 5 ended before put 6 started, yet got the higher revision: against real time.
    std::swap(ops[4].revision, ops[5].revision);
    auto violations = DataSafetyChecker::revisionOrder(ops);
    QCOMPARE(violations.size(), 1);
    QCOMPARE(violations.first().earlier, qint64(5));
    QCOMPARE(violations.first().later, qint64(6));
    QCOMPARE(violations.first().earlierRevision, qint64(106));
    QCOMPARE(violations.first().laterRevision, qint64(105));

    // Overlapping puts (both in flight at once) may be applied in either order.
    ops = log(6);
    ops[5].start = ops[4].start + 2ms;
    std::swap(ops[4].revision, ops[5].revision);
    QVERIFY(DataSafetyChecker::revisionOrder(ops).isEmpty());

    // Two puts never share a revision; unknown and failed puts have none to compare.
    ops = log(4);
    ops[3].revision = ops[1].revision;
    ops.append(op(7, Result::Unknown));
    violations = DataSafetyChecker::revisionOrder(ops);
    QVERIFY(!violations.isEmpty());
    QCOMPARE(violations.first().earlierRevision, violations.first().laterRevision);
}

void TestDataSafetyChecker::watchFindsGapsDuplicatesAndStrangers()
{
    const QList<WorkloadOperation> ops = log(8);
    QList<EtcdWatchEvent> events = eventsOf(ops);
    // Re-opened on another member from the last revision seen + 1, it must neither skip nor repeat: here
    // it skipped put 4 and repeated put 6.
    events.removeAt(3);
    events.insert(5, put(ops[5]));
    // A delete and a put no operation made, both named.
    events.append(EtcdWatchEvent{EtcdWatchEvent::Type::Delete, EtcdKeyValue{ops[0].key, {}, 101, 300, 0}});
    events.append(EtcdWatchEvent{EtcdWatchEvent::Type::Put, EtcdKeyValue{"/w/intruder", "x", 301, 301, 1}});
    // And a put of ours reported at a revision it was not acknowledged at.
    events.append(put(ops[7], 302));
    auto check = DataSafetyChecker::watch(ops, events);
    QVERIFY(!check.complete());
    QCOMPARE(check.missing, QList<qint64>{4});
    QCOMPARE(check.duplicated, QList<qint64>{6});
    QCOMPARE(check.outOfOrder, 0);
    QCOMPARE(check.unexplained.size(), 3);
    using What = DataSafetyChecker::ForeignChange::What;
    QCOMPARE(check.unexplained.at(0).what, What::Deleted);
    QCOMPARE(check.unexplained.at(0).revision, qint64(300));
    QCOMPARE(check.unexplained.at(1).what, What::UnwrittenKey);
    QCOMPARE(check.unexplained.at(2).what, What::UnexplainedPut);

    // Reordered events.
    events = eventsOf(ops);
    events.swapItemsAt(2, 5);
    check = DataSafetyChecker::watch(ops, events);
    QVERIFY(check.outOfOrder > 0);
    QVERIFY(check.missing.isEmpty());
}

void TestDataSafetyChecker::hashesAgreeOnlyWhenAllAnswersMatch()
{
    QVERIFY(DataSafetyChecker::hashes({hash(7), hash(7), hash(7)}).agree);
    QCOMPARE(DataSafetyChecker::hashes({hash(7), hash(7), hash(7)}).answered, 3);
    QVERIFY(!DataSafetyChecker::hashes({hash(7), hash(8), hash(7)}).agree);
    QVERIFY(!DataSafetyChecker::hashes({hash(7, 10), hash(7, 11)}).agree);
    // A member that did not answer is not counted; one answer alone proves nothing.
    const auto partial = DataSafetyChecker::hashes({hash(7), hash(0, 0, false), hash(7)});
    QVERIFY(partial.agree);
    QCOMPARE(partial.answered, 2);
    QVERIFY(!DataSafetyChecker::hashes({hash(7), hash(0, 0, false)}).agree);
    QVERIFY(!DataSafetyChecker::hashes({}).agree);
}

namespace {

DataSafetyChecker::Inputs cleanInputs(const QList<WorkloadOperation>& ops)
{
    DataSafetyChecker::Inputs in;
    in.prefix = QStringLiteral("/w/");
    in.rate = 20;
    in.operations = ops;
    in.linearizable = readOf(ops);
    for (const char* member : {"M1", "M2", "M3"})
        in.memberReads.append(readOf(ops, QLatin1String(member)));
    in.watched = true;
    in.watchEvents = eventsOf(ops);
    in.watchOpens = {QStringLiteral("M3 from 100"), QStringLiteral("M1 from 110")};
    for (const char* member : {"M1", "M2", "M3"})
        in.hashes.append({QLatin1String(member), hash(0xabc)});
    in.hashRevision = 131;
    in.hashAttempts = 1;
    in.faultAt = t0 + 500ms;    // puts 10 to 19 started while the target was down…
    in.restoreAt = t0 + 1000ms; // …and 20 on after the restore
    return in;
}

} // namespace

void TestDataSafetyChecker::evaluateSumsUpACleanDrillPerPhase()
{
    QList<WorkloadOperation> ops = log(30);
    ops[9].result = Result::Unknown; // put 10: its answer never came
    ops[9].revision = 0;
    ops[12].result = Result::Failed; // put 13: refused by the stopped member
    ops[12].revision = 0;
    const DataSafetyResult r = DataSafetyChecker::evaluate(cleanInputs(ops));
    QCOMPARE(r.puts, 30);
    QCOMPARE(r.acknowledged, 28);
    QCOMPARE(r.unknown, 1);
    QCOMPARE(r.unknownApplied, 0);
    QCOMPARE(r.failed, 1);
    QVERIFY(r.readDone);
    QCOMPARE(r.membersRead, QStringList({QStringLiteral("M1"), QStringLiteral("M2"), QStringLiteral("M3")}));
    QCOMPARE(r.lost, 0);
    QCOMPARE(r.foreign, 0);
    QCOMPARE(r.orderViolations, 0);
    QVERIFY(r.findings.isEmpty());
    QVERIFY(r.watchComplete());
    QCOMPARE(r.watchEvents, 28);
    QVERIFY(r.hashesAgree);
    QCOMPARE(r.phases.size(), 3);
    QCOMPARE(r.phases[0].name, QStringLiteral("before"));
    QCOMPARE(r.phases[0].puts, 9);
    QCOMPARE(r.phases[1].puts, 10);
    QCOMPARE(r.phases[1].ok, 8);
    QCOMPARE(r.phases[1].unknown, 1);
    QCOMPARE(r.phases[1].failed, 1);
    QCOMPARE(r.phases[2].puts, 11);
    QCOMPARE(*r.phases[0].p50Ms, 10.0);
    QCOMPARE(*r.phases[2].p99Ms, 10.0);
    QCOMPARE(r.phases[1].successRate(), 0.8);
    // Round trip through the journal's JSON.
    const DataSafetyResult back = DataSafetyResult::fromJson(r.toJson());
    QCOMPARE(back.toJson(), r.toJson());
}

void TestDataSafetyChecker::evaluateNamesEachLossAndChangeOnce()
{
    const QList<WorkloadOperation> ops = log(12);
    DataSafetyChecker::Inputs in = cleanInputs(ops);
    // M3 came back without put 4; someone overwrote put 6 everywhere; someone deleted put 8 (the watch saw
    // it).
    in.memberReads[2].kvs.removeAt(3);
    for (DataSafetyChecker::Read* read :
         {&*in.linearizable, &in.memberReads[0], &in.memberReads[1], &in.memberReads[2]}) {
        for (qsizetype i = read->kvs.size() - 1; i >= 0; --i) {
            EtcdKeyValue& kv = read->kvs[i];
            if (kv.key == "/w/6") {
                kv.value = "theirs";
                kv.modRevision = 140;
                kv.version = 2;
            } else if (kv.key == "/w/8") {
                read->kvs.removeAt(i);
            }
        }
    }
    EtcdWatchEvent overwrite = put(ops[5], 140);
    overwrite.kv.createRevision = ops[5].revision;
    overwrite.kv.value = "theirs";
    overwrite.kv.version = 2;
    EtcdWatchEvent removed{EtcdWatchEvent::Type::Delete, EtcdKeyValue{"/w/8", {}, 0, 141, 0}};
    in.watchEvents << overwrite << removed;
    in.hashes[2].result = hash(0xdef); // and its store differs
    in.membersNotRead = {};

    const DataSafetyResult r = DataSafetyChecker::evaluate(in);
    QCOMPARE(r.lost, 3); // 4 (M3's read), 6 (another value), 8 (missing), each once whatever read saw it
    QCOMPARE(r.foreign, 2);
    QStringList named;
    for (const DataSafetyResult::Finding& f : r.findings)
        named.append(QStringLiteral("%1 %2 %3 %4").arg(f.what, f.key, f.member).arg(f.revision));
    QVERIFY2(named.contains(QStringLiteral("missing /w/4 M3 0")), qPrintable(named.join(u';')));
    QVERIFY2(named.contains(QStringLiteral("other-value /w/6  0")), qPrintable(named.join(u';')));
    QVERIFY2(named.contains(QStringLiteral("missing /w/8  0")), qPrintable(named.join(u';')));
    QVERIFY2(named.contains(QStringLiteral("overwritten /w/6  140")), qPrintable(named.join(u';')));
    QVERIFY2(named.contains(QStringLiteral("deleted /w/8 watch 141")), qPrintable(named.join(u';')));
    QCOMPARE(named.size(), 5);
    QVERIFY(r.watchComplete()); // every acknowledged put seen once: the strangers are counted as foreign
    QVERIFY(!r.hashesAgree);
    QCOMPARE(r.hashes[2].hash, 0xdefu);

    // A member that did not answer HashKV: the hashes do not count as agreeing.
    DataSafetyChecker::Inputs partial = cleanInputs(ops);
    partial.hashes[1].result = hash(0, 0, false);
    QVERIFY(!DataSafetyChecker::evaluate(partial).hashesAgree);
    // The linearizable read failed: nothing can be judged, and says why.
    DataSafetyChecker::Inputs unread = cleanInputs(ops);
    unread.linearizable.reset();
    unread.readError = QStringLiteral("deadline exceeded");
    const DataSafetyResult none = DataSafetyChecker::evaluate(unread);
    QVERIFY(!none.readDone);
    QCOMPARE(none.readError, QStringLiteral("deadline exceeded"));
    QCOMPARE(none.lost, 0);
}

QTEST_GUILESS_MAIN(TestDataSafetyChecker)
#include "TestDataSafetyChecker.moc"
