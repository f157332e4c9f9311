#include "DataSafetyChecker.h"

#include <QHash>
#include <QSet>

#include <algorithm>
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

} // namespace etcddrill
