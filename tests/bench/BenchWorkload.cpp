// Benchmark of the drill's client workload (not a pass/fail test): on a fresh embedded lab (127.0.33.x),
//  1. WorkloadRunner at 20, 100 and 500 puts per second for N seconds over the three TLS members: achieved
//     rate, acknowledged / unknown / failed, latency p50 / p99 / max of the acknowledged puts, and this
//     process's CPU (gRPC's threads included) as a share of one core, with the watch of WorkloadWatcher on;
//  2. side by side, in the same run, a loop of `etcdctl put` on the same endpoints for N seconds: the rate
//  one
//     operator's shell loop reaches and its latency per put (process start to exit);
//  3. the checks after it: the whole prefix read back and judged (DataSafetyChecker), and the cleanup.
// Target: 500 puts per second sustained while the drill (this process) stays under one core.
// Usage: bench-workload [seconds=10]
#include "LabFixture.h"
#include "TestProcess.h"

#include "config/ConfigLoader.h"
#include "etcd/EtcdClient.h"
#include "workload/DataSafetyChecker.h"
#include "workload/WorkloadCleanup.h"
#include "workload/WorkloadRunner.h"
#include "workload/WorkloadWatcher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <sys/resource.h>
#include <vector>

using namespace etcddrill;
using namespace etcddrill::test;

namespace {

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double at(std::vector<double> values, double q)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(q * double(values.size() - 1) + 0.5))];
}

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

void runWorkload(const QList<WorkloadRunner::Member>& members, int rate, int seconds)
{
    const QByteArray prefix = "/etcd-drill/workload/bench-" + QByteArray::number(rate) + "/";
    WorkloadWatcher watcher(members, prefix, 0);
    WorkloadRunner runner(members, prefix, double(rate));
    const double cpuBefore = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    watcher.start();
    runner.start();
    wait(seconds * 1000);
    const double runningSeconds = double(wall.elapsed()) / 1000.0; // the rate's time: start to stop()
    QEventLoop stopped;
    QObject::connect(&runner, &WorkloadRunner::stopped, &stopped, &QEventLoop::quit);
    runner.stop();
    if (runner.inFlight() > 0)
        stopped.exec();
    wait(300); // the watch's last events
    const double cpu = cpuSeconds() - cpuBefore;
    const double wallSeconds = double(wall.elapsed()) / 1000.0;
    watcher.stop();

    int ok = 0, unknown = 0, failed = 0;
    std::vector<double> latencies;
    for (const WorkloadOperation& op : runner.operations()) {
        if (op.result == WorkloadOperation::Result::Ok) {
            ++ok;
            latencies.push_back(std::chrono::duration<double, std::milli>(op.end - op.start).count());
        } else {
            ++(op.result == WorkloadOperation::Result::Failed ? failed : unknown);
        }
    }
    const DataSafetyChecker::WatchCheck watch =
        DataSafetyChecker::watch(runner.operations(), watcher.events());
    std::printf("  workload @ %3d/s: %5d puts in %.1f s = %6.1f acknowledged/s (%d unknown, %d failed); "
                "latency p50 %5.2f  p99 %6.2f  max %6.2f ms; CPU %.2f s = %5.1f %% of one core; watch %s\n",
                rate, int(runner.operations().size()), runningSeconds, double(ok) / runningSeconds, unknown,
                failed, at(latencies, 0.5), at(latencies, 0.99), latencies.empty() ? 0.0 : at(latencies, 1.0),
                cpu, 100.0 * cpu / wallSeconds, watch.complete() ? "complete" : "INCOMPLETE");

    // The checks and the cleanup after it, as the drill runs them.
    QElapsedTimer checks;
    checks.start();
    DataSafetyChecker::Read read;
    QByteArray from = prefix;
    bool more = true;
    while (more) {
        QEventLoop page;
        members.first().client->range(from, EtcdClient::prefixEnd(prefix),
                                      EtcdClient::Consistency::Linearizable, 2000,
                                      [&](const EtcdRangeResult& r) {
                                          read.kvs.append(r.kvs);
                                          more = r.ok() && r.more && !r.kvs.isEmpty();
                                          if (more)
                                              from = r.kvs.last().key + QByteArray(1, '\0');
                                          page.quit();
                                      });
        page.exec();
    }
    const auto lost = DataSafetyChecker::lostWrites(runner.operations(), read);
    const double readMs = double(checks.nsecsElapsed()) / 1e6;
    QList<EtcdClient*> clients;
    for (const WorkloadRunner::Member& m : members)
        clients.append(m.client);
    WorkloadCleanup cleanup(clients, prefix);
    QEventLoop cleaned;
    qint64 deleted = 0;
    QObject::connect(&cleanup, &WorkloadCleanup::finished, &cleaned, [&](qint64 n, const QString&) {
        deleted = n;
        cleaned.quit();
    });
    QElapsedTimer del;
    del.start();
    cleanup.start();
    cleaned.exec();
    std::printf("              read back %lld keys and judged them in %.0f ms (%lld lost); deleted %lld in "
                "batches in %.0f ms\n",
                static_cast<long long>(read.kvs.size()), readMs, static_cast<long long>(lost.size()),
                static_cast<long long>(deleted), double(del.nsecsElapsed()) / 1e6);
}

void runEtcdctlLoop(const LabFixture& lab, int seconds)
{
    const QStringList tls = {
        QStringLiteral("--endpoints=") + lab.endpoints().join(u','),
        QStringLiteral("--cacert=") + lab.pkiFile(QStringLiteral("ca.crt")),
        QStringLiteral("--cert=") + lab.pkiFile(QStringLiteral("healthcheck-client.crt")),
        QStringLiteral("--key=") + lab.pkiFile(QStringLiteral("healthcheck-client.key"))};
    std::vector<double> latencies;
    int failed = 0;
    QElapsedTimer wall;
    wall.start();
    for (int n = 1; wall.elapsed() < seconds * 1000; ++n) {
        QElapsedTimer one;
        one.start();
        const ProcessResult r =
            TestProcess::run(QStringLiteral("etcdctl"),
                             tls + QStringList{QStringLiteral("put"),
                                               QStringLiteral("/etcd-drill/workload/bench-etcdctl/%1").arg(n),
                                               QStringLiteral("seq=%1").arg(n)},
                             10000);
        latencies.push_back(double(one.nsecsElapsed()) / 1e6);
        failed += r.exitCode != 0;
    }
    const double wallSeconds = double(wall.elapsed()) / 1000.0;
    std::printf("  etcdctl put loop: %5d puts in %.1f s = %6.1f puts/s (%d failed); latency p50 %5.2f  p99 "
                "%6.2f ms per put (process start to exit)\n",
                int(latencies.size()), wallSeconds, double(latencies.size()) / wallSeconds, failed,
                at(latencies, 0.5), at(latencies, 0.99));
    TestProcess::run(QStringLiteral("etcdctl"),
                     tls + QStringList{QStringLiteral("del"), QStringLiteral("--prefix"),
                                       QStringLiteral("/etcd-drill/workload/bench-etcdctl/")},
                     10000);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int seconds = argc > 1 ? std::max(1, atoi(argv[1])) : 10;

    LabFixture lab(QStringLiteral("127.0.33.1"));
    QString error;
    if (!lab.up(&error)) {
        std::fprintf(stderr, "bench-workload: %s\n", qPrintable(error));
        return 1;
    }
    const ConfigLoadResult loaded = ConfigLoader().load(lab.drillConfig());
    if (!loaded.ok()) {
        std::fprintf(stderr, "bench-workload: %s\n", qPrintable(loaded.errorText()));
        return 1;
    }
    const DrillConfig& config = *loaded.config;
    std::vector<std::unique_ptr<EtcdClient>> owned;
    QList<WorkloadRunner::Member> members;
    for (const NodeConfig& node : config.nodes) {
        auto client =
            EtcdClient::create(node.etcdEndpoint, config.etcd.tls, config.etcd.requestTimeout, &error);
        if (!client) {
            std::fprintf(stderr, "bench-workload: %s\n", qPrintable(error));
            return 1;
        }
        members.append({node.name, client.get()});
        owned.push_back(std::move(client));
    }
    std::printf(
        "client workload on the lab's 3 TLS members, %d s each (this process: runner, watch, gRPC):\n",
        seconds);
    for (int rate : {20, 100, 500})
        runWorkload(members, rate, seconds);
    runEtcdctlLoop(lab, seconds);
    return 0;
}
