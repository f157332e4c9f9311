// Benchmark of the probe engine (not a pass/fail test), against a running embedded lab:
//  1. one probe vs curl on the same HTTPS target (a lab apiserver's /readyz, CA and bearer token), a fresh
//     connection each, N of each interleaved so both see the same machine load; median and p90 per phase
//     (curl's -w times are cumulative, so they are turned into the same per-phase segments as ours);
//  2. the scheduler at 10, 20 and 50 Hz per target with the lab's 5 targets (VIP, domain, 3 apiservers):
//     start lag behind the slot and interval jitter (p50/p99), CPU per 1,000 probes (getrusage, every thread
//     of this process), memory for one hour of samples (40 bytes x count, and the RSS growth of sample stores
//     filled with an hour of samples, as the scheduler keeps them).
// Usage: bench-probe [--config <lab>/drill.yaml] [--runs 200] [--seconds 15]
//   Without --config a lab is started on 127.0.27.1 for the run (run-benchmarks.sh passes its own).
#include "LabFixture.h"

#include "ConfigLoader.h"
#include "HostResolver.h"
#include "HttpProbe.h"
#include "ImpactTracker.h"
#include "ProbeEndpoint.h"
#include "ProbePlan.h"
#include "ProbeScheduler.h"
#include "SampleStore.h"
#include "SteadyClock.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <vector>

using namespace etcddrill;
using namespace etcddrill::test;
using namespace std::chrono_literals;

namespace {

double quantile(QList<double> values, double q)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min<qsizetype>(values.size() - 1, qsizetype(q * double(values.size() - 1) + 0.5))];
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

qint64 rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

struct Phases
{
    QList<double> dns, connect, tls, ttfb, total; // ms
};

bool probeOnce(const std::shared_ptr<const ProbeEndpoint>& endpoint, HostResolver& resolver, Phases* ours)
{
    HttpProbe probe(endpoint, resolver, nullptr);
    ProbeSample result;
    QEventLoop loop;
    QObject::connect(&probe, &HttpProbe::finished, &loop, [&](const ProbeSample& sample) {
        result = sample;
        loop.quit();
    });
    probe.start(std::chrono::steady_clock::now());
    loop.exec();
    if (result.outcome != ProbeSample::Outcome::Ok)
        return false;
    ours->dns << result.dnsUs / 1000.0;
    ours->connect << result.connectUs / 1000.0;
    ours->tls << result.tlsUs / 1000.0;
    ours->ttfb << result.ttfbUs / 1000.0;
    ours->total << result.totalUs / 1000.0;
    return true;
}

bool curlOnce(const QStringList& arguments, Phases* theirs)
{
    const ProcessResult result = TestProcess::run(QStringLiteral("curl"), arguments, 20000);
    const QStringList parts = result.out.trimmed().split(u' ');
    if (result.exitCode != 0 || parts.size() != 6 || parts.at(5) != QLatin1String("200"))
        return false;
    // curl's times are seconds since the transfer started, cumulative.
    const double lookup = parts.at(0).toDouble() * 1000, connect = parts.at(1).toDouble() * 1000,
                 tls = parts.at(2).toDouble() * 1000, first = parts.at(3).toDouble() * 1000,
                 total = parts.at(4).toDouble() * 1000;
    theirs->dns << lookup;
    theirs->connect << connect - lookup;
    theirs->tls << tls - connect;
    theirs->ttfb << first - tls;
    theirs->total << total;
    return true;
}

void compareWithCurl(const ProbeTarget& target, int runs)
{
    QString error;
    const auto endpoint = ProbeEndpoint::prepare(target, &error);
    if (!endpoint) {
        std::fprintf(stderr, "bench-probe: %s\n", qPrintable(error));
        return;
    }
    // The token goes to curl through a file only we can read, never on its command line (ps would show it).
    QTemporaryDir tmp;
    const QString headerFile = tmp.filePath(QStringLiteral("authorization"));
    {
        QFile file(headerFile);
        if (!file.open(QIODevice::WriteOnly) ||
            !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            std::fprintf(stderr, "bench-probe: cannot write %s\n", qPrintable(headerFile));
            return;
        }
        file.write("Authorization: Bearer " + target.credentials.bearerToken.toUtf8() + "\n");
    }
    const QStringList curl = {QStringLiteral("-sS"),
                              QStringLiteral("-o"),
                              QStringLiteral("/dev/null"),
                              QStringLiteral("--cacert"),
                              target.credentials.caFile,
                              QStringLiteral("-H"),
                              QLatin1Char('@') + headerFile,
                              QStringLiteral("-w"),
                              QStringLiteral("%{time_namelookup} %{time_connect} %{time_appconnect} "
                                             "%{time_starttransfer} %{time_total} %{http_code}"),
                              target.url.toString()};
    HostResolver resolver;
    Phases ours, theirs;
    int failed = 0;
    for (int i = 0; i < runs; ++i) { // interleaved: both see the same load
        failed += !probeOnce(endpoint, resolver, &ours);
        failed += !curlOnce(curl, &theirs);
    }
    std::printf("1. one probe vs curl, %s, fresh connection each, %d runs each interleaved%s\n",
                qPrintable(target.url.toString()), runs,
                failed ? qPrintable(QStringLiteral(" (%1 failed, left out)").arg(failed)) : "");
    std::printf("   %-8s %22s %22s\n", "ms", "etcd-drill probe", "curl");
    std::printf("   %-8s %10s %10s  %10s %10s\n", "phase", "median", "p90", "median", "p90");
    const auto row = [](const char* name, const QList<double>& a, const QList<double>& b) {
        std::printf("   %-8s %10.3f %10.3f  %10.3f %10.3f\n", name, quantile(a, 0.5), quantile(a, 0.9),
                    quantile(b, 0.5), quantile(b, 0.9));
    };
    row("dns", ours.dns, theirs.dns);
    row("connect", ours.connect, theirs.connect);
    row("tls", ours.tls, theirs.tls);
    row("ttfb", ours.ttfb, theirs.ttfb);
    row("total", ours.total, theirs.total);
    std::printf(
        "   total ratio of medians (ours / curl): %.2f\n"
        "   note: an IP literal needs no lookup (both ~0); curl's ttfb includes writing the request.\n\n",
        quantile(ours.total, 0.5) / std::max(quantile(theirs.total, 0.5), 1e-9));
}

// What one hour of samples really costs: a SampleStore per target, as the scheduler keeps them, filled with
// an hour's worth of this run's samples (replayed with later start times), measured as RSS growth. A short
// run's own RSS growth is mostly allocator noise; this is the figure that matters for a long drill.
qint64 hourOfSamplesKiB(const ProbeScheduler& scheduler, qsizetype perTarget)
{
    const qint64 before = rssKiB();
    std::vector<SampleStore> stores;
    for (qsizetype t = 0; t < scheduler.targets().size(); ++t) {
        const SampleStore& run = scheduler.samples(int(t));
        SampleStore& store = stores.emplace_back(scheduler.targets().at(t).sampleCapacity());
        if (run.isEmpty())
            continue;
        const qint64 span = run.last().startNs - run.at(0).startNs + 1;
        for (qsizetype i = 0; i < perTarget; ++i) {
            ProbeSample sample = run.at(i % run.size());
            sample.startNs += (i / run.size()) * span;
            store.append(sample);
        }
    }
    return rssKiB() - before;
}

void scheduleAccuracy(QList<ProbeTarget> targets, std::chrono::milliseconds interval, int seconds)
{
    for (ProbeTarget& target : targets)
        target.interval = interval;
    ProbeScheduler scheduler(targets);
    ImpactTracker tracker(SteadyClock::instance());
    QObject::connect(
        &scheduler, &ProbeScheduler::samplesReady,
        [&](int index, const QList<ProbeSample>& samples) { tracker.add(targets.at(index).name, samples); });
    const qint64 rssBefore = rssKiB();
    const double cpuBefore = cpuSeconds();
    QString error;
    if (!scheduler.start(&error)) {
        std::fprintf(stderr, "bench-probe: %s\n", qPrintable(error));
        return;
    }
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    scheduler.stop();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    const double cpu = cpuSeconds() - cpuBefore;
    const qint64 rssGrowth = rssKiB() - rssBefore;

    QList<double> lagMs, jitterMs;
    qint64 probes = 0, failed = 0, skipped = 0;
    for (qsizetype t = 0; t < targets.size(); ++t) {
        const SampleStore& store = scheduler.samples(int(t));
        for (qsizetype i = 0; i < store.size(); ++i) {
            const ProbeSample& sample = store.at(i);
            if (sample.outcome == ProbeSample::Outcome::Skipped) {
                ++skipped;
                continue;
            }
            ++probes;
            failed += sample.isFailure();
            lagMs << sample.startLagUs / 1000.0;
            if (i > 0) {
                const double gap = double(sample.startNs - store.at(i - 1).startNs) / 1e6;
                jitterMs << std::abs(gap - double(interval.count()));
            }
        }
    }
    const double rate = 1000.0 / double(interval.count());
    const qsizetype perTargetHour = qsizetype(rate * 3600.0);
    const double perHour = double(perTargetHour) * double(targets.size());
    const qint64 hourRss = hourOfSamplesKiB(scheduler, perTargetHour);
    std::printf(
        "   %4.0f Hz x %lld: %6lld probes (%lld failed, %lld skipped) | lag p50 %6.3f p99 %6.3f ms | "
        "jitter p50 %6.3f p99 %6.3f ms | CPU %6.1f ms / 1000 probes | 1 h = %4.0f k samples: %5.1f MB "
        "computed (40 B each), %5.1f MB measured (RSS of the stores filled) | RSS growth in the run "
        "%.1f MB\n",
        rate, static_cast<long long>(targets.size()), static_cast<long long>(probes),
        static_cast<long long>(failed), static_cast<long long>(skipped), quantile(lagMs, 0.5),
        quantile(lagMs, 0.99), quantile(jitterMs, 0.5), quantile(jitterMs, 0.99),
        probes ? cpu * 1e6 / double(probes) : 0.0, perHour / 1000.0,
        perHour * double(sizeof(ProbeSample)) / 1e6, double(hourRss) * 1024.0 / 1e6,
        double(rssGrowth) * 1024.0 / 1e6);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QString config;
    int runs = 200;
    int seconds = 15;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--config"))
            config = args[i + 1];
        else if (args[i] == QLatin1String("--runs"))
            runs = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--seconds"))
            seconds = std::max(1, args[i + 1].toInt());
    }

    std::unique_ptr<LabFixture> lab;
    if (config.isEmpty()) {
        lab = std::make_unique<LabFixture>(QStringLiteral("127.0.27.1"));
        QString error;
        if (!lab->up(&error)) {
            std::fprintf(stderr, "bench-probe: %s\n", qPrintable(error));
            return 1;
        }
        config = lab->drillConfig();
    }
    const ConfigLoadResult loaded = ConfigLoader().load(config);
    if (!loaded.ok()) {
        std::fprintf(stderr, "bench-probe: %s\n", qPrintable(loaded.errorText()));
        return 1;
    }
    QString error;
    const auto targets = ProbePlan::fromConfig(*loaded.config, &error);
    if (!targets || targets->isEmpty()) {
        std::fprintf(stderr, "bench-probe: %s: %s\n", qPrintable(config),
                     qPrintable(targets ? QStringLiteral("no probe targets") : error));
        return 1;
    }
    const auto node = std::find_if(targets->cbegin(), targets->cend(), [](const ProbeTarget& t) {
        return t.name.endsWith(QLatin1String("-apiserver"));
    });
    compareWithCurl(node != targets->cend() ? *node : targets->first(), runs);

    std::printf(
        "2. scheduler accuracy, %lld targets, %d s per rate (lag: start behind the slot; jitter: |gap "
        "between starts - interval|)\n",
        static_cast<long long>(targets->size()), seconds);
    for (const auto interval : {100ms, 50ms, 20ms})
        scheduleAccuracy(*targets, interval, seconds);
    return 0;
}
