// WorkloadRunner::classify: a put is Failed only when etcd cannot have applied it (refused before any
// connection, rejected by etcd before applying), Unknown for everything that may have reached etcd
// (deadline, a connection lost mid-call, cancellation). The runner itself runs against real etcd in
// TestEtcdClient::workloadSurvivesAMemberStopWithNothingLost.
#include "WorkloadRunner.h"

#include <QtTest>

using namespace etcddrill;
using Result = WorkloadOperation::Result;

namespace {

EtcdCallResult result(int code, const QString& message = {})
{
    EtcdCallResult r;
    r.grpcCode = code;
    r.grpcMessage = message;
    return r;
}

} // namespace

class TestWorkloadRunner : public QObject
{
    Q_OBJECT

private slots:
    void classifiesWhatMayHaveBeenApplied()
    {
        QCOMPARE(WorkloadRunner::classify(result(0)), Result::Ok);
        QCOMPARE(WorkloadRunner::classify(
                     result(14, QStringLiteral("failed to connect to all addresses; last error: "
                                               "UNKNOWN: ipv4:127.0.0.1:2379: Connection refused"))),
                 Result::Failed);
        // Unavailable for another reason (the connection broke with the put on the wire): unknown.
        QCOMPARE(WorkloadRunner::classify(result(14, QStringLiteral("Socket closed"))), Result::Unknown);
        QCOMPARE(WorkloadRunner::classify(result(4, QStringLiteral("Deadline Exceeded"))), Result::Unknown);
        QCOMPARE(WorkloadRunner::classify(result(1)), Result::Unknown);  // cancelled
        QCOMPARE(WorkloadRunner::classify(result(2)), Result::Unknown);  // unknown
        QCOMPARE(WorkloadRunner::classify(result(13)), Result::Unknown); // internal
        for (int rejected : {3, 7, 8, 9, 16})
            QCOMPARE(WorkloadRunner::classify(result(rejected)), Result::Failed);
    }
};

QTEST_GUILESS_MAIN(TestWorkloadRunner)
#include "TestWorkloadRunner.moc"
