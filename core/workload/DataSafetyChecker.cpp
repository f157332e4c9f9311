#include "DataSafetyChecker.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <vector>

namespace etcddrill {

namespace {

using Result = WorkloadOperation::Result;

// Pointers to the items of `items` by their key (keys are unique: every put writes a new one).
template <typename Item> QHash<QByteArray, const Item*> byKey(const QList<Item>& items)
{
    QHash<QByteArray, const Item*> index;
    index.reserve(items.size());
    for (const Item& item : items)
        index.insert(item.key, &item);
    return index;
}

} // namespace

QList<DataSafetyChecker::LostWrite> DataSafetyChecker::lostWrites(const QList<WorkloadOperation>& operations,
                                                                  const Read& read)
{
    const auto stored = byKey(read.kvs);
    QList<LostWrite> lost;
    for (const WorkloadOperation& op : operations) {
        if (op.result != Result::Ok)
            continue;
        const EtcdKeyValue* kv = stored.value(op.key);
        if (!kv)
            lost.append({op.sequence, op.key, read.member, LostWrite::Why::Missing});
        else if (kv->value != op.value)
            lost.append({op.sequence, op.key, read.member, LostWrite::Why::OtherValue});
        else if (kv->createRevision != op.revision)
            lost.append({op.sequence, op.key, read.member, LostWrite::Why::OtherRevision});
    }
    return lost;
}

DataSafetyChecker::UnknownOutcome
DataSafetyChecker::unknownOutcome(const QList<WorkloadOperation>& operations, const Read& read)
{
    const auto stored = byKey(read.kvs);
    UnknownOutcome outcome;
    for (const WorkloadOperation& op : operations) {
        if (op.result == Result::Unknown)
            ++(stored.contains(op.key) ? outcome.applied : outcome.notApplied);
    }
    return outcome;
}

QList<DataSafetyChecker::ForeignChange>
DataSafetyChecker::foreignKeys(const QList<WorkloadOperation>& operations, const Read& read)
{
    const auto written = byKey(operations);
    QList<ForeignChange> foreign;
    for (const EtcdKeyValue& kv : read.kvs) {
        const WorkloadOperation* op = written.value(kv.key);
        if (!op)
            foreign.append({kv.key, kv.modRevision, ForeignChange::What::UnwrittenKey});
        else if (op->result == Result::Failed)
            foreign.append({kv.key, kv.modRevision, ForeignChange::What::FailedButApplied});
        else if (kv.version > 1 || kv.modRevision != kv.createRevision)
            foreign.append({kv.key, kv.modRevision, ForeignChange::What::Overwritten});
    }
    return foreign;
}

QList<DataSafetyChecker::OrderViolation>
DataSafetyChecker::revisionOrder(const QList<WorkloadOperation>& operations)
{
    std::vector<const WorkloadOperation*> acknowledged;
    for (const WorkloadOperation& op : operations) {
        if (op.result == Result::Ok)
            acknowledged.push_back(&op);
    }
    QList<OrderViolation> violations;
    // Two puts never share a revision.
    std::vector<const WorkloadOperation*> byRevision = acknowledged;
    std::sort(byRevision.begin(), byRevision.end(),
              [](const auto* a, const auto* b) { return a->revision < b->revision; });
    for (size_t i = 1; i < byRevision.size(); ++i) {
        if (byRevision[i]->revision == byRevision[i - 1]->revision)
            violations.append({byRevision[i - 1]->sequence, byRevision[i]->sequence,
                               byRevision[i - 1]->revision, byRevision[i]->revision});
    }
    // Real-time order: walking the puts by start, every put that ended before this one started must have a
    // lower revision. The highest revision among those that ended is enough to compare with.
    std::vector<const WorkloadOperation*> byEnd = acknowledged;
    std::sort(byEnd.begin(), byEnd.end(), [](const auto* a, const auto* b) { return a->end < b->end; });
    std::vector<const WorkloadOperation*> byStart = acknowledged;
    std::sort(byStart.begin(), byStart.end(),
              [](const auto* a, const auto* b) { return a->start < b->start; });
    const WorkloadOperation* highest = nullptr;
    size_t ended = 0;
    for (const WorkloadOperation* op : byStart) {
        while (ended < byEnd.size() && byEnd[ended]->end < op->start) {
            if (!highest || byEnd[ended]->revision > highest->revision)
                highest = byEnd[ended];
            ++ended;
        }
        if (highest && op->revision < highest->revision) // equal revisions: reported above
            violations.append({highest->sequence, op->sequence, highest->revision, op->revision});
    }
    return violations;
}

DataSafetyChecker::WatchCheck DataSafetyChecker::watch(const QList<WorkloadOperation>& operations,
                                                       const QList<EtcdWatchEvent>& events)
{
    const auto written = byKey(operations);
    WatchCheck check;
    QHash<qint64, int> seen; // sequence → times reported
    qint64 previous = 0;
    for (const EtcdWatchEvent& event : events) {
        if (event.kv.modRevision < previous)
            ++check.outOfOrder;
        previous = std::max(previous, event.kv.modRevision);
        const WorkloadOperation* op = written.value(event.kv.key);
        if (event.type == EtcdWatchEvent::Type::Delete) {
            check.unexplained.append({event.kv.key, event.kv.modRevision, ForeignChange::What::Deleted});
            continue;
        }
        const bool explained = op && (op->result == Result::Unknown ||
                                      (op->result == Result::Ok && op->revision == event.kv.modRevision));
        if (!explained) {
            check.unexplained.append(
                {event.kv.key, event.kv.modRevision,
                 op ? ForeignChange::What::UnexplainedPut : ForeignChange::What::UnwrittenKey});
            continue;
        }
        ++seen[op->sequence];
    }
    for (const WorkloadOperation& op : operations) {
        const int times = seen.value(op.sequence);
        if (op.result == Result::Ok && times == 0)
            check.missing.append(op.sequence);
        if (times > 1)
            check.duplicated.append(op.sequence);
    }
    return check;
}

DataSafetyChecker::HashCheck DataSafetyChecker::hashes(const QList<EtcdHashResult>& results)
{
    HashCheck check;
    const EtcdHashResult* first = nullptr;
    bool same = true;
    for (const EtcdHashResult& result : results) {
        if (!result.ok())
            continue;
        ++check.answered;
        if (!first)
            first = &result;
        else if (result.hash != first->hash || result.compactRevision != first->compactRevision)
            same = false;
    }
    check.agree = check.answered >= 2 && same;
    return check;
}

namespace {

const char* lostName(DataSafetyChecker::LostWrite::Why why)
{
    using Why = DataSafetyChecker::LostWrite::Why;
    switch (why) {
    case Why::Missing:
        return "missing";
    case Why::OtherValue:
        return "other-value";
    case Why::OtherRevision:
        return "other-revision";
    }
    return "missing";
}

const char* foreignName(DataSafetyChecker::ForeignChange::What what)
{
    using What = DataSafetyChecker::ForeignChange::What;
    switch (what) {
    case What::UnwrittenKey:
        return "unwritten-key";
    case What::Overwritten:
        return "overwritten";
    case What::FailedButApplied:
        return "failed-but-applied";
    case What::Deleted:
        return "deleted";
    case What::UnexplainedPut:
        return "unexplained-put";
    }
    return "unwritten-key";
}

// The value at share q (0 to 1) of sorted values, nearest rank.
double percentile(const std::vector<double>& sorted, double q)
{
    const size_t rank = size_t(std::ceil(q * double(sorted.size())));
    return sorted[std::min(sorted.size() - 1, rank == 0 ? 0 : rank - 1)];
}

} // namespace

DataSafetyResult DataSafetyChecker::evaluate(const Inputs& in)
{
    DataSafetyResult r;
    r.prefix = in.prefix;
    r.rate = in.rate;
    r.puts = int(in.operations.size());
    for (const WorkloadOperation& op : in.operations) {
        switch (op.result) {
        case Result::Ok:
            ++r.acknowledged;
            break;
        case Result::Failed:
            ++r.failed;
            break;
        case Result::Unknown:
            ++r.unknown;
            break;
        }
    }
    const auto addFinding = [&r](DataSafetyResult::Finding finding) {
        if (r.findings.size() < DataSafetyResult::kMaxListed)
            r.findings.append(std::move(finding));
    };
    const auto written = byKey(in.operations);
    const auto sequenceOf = [&written](const QByteArray& key) -> qint64 {
        const WorkloadOperation* op = written.value(key);
        return op ? op->sequence : 0;
    };

    r.readDone = bool(in.linearizable);
    r.readError = in.readError;
    r.membersNotRead = in.membersNotRead;
    QSet<qint64> lostSequences;
    QSet<QByteArray> foreignKeysSeen;
    if (in.linearizable) {
        r.unknownApplied = unknownOutcome(in.operations, *in.linearizable).applied;
        QList<Read> reads{*in.linearizable};
        reads.append(in.memberReads);
        for (const Read& read : std::as_const(reads)) {
            if (!read.member.isEmpty())
                r.membersRead.append(read.member);
            for (const LostWrite& lost : lostWrites(in.operations, read)) {
                if (!lostSequences.contains(lost.sequence)) {
                    lostSequences.insert(lost.sequence);
                    addFinding({QLatin1String(lostName(lost.why)), QString::fromUtf8(lost.key), 0,
                                read.member, lost.sequence});
                }
            }
            for (const ForeignChange& change : foreignKeys(in.operations, read)) {
                if (!foreignKeysSeen.contains(change.key)) {
                    foreignKeysSeen.insert(change.key);
                    addFinding({QLatin1String(foreignName(change.what)), QString::fromUtf8(change.key),
                                change.revision, read.member, sequenceOf(change.key)});
                }
            }
        }
    }
    r.watched = in.watched;
    r.watchEvents = int(in.watchEvents.size());
    r.watchOpens = in.watchOpens;
    r.watchCompacted = in.watchCompacted;
    if (in.watched) {
        const WatchCheck check = watch(in.operations, in.watchEvents);
        r.watchMissing = int(check.missing.size());
        r.watchDuplicated = int(check.duplicated.size());
        r.watchOutOfOrder = check.outOfOrder;
        for (const ForeignChange& change : check.unexplained) {
            // A key the reads already named is one finding, whichever saw it first.
            if (!foreignKeysSeen.contains(change.key) || change.what == ForeignChange::What::Deleted) {
                foreignKeysSeen.insert(change.key);
                addFinding({QLatin1String(foreignName(change.what)), QString::fromUtf8(change.key),
                            change.revision, QStringLiteral("watch"), sequenceOf(change.key)});
            }
        }
    }
    r.foreign = int(foreignKeysSeen.size());
    r.lost = int(lostSequences.size());
    const QList<OrderViolation> order = revisionOrder(in.operations);
    r.orderViolations = int(order.size());
    for (const OrderViolation& v : order)
        addFinding({QStringLiteral("revision-order"), QString(), v.laterRevision, QString(), v.later});

    QList<EtcdHashResult> results;
    for (const Inputs::Hash& h : in.hashes) {
        results.append(h.result);
        DataSafetyResult::MemberHash member;
        member.member = h.member;
        member.answered = h.result.ok();
        member.hash = h.result.hash;
        member.compactRevision = h.result.compactRevision;
        member.error = h.result.ok() ? QString() : h.result.error.english();
        r.hashes.append(member);
    }
    const HashCheck hashCheck = hashes(results);
    r.hashesAgree = hashCheck.agree && hashCheck.answered == int(results.size());
    r.hashRevision = in.hashRevision;
    r.hashAttempts = in.hashAttempts;

    struct Bucket
    {
        const char* name;
        DataSafetyResult::Phase phase;
        std::vector<double> latencies;
    };
    Bucket buckets[3] = {{"before", {}, {}}, {"during-fault", {}, {}}, {"after-restore", {}, {}}};
    for (const WorkloadOperation& op : in.operations) {
        const int index = in.restoreAt && op.start >= *in.restoreAt ? 2
                          : in.faultAt && op.start >= *in.faultAt   ? 1
                                                                    : 0;
        Bucket& b = buckets[index];
        ++b.phase.puts;
        if (op.result == Result::Ok) {
            ++b.phase.ok;
            b.latencies.push_back(std::chrono::duration<double, std::milli>(op.end - op.start).count());
        } else if (op.result == Result::Failed) {
            ++b.phase.failed;
        } else {
            ++b.phase.unknown;
        }
    }
    for (Bucket& b : buckets) {
        b.phase.name = QLatin1String(b.name);
        if (!b.latencies.empty()) {
            std::sort(b.latencies.begin(), b.latencies.end());
            b.phase.p50Ms = percentile(b.latencies, 0.50);
            b.phase.p99Ms = percentile(b.latencies, 0.99);
        }
        r.phases.append(b.phase);
    }
    return r;
}

} // namespace etcddrill
