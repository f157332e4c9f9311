// What one etcd endpoint reported in one poll of the ClusterMonitor (or why it could not report).
// A value type, copied into ClusterSnapshot and across threads by queued signals.
#pragma once

#include "i18n/LocalizedText.h"

#include <QString>
#include <QStringList>
#include <QtGlobal>
#include <chrono>

namespace etcddrill {

struct MemberStatus
{
    QString nodeName; // from the config ("M1")
    QString endpoint; // as configured ("https://127.0.10.1:2379")

    bool reachable = false; // Maintenance.Status answered within the deadline
    bool healthy =
        false; // the linearizable health read answered within the deadline (etcdctl endpoint health)
    LocalizedText error; // empty when healthy; otherwise what failed, in words an operator can act on
    int grpcCode = 0;    // grpc::StatusCode of the failing call, 0 (OK) when healthy

    quint64 memberId = 0;
    QString memberName; // from the member list, matched by member ID
    QString version;
    quint64 leaderId = 0; // the leader as this member sees it; 0 = none
    quint64 raftTerm = 0;
    quint64 raftIndex = 0;
    quint64 raftAppliedIndex = 0;
    qint64 revision = 0;
    qint64 dbSize = 0;
    qint64 dbSizeInUse = 0;
    QStringList alarms; // "NOSPACE", "CORRUPT" raised for this member
    bool isLearner = false;
    std::chrono::microseconds latency{0}; // of the Status call (the health read's latency when Status failed)

    // The opt-in write check (etcd.writeCheck): put, linearizable get, compare, delete of a unique key.
    bool writeChecked = false;                 // a check has run for this endpoint (latest outcome below)
    bool writeOk = false;                      // every step succeeded
    LocalizedText writeError;                  // first failing step: "put: no answer from … within 1000 ms"
    std::chrono::microseconds writeLatency{0}; // from the put to the end of the delete

    // Derived by ClusterSnapshot::derive(): leader's raftIndex minus ours; -1 when unknown (no leader, or
    // down).
    qint64 indexLag = -1;

    bool isLeader() const { return reachable && memberId != 0 && memberId == leaderId; }
};

} // namespace etcddrill
