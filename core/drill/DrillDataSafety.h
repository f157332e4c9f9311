// The drill's client workload and what is checked of it (issue: prove nothing was lost): from the moment the
// preflight passed, puts at drill.workload.rate to new keys under <etcd.write-prefix>workload/<drill>/
// (WorkloadRunner) and a watch on that prefix from the revision before the first put, opened on the target
// and re-opened on another member when it stops (WorkloadWatcher). conclude() ends both and, when asked to
// verify (the target is back), reads the prefix linearizably and serializably from every member (waiting up
// to a few seconds for a member behind the linearizable read's revision), asks every member for HashKV at
// that revision (retried while the rejoined member catches up), judges everything (DataSafetyChecker) and
// then deletes the keys in batches (WorkloadCleanup) — also when not verifying, so that an abort leaves
// nothing behind. The result is journalled ("data-safety") and kept for the verdict; a failed cleanup is a
// note with the exact etcdctl command.
//
// Thread: the drill engine's. Owner: DrillEngine (Qt child); shutDown() before the engine's Private goes.
#pragma once

#include "workload/DataSafetyChecker.h"
#include "workload/DataSafetyResult.h"

#include "config/DrillConfig.h"

#include <QList>
#include <QObject>
#include <QTimer>
#include <chrono>
#include <functional>
#include <optional>

namespace etcddrill {

class DrillRecorder;
class EtcdClient;
class WorkloadCleanup;
class WorkloadRunner;
class WorkloadWatcher;

class DrillDataSafety : public QObject
{
    Q_OBJECT

public:
    using TimePoint = std::chrono::steady_clock::time_point;

    struct Live // what the faces count while the drill runs
    {
        int puts = 0;
        int acknowledged = 0;
        int failed = 0;
        int unknown = 0;
        int watchEvents = 0;
        int watchOpens = 0;
    };

    DrillDataSafety(const DrillConfig& config, DrillRecorder& recorder, QObject* parent = nullptr);
    ~DrillDataSafety() override;

    bool enabled() const; // drill.workload.rate above 0
    // From the preflight's end: `watchOn` is the member the watch starts on (the target).
    void start(const QString& drillId, const QString& watchOn);
    bool started() const { return m_started; }
    // Started and neither concluding nor concluded: conclude() is still due.
    bool needsConclusion() const { return m_started && !m_concluding && !m_concluded; }
    bool isConcluding() const { return m_concluding; }
    Live live() const;
    // Stops the workload and the watch; verifies when `verify`, then cleans up; `done` once all is over
    // (bounded: every step has its deadline).
    void conclude(bool verify, std::optional<TimePoint> faultAt, std::optional<TimePoint> restoreAt,
                  std::function<void()> done);
    const std::optional<DataSafetyResult>& result() const { return m_result; }
    // While concluding (an abort): the checks still to come are skipped; the keys are deleted all the same.
    void hurry();
    void shutDown();

    static QByteArray prefixFor(const DrillConfig& config, const QString& drillId);
    // `ETCDCTL_API=3 etcdctl --endpoints=… [--cacert=… --cert=… --key=…] del --prefix '<prefix>'`
    static QString cleanupCommand(const DrillConfig& config, const QByteArray& prefix);

private:
    struct Member
    {
        QString name;
        EtcdClient* client = nullptr;
    };
    using ReadDone =
        std::function<void(const DataSafetyChecker::Read& read, qint64 revision, const QString& error)>;

    void askStartRevision(int index, int round);
    void beginWorkload(qint64 revision);
    void afterRunnerStopped();
    void waitForWatch();
    void readLinearizable(int member);
    void readMembers(int index, int attempt);
    void askHashes(int attempt);
    void evaluate();
    void cleanUp();
    void readAll(EtcdClient* client, bool linearizable, const QByteArray& from, DataSafetyChecker::Read read,
                 qint64 revision, ReadDone done);

    const DrillConfig& m_config;
    DrillRecorder& m_recorder;
    QList<Member> m_members;
    QByteArray m_prefix;
    QString m_watchOn;
    WorkloadRunner* m_runner = nullptr;   // child
    WorkloadWatcher* m_watcher = nullptr; // child
    WorkloadCleanup* m_cleanup = nullptr; // child
    QTimer m_wait;
    bool m_started = false;
    bool m_concluding = false;
    bool m_concluded = false;
    bool m_verify = false;
    bool m_shutDown = false;
    bool m_hurry = false;
    TimePoint m_waitUntil;
    Live m_live;                     // counted as the puts end
    qint64 m_newestAcknowledged = 0; // the highest revision a put was acknowledged at
    DataSafetyChecker::Inputs m_in;
    std::optional<DataSafetyResult> m_result;
    std::function<void()> m_done;
};

} // namespace etcddrill
