// Benchmark for the foundation (not a pass/fail test): on a fresh embedded lab (127.0.31.x),
//  1. wall time of `etcd-drill-cli status -c drill.yaml --json` vs `etcdctl endpoint status -w json` on the
//     same three TLS endpoints, interleaved, N runs each — target: ours no slower than etcdctl's;
//  2. CPU used by the ClusterMonitor per poll round at 500 ms and 100 ms intervals (process CPU time over
//     the run, gRPC's threads included, divided by the snapshots emitted).
// Usage: bench-status [runs=30] [monitor-seconds=10]
#include "LabFixture.h"

#include "config/ConfigLoader.h"
#include "etcd/ClusterMonitor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace etcddrill;
using namespace etcddrill::test;

namespace {

struct Figures
{
    double median = 0, p90 = 0, min = 0, max = 0;
};

Figures figures(QList<double> values)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return {};
    auto at = [&](double q) {
        return values[std::min<qsizetype>(values.size() - 1, qsizetype(q * (values.size() - 1) + 0.5))];
    };
    return {at(0.5), at(0.9), values.first(), values.last()};
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double timedRun(const QString& program, const QStringList& arguments, int* exitCode)
{
    QElapsedTimer timer;
    timer.start();
    const ProcessResult result = TestProcess::run(program, arguments, 30000);
    *exitCode = result.exitCode;
    return double(timer.nsecsElapsed()) / 1e6;
}

void monitorCpu(const DrillConfig& config, std::chrono::milliseconds interval, int seconds)
{
    ClusterMonitor monitor(config);
    monitor.setPollInterval(interval);
    int snapshots = 0;
    QObject::connect(&monitor, &ClusterMonitor::snapshotReady, [&](const ClusterSnapshot&) { ++snapshots; });
    const double cpuBefore = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    monitor.start();
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    monitor.stop();
    const double cpu = cpuSeconds() - cpuBefore;
    const double wallSeconds = double(wall.elapsed()) / 1000.0;
    std::printf("  monitor @ %4lld ms: %3d polls in %.1f s, CPU %.3f s = %.3f ms per poll (%d endpoints), "
                "%.2f %% of one core\n",
                static_cast<long long>(interval.count()), snapshots, wallSeconds, cpu,
                snapshots ? cpu * 1000.0 / snapshots : 0.0, int(config.nodes.size()),
                100.0 * cpu / wallSeconds);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 30;
    const int monitorSeconds = argc > 2 ? std::max(1, atoi(argv[2])) : 10;

    LabFixture lab(QStringLiteral("127.0.31.1"));
    QString error;
    if (!lab.up(&error)) {
        std::fprintf(stderr, "bench-status: %s\n", qPrintable(error));
        return 1;
    }
    const ConfigLoadResult loaded = ConfigLoader().load(lab.drillConfig());
    if (!loaded.ok()) {
        std::fprintf(stderr, "bench-status: %s\n", qPrintable(loaded.errorText()));
        return 1;
    }

    const QStringList ours = {QStringLiteral("status"), QStringLiteral("-c"), lab.drillConfig(),
                              QStringLiteral("--json")};
    const QStringList theirs = {
        QStringLiteral("--endpoints=") + lab.endpoints().join(u','),
        QStringLiteral("--cacert=") + lab.pkiFile(QStringLiteral("ca.crt")),
        QStringLiteral("--cert=") + lab.pkiFile(QStringLiteral("healthcheck-client.crt")),
        QStringLiteral("--key=") + lab.pkiFile(QStringLiteral("healthcheck-client.key")),
        QStringLiteral("endpoint"),
        QStringLiteral("status"),
        QStringLiteral("-w"),
        QStringLiteral("json")};
    QList<double> oursMs, theirsMs;
    int failures = 0;
    for (int i = 0; i < runs; ++i) { // interleaved, so both see the same machine load
        int code = 0;
        oursMs << timedRun(QStringLiteral(ETCD_DRILL_CLI), ours, &code);
        failures += code != 0;
        theirsMs << timedRun(QStringLiteral("etcdctl"), theirs, &code);
        failures += code != 0;
    }
    const Figures o = figures(oursMs);
    const Figures t = figures(theirsMs);
    std::printf("status of 3 TLS endpoints, %d runs each, wall time in ms (process start to exit):\n", runs);
    std::printf("  %-34s median %7.1f  p90 %7.1f  min %7.1f  max %7.1f\n", "etcd-drill-cli status --json",
                o.median, o.p90, o.min, o.max);
    std::printf("  %-34s median %7.1f  p90 %7.1f  min %7.1f  max %7.1f\n", "etcdctl endpoint status -w json",
                t.median, t.p90, t.min, t.max);
    std::printf("  ratio of medians (ours / etcdctl): %.2f  (target <= 1.00)%s\n", o.median / t.median,
                failures ? "  — some runs failed, figures suspect" : "");
    std::printf(
        "note: ours also asks health, member list and alarms of every endpoint; etcdctl only Status.\n\n");

    std::printf("ClusterMonitor CPU per poll (this process, gRPC threads included):\n");
    monitorCpu(*loaded.config, std::chrono::milliseconds(500), monitorSeconds);
    monitorCpu(*loaded.config, std::chrono::milliseconds(100), monitorSeconds);
    return 0;
}
