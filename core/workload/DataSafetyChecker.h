// The checks that nothing the workload was told was stored got lost or changed behind its back, the way
// etcd's own robustness tests end every fault: every acknowledged put is still there with its value and
// revision (on every member), no key or change under the workload's prefix that no operation explains,
// revisions that follow the real-time order of the acknowledgements, a watch that saw every acknowledged
// put exactly once and in order, and members whose HashKV agree at one revision. Pure functions over the
// recorded operations and what the reads, the watch and HashKV returned; any thread.
#pragma once

#include "DataSafetyResult.h"
#include "WorkloadOperation.h"
#include "etcd/EtcdHashResult.h"
#include "etcd/EtcdKeyValue.h"
#include "etcd/EtcdWatchEvent.h"

#include <QList>
#include <QString>
#include <optional>

namespace etcddrill {

class DataSafetyChecker
{
public:
    // What one read of the workload's prefix returned; `member` empty for a linearizable read.
    struct Read
    {
        QString member;
        QList<EtcdKeyValue> kvs;
    };

    struct LostWrite
    {
        enum class Why : quint8 { Missing, OtherValue, OtherRevision };
        qint64 sequence = 0;
        QByteArray key;
        QString readFrom; // the member of the read that missed it; empty: the linearizable read
        Why why = Why::Missing;
    };
    // Every acknowledged put missing from the read, or there with another value or revision.
    static QList<LostWrite> lostWrites(const QList<WorkloadOperation>& operations, const Read& read);

    struct UnknownOutcome
    {
        int applied = 0; // unknown puts whose key the read holds
        int notApplied = 0;
    };
    static UnknownOutcome unknownOutcome(const QList<WorkloadOperation>& operations, const Read& read);

    struct ForeignChange
    {
        enum class What : quint8 { UnwrittenKey, Overwritten, FailedButApplied, Deleted, UnexplainedPut };
        QByteArray key;
        qint64 revision = 0; // the key's mod revision, or the event's
        What what = What::UnwrittenKey;
    };
    // Keys under the prefix that no operation wrote, keys changed after their put (version > 1), and keys of
    // puts that failed outright yet are there.
    static QList<ForeignChange> foreignKeys(const QList<WorkloadOperation>& operations, const Read& read);

    struct OrderViolation
    {
        qint64 earlier = 0; // the sequence acknowledged first…
        qint64 later = 0;   // …of the one started after it, which got a revision not above the first's
        qint64 earlierRevision = 0;
        qint64 laterRevision = 0;
    };
    // Acknowledged puts in real-time order (one ended before the other started) must have increasing
    // revisions; two puts never share one.
    static QList<OrderViolation> revisionOrder(const QList<WorkloadOperation>& operations);

    struct WatchCheck
    {
        QList<qint64> missing;            // acknowledged puts the watch never reported (sequence)
        QList<qint64> duplicated;         // reported more than once
        int outOfOrder = 0;               // events whose revision is below the one before
        QList<ForeignChange> unexplained; // deletes, and puts no operation made
        bool complete() const
        {
            return missing.isEmpty() && duplicated.isEmpty() && outOfOrder == 0 && unexplained.isEmpty();
        }
    };
    // `events`: everything the watch reported, re-opens included, in the order it arrived.
    static WatchCheck watch(const QList<WorkloadOperation>& operations, const QList<EtcdWatchEvent>& events);

    struct HashCheck
    {
        int answered = 0;   // members whose HashKV succeeded
        bool agree = false; // at least two answered, and every answer has one hash and compact revision
    };
    static HashCheck hashes(const QList<EtcdHashResult>& results);

    // Everything the drill gathered after the recovery, for evaluate().
    struct Inputs
    {
        QString prefix;
        int rate = 0;
        QList<WorkloadOperation> operations;
        std::optional<Read> linearizable; // unset: the read failed (readError)
        QString readError;
        QList<Read> memberReads;    // one serializable read per member that answered
        QStringList membersNotRead; // "M3: deadline exceeded"
        bool watched = false;
        QList<EtcdWatchEvent> watchEvents;
        QStringList watchOpens;
        bool watchCompacted = false;
        struct Hash
        {
            QString member;
            EtcdHashResult result;
        };
        QList<Hash> hashes; // the last attempt, one per member
        qint64 hashRevision = 0;
        int hashAttempts = 0;
        // Phase boundaries: puts started before the stop command, until the restore command, after it.
        std::optional<std::chrono::steady_clock::time_point> faultAt;
        std::optional<std::chrono::steady_clock::time_point> restoreAt;
    };
    // Every check above over `in`, as the figures the drill keeps (the cleanup is left to the caller).
    static DataSafetyResult evaluate(const Inputs& in);
};

} // namespace etcddrill
