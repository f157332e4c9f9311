// The drill's client workload: puts at a fixed rate, each to a new key <prefix><sequence> with a value that
// names its sequence and time, spread round-robin over the members that answer. Every put has the clients'
// deadline and is never retried (a retry could apply it twice); every one is recorded as a
// WorkloadOperation: Ok with its revision, Failed when etcd cannot have applied it (the connection was
// refused, or etcd rejected the request before applying it), Unknown otherwise (a deadline, a connection
// lost mid-call: applied or not, nobody knows). A member whose put failed or timed out is skipped for a
// second, then tried again. stop() ends the puts; those in flight still finish (by their deadline).
//
// Thread: the thread of its clients (the drill engine's). Owner: the caller (Qt parent); the clients must
// outlive it.
#pragma once

#include "WorkloadOperation.h"
#include "etcd/EtcdCallResult.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>
#include <chrono>

namespace etcddrill {

class EtcdClient;
struct EtcdKvResult;

class WorkloadRunner : public QObject
{
    Q_OBJECT

public:
    struct Member
    {
        QString name;
        EtcdClient* client = nullptr;
    };

    // rate: puts per second (> 0).
    WorkloadRunner(QList<Member> members, QByteArray prefix, double rate, QObject* parent = nullptr);

    void start();
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    int inFlight() const { return m_inFlight; }
    const QList<WorkloadOperation>& operations() const { return m_operations; }
    const QByteArray& prefix() const { return m_prefix; }

    // How a put that did not succeed is recorded.
    static WorkloadOperation::Result classify(const EtcdCallResult& result);

signals:
    void operationFinished(const etcddrill::WorkloadOperation& operation);
    // After stop(), once the last put in flight has finished.
    void stopped();

private:
    void tick();
    void finish(qsizetype index, int member, const EtcdKvResult& result);
    int nextMember();

    QList<Member> m_members;
    QList<std::chrono::steady_clock::time_point> m_skipUntil; // per member
    QByteArray m_prefix;
    std::chrono::nanoseconds m_interval;
    QTimer m_timer;
    std::chrono::steady_clock::time_point m_started;
    qint64 m_due = 0; // puts the rate asks for since start()
    QList<WorkloadOperation> m_operations;
    int m_inFlight = 0;
    int m_next = 0;
    bool m_stopping = false;
};

} // namespace etcddrill
