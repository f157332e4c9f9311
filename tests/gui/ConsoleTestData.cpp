#include "ConsoleTestData.h"

#include <QCoreApplication>
#include <QSettings>

#include <cmath>

namespace etcddrill::test {

void ConsoleTestData::isolateSettings(const QString& dir)
{
    QCoreApplication::setOrganizationName(QStringLiteral("etcd-drill-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("etcd-drill"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir);
}

DrillConfig ConsoleTestData::config(int nodes)
{
    DrillConfig config;
    config.clusterName = QStringLiteral("game-day");
    config.sourceFile = QStringLiteral("/tmp/game-day/drill.yaml");
    for (int i = 0; i < nodes; ++i) {
        NodeConfig node;
        node.name = QStringLiteral("M%1").arg(i + 1);
        node.etcdEndpoint = QStringLiteral("https://10.0.0.%1:2379").arg(i + 11);
        node.apiserverUrl = QStringLiteral("https://10.0.0.%1:6443").arg(i + 11);
        config.nodes.append(node);
    }
    ProbeTargetConfig vip;
    vip.name = QStringLiteral("vip");
    vip.url = QStringLiteral("https://10.0.0.100:6443/readyz");
    ProbeTargetConfig domain;
    domain.name = QStringLiteral("domain");
    domain.url = QStringLiteral("https://k8s.example.test:6443/readyz");
    config.probes.targets = {vip, domain};
    return config;
}

ClusterSnapshot ConsoleTestData::snapshot(const DrillConfig& config, int leader, quint64 term,
                                          const QSet<int>& down, quint64 sequence)
{
    ClusterSnapshot snapshot;
    snapshot.sequence = sequence;
    snapshot.at = std::chrono::steady_clock::now();
    snapshot.wallTime = QDateTime::currentDateTime();
    const qint64 leaderIndex = 1000 + qint64(sequence) * 10;
    for (int i = 0; i < config.nodes.size(); ++i) {
        MemberStatus status;
        status.nodeName = config.nodes.at(i).name;
        status.endpoint = config.nodes.at(i).etcdEndpoint;
        status.memberId = memberId(i);
        if (down.contains(i)) {
            status.error =
                QStringLiteral("no answer from %1 within 1000 ms (connection refused)").arg(status.endpoint);
            status.grpcCode = 14;
        } else {
            status.reachable = true;
            status.healthy = true;
            status.version = QStringLiteral("3.5.9");
            status.leaderId = memberId(leader);
            status.raftTerm = term;
            status.raftIndex = quint64(leaderIndex - (i == leader ? 0 : i));
            status.raftAppliedIndex = status.raftIndex;
            status.revision = 4200 + qint64(sequence);
            status.dbSize = 2 * 1024 * 1024 + i * 4096;
            status.dbSizeInUse = status.dbSize / 2;
            status.latency = std::chrono::microseconds(1200 + i * 300);
        }
        snapshot.endpoints.append(status);
        MemberInfo info;
        info.id = memberId(i);
        info.name = status.nodeName;
        snapshot.members.append(info);
    }
    snapshot.derive();
    return snapshot;
}

QList<ProbeSample> ConsoleTestData::samples(std::chrono::steady_clock::time_point start, int count,
                                            std::chrono::milliseconds interval, int failFrom, int failTo,
                                            ProbeSample::Outcome failure, double okMs)
{
    QList<ProbeSample> samples;
    for (int i = 0; i < count; ++i) {
        ProbeSample sample;
        sample.setStart(start + i * interval);
        const bool fails = i >= failFrom && i < failTo;
        if (fails) {
            sample.outcome = failure;
            sample.httpStatus = failure == ProbeSample::Outcome::HttpError ? 500 : 0;
            sample.totalUs = failure == ProbeSample::Outcome::Timeout ? 1000000 : 400;
        } else {
            sample.outcome = ProbeSample::Outcome::Ok;
            sample.httpStatus = 200;
            // A gentle wave so the line looks like real latency rather than a ruler.
            sample.totalUs = quint32((okMs + 0.8 * std::sin(i / 7.0) + (i % 13 == 0 ? 1.5 : 0.0)) * 1000);
            sample.flags = ProbeSample::Connected | ProbeSample::TlsDone | ProbeSample::GotResponse;
        }
        samples.append(sample);
    }
    return samples;
}

OutageWindow ConsoleTestData::window(std::chrono::steady_clock::time_point start, bool open,
                                     std::chrono::steady_clock::time_point end)
{
    OutageWindow window;
    window.start = start;
    window.open = open;
    window.end = open ? start : end;
    window.duration = std::chrono::duration_cast<std::chrono::microseconds>(window.end - window.start);
    window.firstOutcome = ProbeSample::Outcome::ConnectionRefused;
    return window;
}

} // namespace etcddrill::test
