// What the data-safety checks found after a drill's recovery, as figures: the workload's puts and what came
// of them, acknowledged puts lost (per read), changes under the prefix that no put explains, revisions out
// of the acknowledgements' order, the watch's completeness, the members' HashKV, what clients paid per
// phase (success rate, latency) and the cleanup. Made by DataSafetyChecker::evaluate() (and, for the
// cleanup, the drill); written to the journal ("data-safety") and summary.json ("data_safety"), read back
// by the report and the replay. Lists of individual findings are kept to the first kMaxListed; the counts
// are of all. A value type.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

namespace etcddrill {

struct DataSafetyResult
{
    static constexpr int kMaxListed = 20;

    struct Finding // one lost write, foreign change or order violation, named for a person to look up
    {
        QString what; // "missing", "other-value", "other-revision", "unwritten-key", "overwritten",
                      // "failed-but-applied", "deleted", "unexplained-put", "revision-order"
        QString key;
        qint64 revision = 0;
        QString member; // the read that saw it ("" the linearizable read, or the watch)
        qint64 sequence = 0;
    };
    struct MemberHash
    {
        QString member;
        bool answered = false;
        quint32 hash = 0;
        qint64 compactRevision = 0;
        QString error; // when not answered
    };
    struct Phase // the workload in one phase of the drill
    {
        QString name; // "before", "during-fault", "after-restore"
        int puts = 0;
        int ok = 0;
        int failed = 0;
        int unknown = 0;
        std::optional<double> p50Ms; // of the acknowledged puts
        std::optional<double> p99Ms;
        double successRate() const { return puts ? double(ok) / double(puts) : 1.0; }
    };

    QString prefix; // the workload's keys: <etcd.write-prefix>workload/<drill folder>/
    int rate = 0;   // puts per second asked for
    int puts = 0;
    int acknowledged = 0;
    int failed = 0;
    int unknown = 0;
    int unknownApplied = 0; // unknown puts whose key the linearizable read holds
    // The reads after the recovery: the linearizable one and one serializable read per member.
    bool readDone = false;
    QString readError;          // why the linearizable read failed
    QStringList membersRead;    // members whose serializable read was compared
    QStringList membersNotRead; // "M3: deadline exceeded"
    int lost = 0;               // acknowledged puts lost in at least one read
    int foreign = 0;            // keys or events under the prefix that no put explains
    int orderViolations = 0;
    QList<Finding> findings; // the first kMaxListed of all three
    // The watch.
    bool watched = false;
    int watchEvents = 0;
    QStringList watchOpens; // "M1 from 1234", in order
    int watchMissing = 0;
    int watchDuplicated = 0;
    int watchOutOfOrder = 0;
    bool watchCompacted = false;
    bool watchComplete() const
    {
        return watched && watchMissing == 0 && watchDuplicated == 0 && watchOutOfOrder == 0 &&
               !watchCompacted;
    }
    // HashKV at one revision.
    qint64 hashRevision = 0;
    int hashAttempts = 0;
    QList<MemberHash> hashes;
    bool hashesAgree = false;
    QList<Phase> phases;
    // The cleanup.
    qint64 deleted = 0;
    bool cleanedUp = false;
    QString cleanupError;   // why keys may be left
    QString cleanupCommand; // the etcdctl command that deletes them by hand

    QJsonObject toJson() const;
    static DataSafetyResult fromJson(const QJsonObject& json);
};

} // namespace etcddrill

Q_DECLARE_METATYPE(etcddrill::DataSafetyResult)
