// Benchmark of the drill console (issue 5; not a pass/fail test). Three parts, each in its own process so
// that one part's memory does not show in another's figures (bench-gui alone runs all three in turn):
//  replay   a one-hour drill at 20 Hz x 5 targets (vip, domain, M1..M3-apiserver: 360,000 samples with
//           latency noise and spikes, M3's apiserver refused for 60 s, the domain failing about 1 in 3 during
//           that minute, the VIP out for 1.5 s) delivered to a real MainWindow the way LiveSession delivers
//           it (ConsoleFeed, one batch per target every 50 ms, outage windows and degraded periods from an
//           OutageTracker, a cluster snapshot every 500 ms), as fast as possible. Then frames of the
//           latency chart at 1, 5, 15 minutes and the whole drill: following live, panned by mouse drags
//           across the hour, zoomed by the wheel. Per frame: the view's own work (redraw: thinning, axes,
//           bands, lines), posted events (scene and layout), and the synchronous repaint of the chart's
//           viewport (paint + flush to the platform). Targets: a frame under 16 ms, peak RSS (VmHWM) under
//           300 MB with the hour loaded.
//  startup  time from "exec" (the parent's CLOCK_MONOTONIC just before it starts the child) to the first
//           Paint event of the main window and to the end of that first frame, for the console (built like
//           app/gui/main.cpp does) and, as the reference, bench-gui-minimal (an empty QMainWindow linked
//           against Qt Widgets only: what Qt itself costs); launches interleaved.
//  live     a real lab on 127.0.40.1, its drill.yaml with probes at 20 Hz opened in a MainWindow
//  (LiveSession:
//           monitor + 5 probe targets); CPU of this process over --live-seconds (getrusage, and per thread
//           from /proc/self/task), RSS, chart frames per second. Reference, same duration, same rates, same
//           endpoints and TLS: `watch -n 0.5 etcdctl endpoint status --cluster` plus one curl loop per probe
//           target at the probe rate (a new TLS connection each, as the probes make), CPU of those child
//           processes (getrusage RUSAGE_CHILDREN). With --drill also during a whole drill on the lab
//           (gates confirmed by code). The lab is stopped at the end, also on failure (LabFixture).
// Runs under the offscreen platform unless QT_QPA_PLATFORM is set (e.g. xcb under xvfb-run, to measure real
// painting to an X server).
// Usage: bench-gui [--part replay|startup|live] [--startup-runs 10] [--live-seconds 60] [--probe-hz 20]
//                  [--batch-ms 50] [--size 1600x1000] [--drill]
#include "ClusterStatusLine.h"
#include "ConsoleFeed.h"
#include "ConsoleTestData.h"
#include "DrillConsole.h"
#include "DrillStepsPanel.h"
#include "FirstPaintProbe.h"
#include "LabFixture.h"
#include "LanguageSwitcher.h"
#include "LatencyChartView.h"
#include "MainWindow.h"
#include "TopologyWidget.h"

#include "config/ConfigLoader.h"
#include "config/ConfigWriter.h"
#include "config/ProbeSettings.h"
#include "probe/ImpactTracker.h"
#include "probe/ManualClock.h"
#include "probe/OutageTracker.h"
#include "probe/ProbePlan.h"
#include "probe/SampleStore.h"
#include "session/LiveSession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMouseEvent>
#include <QProcess>
#include <QScatterSeries>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QWheelEvent>
#include <QWindow>

#include <algorithm>
#include <cstdio>
#include <map>
#include <optional>
#include <random>
#include <sys/resource.h>
#include <unistd.h>

using namespace etcddrill;
using namespace etcddrill::bench;
using namespace etcddrill::test;
using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

namespace {

struct Options
{
    QString part; // empty: every part, each in a process of its own
    int startupRuns = 10;
    int liveSeconds = 60;
    int probeHz = 20;
    int batchMs = 50;
    QSize size{1600, 1000};
    bool drill = false;
};

// ---- figures ---------------------------------------------------------------------------------------------

double quantile(QList<double> values, double q)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min<qsizetype>(values.size() - 1, qsizetype(q * double(values.size() - 1) + 0.5))];
}

double maxOf(const QList<double>& values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.begin(), values.end());
}

double seconds(const timeval& t)
{
    return double(t.tv_sec) + double(t.tv_usec) / 1e6;
}

double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// A field of /proc/self/status in MiB (VmRSS, VmHWM).
double statusMiB(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readAll()).section(u' ', 0, 2);
}

void printHeader(const char* part)
{
    std::printf("bench-gui %s: platform %s, %ld cores, load average %s\n", part,
                qPrintable(QGuiApplication::platformName()), sysconf(_SC_NPROCESSORS_ONLN),
                qPrintable(loadAverage()));
}

// CPU seconds per thread of this process, by thread id, with the thread's name.
struct ThreadCpu
{
    QString name;
    double seconds = 0;
};

std::map<qint64, ThreadCpu> threadCpu()
{
    std::map<qint64, ThreadCpu> threads;
    const double tick = double(sysconf(_SC_CLK_TCK));
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString& tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(tasks.filePath(tid + QStringLiteral("/stat")));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const qsizetype open = text.indexOf('('), close = text.lastIndexOf(')');
        if (open < 0 || close < open)
            continue;
        // After the name: state is field 3, utime field 14, stime field 15.
        const QList<QByteArray> fields = text.mid(close + 2).split(' ');
        if (fields.size() < 13)
            continue;
        threads[tid.toLongLong()] = ThreadCpu{QString::fromLocal8Bit(text.mid(open + 1, close - open - 1)),
                                              (fields.at(11).toDouble() + fields.at(12).toDouble()) / tick};
    }
    return threads;
}

// Where the CPU went between two threadCpu() readings, grouped by thread name, busiest first.
void printThreadSplit(const std::map<qint64, ThreadCpu>& before, const std::map<qint64, ThreadCpu>& after,
                      double wall)
{
    const qint64 gui = getpid();
    QHash<QString, QPair<double, int>> byName;
    for (const auto& [tid, thread] : after) {
        const auto old = before.find(tid);
        const double used = thread.seconds - (old == before.end() ? 0.0 : old->second.seconds);
        const QString name = tid == gui ? QStringLiteral("GUI thread (%1)").arg(thread.name) : thread.name;
        byName[name].first += used;
        ++byName[name].second;
    }
    QList<QPair<double, QString>> rows;
    for (auto it = byName.cbegin(); it != byName.cend(); ++it)
        rows.append({it.value().first, it.key()});
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (const auto& [used, name] : rows) {
        if (used <= 0 && !name.startsWith(QLatin1String("GUI")))
            continue;
        std::printf("      %-34s x%-3d %6.2f %% of one core\n", qPrintable(name), byName.value(name).second,
                    100.0 * used / wall);
    }
}

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool waitExposed(QWidget& window)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 5000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        if (window.windowHandle() && window.windowHandle()->isExposed())
            return true;
    }
    return false;
}

// Counts the Paint events a widget receives (the chart's viewport) and the time spent inside them: the event
// is handed on from within the filter, so the time is the widget's own painting, without the flush.
class PaintTimer : public QObject
{
public:
    explicit PaintTimer(QWidget* widget) : QObject(widget) { widget->installEventFilter(this); }
    int count = 0;
    qint64 ns = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::Paint || m_inside)
            return false;
        ++count;
        m_inside = true;
        QElapsedTimer timer;
        timer.start();
        QCoreApplication::sendEvent(watched, event);
        ns += timer.nsecsElapsed();
        m_inside = false;
        return true;
    }

private:
    bool m_inside = false;
};

} // namespace

// ---- part 1: replay
// ----------------------------------------------------------------------------------------

// Stands in for LiveSession: the same signals, fed by the replay loop, connected to the views by ConsoleFeed.
class ReplaySource : public QObject
{
    Q_OBJECT

signals:
    void clusterSnapshot(const etcddrill::ClusterSnapshot& snapshot);
    void probeSamples(const QString& target, const QList<etcddrill::ProbeSample>& samples);
    void outageWindowOpened(const QString& target, const etcddrill::OutageWindow& window);
    void outageWindowClosed(const QString& target, const etcddrill::OutageWindow& window);
    void degradedPeriodOpened(const QString& target, const etcddrill::DegradedPeriod& period);
    void degradedPeriodClosed(const QString& target, const etcddrill::DegradedPeriod& period);
};

namespace {

constexpr auto kHour = 3600s;
constexpr auto kFaultAt = 1800s;     // M3 stopped half-way through the hour
constexpr auto kNodeOutage = 60s;    // its apiserver refuses connections for a minute
constexpr auto kVipOutageAt = 300ms; // haproxy still routes new connections to M3 for 1.5 s
constexpr auto kVipOutage = 1500ms;

struct SyntheticTarget
{
    QString name;
    double baseMs; // typical total of a probe (new TCP + TLS connection, /readyz)
};

ProbeSample syntheticSample(std::mt19937& rng, Clock::time_point at, double baseMs,
                            ProbeSample::Outcome outcome)
{
    std::lognormal_distribution<double> noise(0.0, 0.22);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    ProbeSample sample;
    sample.setStart(at);
    sample.startLagUs = quint32(50 + 300 * uniform(rng));
    sample.outcome = outcome;
    double totalMs = 0;
    switch (outcome) {
    case ProbeSample::Outcome::Ok:
        totalMs = baseMs * noise(rng) + (uniform(rng) < 0.002 ? 10 + 70 * uniform(rng) : 0.0); // rare spikes
        sample.httpStatus = 200;
        sample.flags = ProbeSample::Connected | ProbeSample::TlsDone | ProbeSample::GotResponse;
        sample.connectUs = quint32(totalMs * 80);
        sample.tlsUs = quint32(totalMs * 550);
        sample.ttfbUs = quint32(totalMs * 330);
        break;
    case ProbeSample::Outcome::ConnectionRefused:
        totalMs = 0.15 + 0.2 * uniform(rng);
        break;
    default: // Reset: the load balancer closes the connection it accepted
        totalMs = 1 + 3 * uniform(rng);
        sample.flags = ProbeSample::Connected;
        sample.connectUs = quint32(totalMs * 100);
        break;
    }
    sample.totalUs = quint32(totalMs * 1000);
    return sample;
}

// One hour of samples per target, kept as the ProbeScheduler keeps them (one SampleStore per target).
std::vector<SampleStore> syntheticHour(const QList<SyntheticTarget>& targets, Clock::time_point t0, int hz)
{
    std::mt19937 rng(20261125);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    const auto interval =
        std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(1.0 / hz));
    const qsizetype slotCount = qsizetype(kHour / interval);
    const qsizetype capacity = qsizetype(ProbeTarget::defaultRetention / interval) + 1;
    std::vector<SampleStore> stores;
    for (const SyntheticTarget& target : targets) {
        SampleStore& store = stores.emplace_back(capacity);
        for (qsizetype i = 0; i < slotCount; ++i) {
            const auto offset = i * interval;
            const bool inFault = offset >= kFaultAt && offset < kFaultAt + kNodeOutage;
            ProbeSample::Outcome outcome = ProbeSample::Outcome::Ok;
            if (target.name == QLatin1String("M3-apiserver") && inFault)
                outcome = ProbeSample::Outcome::ConnectionRefused;
            else if (target.name == QLatin1String("domain") && inFault && uniform(rng) < 1.0 / 3)
                outcome = ProbeSample::Outcome::Reset;
            else if (target.name == QLatin1String("vip") && offset >= kFaultAt + kVipOutageAt &&
                     offset < kFaultAt + kVipOutageAt + kVipOutage)
                outcome = ProbeSample::Outcome::Reset;
            store.append(syntheticSample(rng, t0 + offset, target.baseMs, outcome));
        }
    }
    return stores;
}

struct FrameSet
{
    explicit FrameSet(QString title) : name(std::move(title)) {}
    QString name;
    QList<double> update, events, paint, total;
    int paints = 0;
};

struct Stopwatch
{
    QElapsedTimer timer;
    qint64 ns = 0;
    void start() { timer.start(); }
    void stop() { ns += timer.nsecsElapsed(); }
};

class FrameBench
{
public:
    FrameBench(LatencyChartView* chart) : m_chart(chart), m_paints(new PaintTimer(chart->viewport())) {}

    // One frame: the view's work for `action`, then the posted events it caused (scene and layout updates,
    // and the update request that paints the window and flushes it to the platform); should those not have
    // painted the chart, it is repainted at once. Idle events run afterwards, untimed.
    template <class Action> void frame(FrameSet& set, Action action)
    {
        const int paintsBefore = m_paints->count;
        const qint64 paintNsBefore = m_paints->ns;
        QElapsedTimer timer;
        timer.start();
        action();
        const qint64 a = timer.nsecsElapsed();
        QCoreApplication::sendPostedEvents();
        if (m_paints->count == paintsBefore)
            m_chart->viewport()->repaint();
        const qint64 c = timer.nsecsElapsed();
        const qint64 paint = m_paints->ns - paintNsBefore;
        set.update << double(a) / 1e6;
        set.paint << double(paint) / 1e6;
        set.events << double(c - a - paint) / 1e6;
        set.total << double(c) / 1e6;
        set.paints += m_paints->count - paintsBefore;
        QCoreApplication::processEvents();
    }

    QPointF center() const { return QPointF(m_chart->viewport()->rect().center()); }

    void mouse(QEvent::Type type, const QPointF& at, Qt::MouseButton button, Qt::MouseButtons buttons)
    {
        QMouseEvent event(type, at, m_chart->viewport()->mapToGlobal(at), button, buttons, Qt::NoModifier);
        QCoreApplication::sendEvent(m_chart->viewport(), &event);
    }

    void wheel(int delta)
    {
        const QPointF at = center();
        QWheelEvent event(at, m_chart->viewport()->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(m_chart->viewport(), &event);
    }

private:
    LatencyChartView* m_chart;
    PaintTimer* m_paints; // owned by the viewport
};

void printFrames(const QList<FrameSet>& sets)
{
    std::printf("  %-40s %4s  %8s %8s %8s  | median: %7s %7s %7s  %s\n", "frames (chart 5 lines unless said)",
                "n", "median", "p95", "max", "redraw", "paint", "other", "< 16 ms (p95)");
    for (const FrameSet& set : sets) {
        const double p95 = quantile(set.total, 0.95);
        std::printf("  %-40s %4lld  %8.2f %8.2f %8.2f  | median: %7.2f %7.2f %7.2f  %s%s\n",
                    qPrintable(set.name), static_cast<long long>(set.total.size()), quantile(set.total, 0.5),
                    p95, maxOf(set.total), quantile(set.update, 0.5), quantile(set.paint, 0.5),
                    quantile(set.events, 0.5), p95 < 16 ? "met" : "MISSED",
                    set.paints != set.total.size() ? "  (chart paints != frames)" : "");
    }
}

int runReplay(const Options& options)
{
    printHeader("replay");
    QTemporaryDir settings;
    ConsoleTestData::isolateSettings(settings.path());
    DrillConfig config = ConsoleTestData::config(3);
    config.probes.nodeApiservers = true;
    config.probes.interval = std::chrono::milliseconds(1000 / options.probeHz);

    const double rssStart = statusMiB("VmRSS:");
    MainWindow window;
    window.setLanguage(QStringLiteral("en"));
    window.resize(options.size);
    window.show();
    if (!waitExposed(window)) {
        std::fprintf(stderr, "bench-gui: the window was never exposed\n");
        return 1;
    }
    window.presentConfig(config);
    LatencyChartView* chart = window.chart();
    chart->setShowNodeApiservers(true); // the worst case: five lines instead of the default two
    spin(200);
    const double rssWindow = statusMiB("VmRSS:");

    QList<SyntheticTarget> targets = {{QStringLiteral("vip"), 4.2}, {QStringLiteral("domain"), 5.1}};
    for (int i = 0; i < config.nodes.size(); ++i)
        targets.append({ProbeSettings::nodeApiserverTargetName(config.nodes.at(i).name), 2.8 + 0.2 * i});
    // The hour ends just now: the replay is what the console holds at the end of a one-hour drill.
    const Clock::time_point t0 = Clock::now() - kHour - 1s;
    QElapsedTimer generation;
    generation.start();
    const std::vector<SampleStore> stores = syntheticHour(targets, t0, options.probeHz);
    const qint64 generationMs = generation.elapsed();
    qsizetype total = 0;
    for (const SampleStore& store : stores)
        total += store.size();
    const double rssStores = statusMiB("VmRSS:");

    // Step markers as a drill engine adds them.
    const QList<QPair<Clock::duration, QString>> steps = {
        {kFaultAt - 120s, QStringLiteral("Baseline")},
        {kFaultAt - 5s, QStringLiteral("Gate: stop M3")},
        {kFaultAt, QStringLiteral("Stop M3")},
        {kFaultAt + 2s, QStringLiteral("Observe")},
        {kFaultAt + kNodeOutage, QStringLiteral("Start M3")},
        {kFaultAt + kNodeOutage + 3s, QStringLiteral("Recovery")},
        {kFaultAt + 240s, QStringLiteral("Verdict")}};
    for (const auto& [at, label] : steps)
        chart->addMarker(t0 + at, label);

    ReplaySource source;
    const QList<QMetaObject::Connection> feed =
        ConsoleFeed::connect(&source, window.topology(), chart, window.statusLine());
    ManualClock clock;
    ImpactTracker tracker(clock, ProbePlan::outageThreshold(config));
    tracker.setDegradedRule(config.probes.degradedWindow, config.probes.degradedThreshold);
    OutageTracker outages(tracker);
    std::vector<qsizetype> next(targets.size(), 0);
    Stopwatch samplesTime, windowsTime, snapshotTime;
    qint64 batches = 0, windowEvents = 0, snapshots = 0;
    const auto batch = std::chrono::milliseconds(options.batchMs);
    Clock::time_point nextSnapshot = t0;
    QElapsedTimer ingest;
    ingest.start();
    for (Clock::time_point end = t0 + batch;; end += batch) {
        bool left = false;
        for (size_t i = 0; i < stores.size(); ++i) {
            const SampleStore& store = stores[i];
            const QString& name = targets.at(qsizetype(i)).name;
            QList<ProbeSample> samples;
            while (next[i] < store.size() && store.at(next[i]).start() < end)
                samples.append(store.at(next[i]++));
            left |= next[i] < store.size();
            if (samples.isEmpty())
                continue;
            ++batches;
            samplesTime.start();
            emit source.probeSamples(name, samples);
            samplesTime.stop();
            // Outage windows as LiveSessionWorker announces them (its tracker runs on the worker thread in
            // the console: untimed here).
            clock.set(end);
            for (const OutageTracker::Event& event : outages.add(name, samples)) {
                ++windowEvents;
                windowsTime.start();
                if (event.kind == OutageTracker::Event::Kind::Opened)
                    emit source.outageWindowOpened(name, event.window);
                else
                    emit source.outageWindowClosed(name, event.window);
                windowsTime.stop();
            }
            // And the degraded periods (the domain failing 1 in 3), which fold its flicker of windows.
            for (const OutageTracker::DegradedChange& change : outages.takeDegradedChanges(name)) {
                ++windowEvents;
                windowsTime.start();
                if (change.opened)
                    emit source.degradedPeriodOpened(name, change.period);
                else
                    emit source.degradedPeriodClosed(name, change.period);
                windowsTime.stop();
            }
        }
        if (end >= nextSnapshot) {
            const bool m3Down = end - t0 >= kFaultAt && end - t0 < kFaultAt + kNodeOutage;
            ClusterSnapshot snapshot = ConsoleTestData::snapshot(
                config, 0, 7, m3Down ? QSet<int>{2} : QSet<int>{}, quint64(++snapshots));
            snapshot.at = end;
            snapshotTime.start();
            emit source.clusterSnapshot(snapshot);
            snapshotTime.stop();
            nextSnapshot += 500ms;
        }
        if (!left)
            break;
    }
    const double ingestMs = double(ingest.nsecsElapsed()) / 1e6;
    QElapsedTimer settle;
    settle.start();
    QCoreApplication::processEvents();
    chart->refreshNow();
    QCoreApplication::processEvents();
    const double settleMs = double(settle.nsecsElapsed()) / 1e6;
    const double rssLoaded = statusMiB("VmRSS:");
    const double guiIngestMs = double(samplesTime.ns + windowsTime.ns + snapshotTime.ns) / 1e6;

    std::printf("1. one hour replayed into the console: %lld samples (%d Hz x %lld targets), %lld batches of "
                "%d ms, %lld window events, %lld snapshots; window %dx%d, chart viewport %dx%d\n",
                static_cast<long long>(total), options.probeHz, static_cast<long long>(targets.size()),
                static_cast<long long>(batches), options.batchMs, static_cast<long long>(windowEvents),
                static_cast<long long>(snapshots), window.width(), window.height(),
                chart->viewport()->width(), chart->viewport()->height());
    for (const SyntheticTarget& target : targets)
        std::printf("     %-14s %6lld samples, %5lld failed\n", qPrintable(target.name),
                    static_cast<long long>(chart->sampleCount(target.name)),
                    static_cast<long long>(chart->failureCount(target.name)));
    std::printf("   outage bands on the chart: %lld\n", static_cast<long long>(chart->outageBands().size()));
    std::printf("   generating the hour: %lld ms (not part of the console's work)\n",
                static_cast<long long>(generationMs));
    std::printf(
        "   ingest, whole loop %.0f ms; in the views (the GUI thread's share): %.0f ms = samples %.0f + "
        "windows %.1f + snapshots %.0f; first full redraw afterwards %.1f ms\n",
        ingestMs, guiIngestMs, double(samplesTime.ns) / 1e6, double(windowsTime.ns) / 1e6,
        double(snapshotTime.ns) / 1e6, settleMs);
    std::printf("   = %.1f us per batch in the views, %.3f ms of GUI thread per second of live drill\n",
                guiIngestMs * 1000 / double(std::max<qint64>(batches, 1)),
                guiIngestMs / double(kHour.count()));

    // Frames.
    FrameBench bench(chart);
    QList<FrameSet> sets;
    using Minutes = std::chrono::duration<double, std::ratio<60>>;
    const double wholeMinutes = std::ceil(Minutes(Clock::now() - t0).count()) + 1;
    struct Span
    {
        QString name;
        double minutes;
    };
    const QList<Span> spans = {{QStringLiteral("1 min"), 1},
                               {QStringLiteral("5 min"), 5},
                               {QStringLiteral("15 min"), 15},
                               {QStringLiteral("whole drill (%1 min)").arg(wholeMinutes), wholeMinutes}};
    for (const Span& span : spans) {
        const auto ms = std::chrono::milliseconds(qint64(span.minutes * 60000));
        chart->setFollowLive(true);
        chart->setWindowSpan(ms);
        QCoreApplication::processEvents();
        FrameSet live(QStringLiteral("live, %1").arg(span.name));
        for (int i = 0; i < 30; ++i)
            bench.frame(live, [&] { chart->refreshNow(); });
        sets.append(live);
        if (span.minutes >= 60)
            continue;
        // Drag from now back to the start of the hour in 40 moves (dragging right shows the past).
        FrameSet pan(QStringLiteral("pan by drag, %1").arg(span.name));
        const QPointF from = bench.center();
        const double width = chart->viewport()->width() * 0.95; // about the plot's width
        const double stepPx = (double(kHour.count()) / 60 - span.minutes) / 40 / span.minutes * width;
        bench.mouse(QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
        for (int i = 1; i <= 40; ++i) {
            const QPointF to = from + QPointF(stepPx * i, 0);
            bench.frame(pan, [&] { bench.mouse(QEvent::MouseMove, to, Qt::NoButton, Qt::LeftButton); });
        }
        bench.mouse(QEvent::MouseButtonRelease, from + QPointF(stepPx * 40, 0), Qt::LeftButton, Qt::NoButton);
        sets.append(pan);
    }
    // The wheel: from 1 minute around the fault out to the whole drill and back in, one notch per frame.
    chart->setWindowSpan(1min);
    chart->centerOn(t0 + kFaultAt);
    QCoreApplication::processEvents();
    FrameSet zoom(QStringLiteral("wheel zoom 1 min <-> whole, at the fault"));
    for (int i = 0;
         i < 40 && chart->windowSpan() < std::chrono::milliseconds(qint64(wholeMinutes * 60000) - 60000); ++i)
        bench.frame(zoom, [&] { bench.wheel(-120); });
    for (int i = 0; i < 40 && chart->windowSpan() > 1min; ++i)
        bench.frame(zoom, [&] { bench.wheel(120); });
    sets.append(zoom);
    // The console as it opens: node apiservers hidden (vip and domain only), following live, 5 minutes.
    chart->setShowNodeApiservers(false);
    chart->setFollowLive(true);
    chart->setWindowSpan(5min);
    QCoreApplication::processEvents();
    FrameSet defaults(QStringLiteral("live, 5 min, default view (2 lines)"));
    for (int i = 0; i < 30; ++i)
        bench.frame(defaults, [&] { chart->refreshNow(); });
    sets.append(defaults);
    chart->setShowNodeApiservers(true);
    printFrames(sets);

    // Other ways to measure a frame of the same view (live, 5 minutes, 5 lines), for comparison.
    QCoreApplication::processEvents();
    QList<double> grabChart, grabWindow;
    for (int i = 0; i < 10; ++i) {
        QElapsedTimer timer;
        timer.start();
        const QPixmap chartPixmap = chart->grab();
        grabChart << double(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        const QPixmap windowPixmap = window.grab();
        grabWindow << double(timer.nsecsElapsed()) / 1e6;
        QCoreApplication::processEvents();
    }
    std::printf(
        "   live 5 min, rendered into a pixmap instead (median / max ms): chart grab() %.2f / %.2f, whole "
        "window grab() %.2f / %.2f\n",
        quantile(grabChart, 0.5), maxOf(grabChart), quantile(grabWindow, 0.5), maxOf(grabWindow));
    const double liveFrame = quantile(sets.at(2).total, 0.5); // live, 5 min
    std::printf(
        "   projected GUI thread load following live at the end of the hour (5 min window, 5 lines): "
        "%d redraws/s x %.2f ms + ingest %.3f ms/s = %.1f %% of one core\n",
        1000 / LatencyChartView::redrawIntervalMs, liveFrame, guiIngestMs / double(kHour.count()),
        (1000.0 / LatencyChartView::redrawIntervalMs * liveFrame + guiIngestMs / double(kHour.count())) /
            10.0);
    const double peak = statusMiB("VmHWM:");
    std::printf(
        "   memory (RSS, MiB): at start %.1f, window shown %.1f, + hour in sample stores %.1f, + hour in "
        "the views %.1f; peak (VmHWM) %.1f  (target < 300: %s)\n",
        rssStart, rssWindow, rssStores, rssLoaded, peak, peak < 300 ? "met" : "MISSED");
    std::printf(
        "   the sample stores are what the ProbeScheduler keeps (%.1f MiB for %lld x 40 bytes); the chart "
        "keeps its own points (16 bytes each)\n",
        double(total) * 40 / 1048576.0, static_cast<long long>(total));
    ConsoleFeed::disconnect(feed);
    return 0;
}

// ---- part 2: start-up
// --------------------------------------------------------------------------------------

// The child: the console's main() up to the first frame (app/gui/main.cpp, whose option parsing runs in a
// QCoreApplication of its own first, with the language applied from the settings).
int startupChild(int argc, char** argv)
{
    printStamp("main");
    QCoreApplication::setOrganizationName(QStringLiteral("etcd-drill"));
    QCoreApplication::setApplicationName(QStringLiteral("etcd-drill"));
    {
        QCoreApplication core(argc, argv);
        LanguageSwitcher language;
        language.apply(QSettings().value(LanguageSwitcher::settingsKey()).toString());
        QCommandLineParser parser;
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addPositionalArgument(QStringLiteral("drill.yaml"), QStringLiteral("config"));
        parser.parse({QCoreApplication::arguments().first()});
    }
    printStamp("options");
    QApplication app(argc, argv);
    QGuiApplication::setApplicationDisplayName(QStringLiteral("etcd-drill"));
    QGuiApplication::setDesktopFileName(QStringLiteral("etcd-drill"));
    printStamp("qapplication");
    MainWindow window;
    printStamp("mainwindow");
    new FirstPaintProbe(&window); // owned by the window
    window.show();
    printStamp("shown");
    return app.exec();
}

struct Launch
{
    QHash<QString, double> ms; // stamp -> ms since the parent started the child
};

std::optional<Launch> launch(const QString& program, const QStringList& arguments, const QString& configHome)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome); // never the user's settings
    process.setProcessEnvironment(environment);
    const qint64 start = monotonicNs();
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        process.kill();
        process.waitForFinished(2000);
        std::fprintf(stderr, "bench-gui: %s did not paint its window:\n%s\n", qPrintable(program),
                     process.readAllStandardError().constData());
        return std::nullopt;
    }
    Launch result;
    for (const QByteArray& line : process.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() == 3 && parts.at(0) == "stamp")
            result.ms.insert(QString::fromLatin1(parts.at(1)),
                             double(parts.at(2).toLongLong() - start) / 1e6);
    }
    if (!result.ms.contains(QStringLiteral("frame-done")))
        return std::nullopt;
    return result;
}

int runStartup(const Options& options)
{
    printHeader("startup");
    QTemporaryDir configHome;
    const QString self = QCoreApplication::applicationFilePath();
    const QString minimal = QCoreApplication::applicationDirPath() + QStringLiteral("/bench-gui-minimal");
    if (!QFileInfo(minimal).isExecutable()) {
        std::fprintf(stderr, "bench-gui: %s is missing: build the target bench-gui-minimal\n",
                     qPrintable(minimal));
        return 1;
    }
    QList<Launch> ours, reference;
    int failed = 0;
    for (int i = 0; i < options.startupRuns; ++i) { // interleaved, so both see the same load
        if (auto run = launch(self, {QStringLiteral("--startup-child")}, configHome.path()))
            ours.append(*run);
        else
            ++failed;
        if (auto run = launch(minimal, {}, configHome.path()))
            reference.append(*run);
        else
            ++failed;
    }
    const QStringList stamps = {QStringLiteral("main"),         QStringLiteral("options"),
                                QStringLiteral("qapplication"), QStringLiteral("mainwindow"),
                                QStringLiteral("shown"),        QStringLiteral("first-paint"),
                                QStringLiteral("frame-done")};
    std::printf(
        "2. start-up to the first painted window, %d launches each, interleaved; ms since the child was "
        "started, median (max):\n",
        options.startupRuns);
    std::printf("  %-42s", "");
    for (const QString& stamp : stamps)
        std::printf(" %14s", qPrintable(stamp));
    std::printf("\n");
    for (const auto& [name, runs] : {std::pair{"etcd-drill console (MainWindow)", &ours},
                                     std::pair{"reference: empty QMainWindow, Qt only", &reference}}) {
        std::printf("  %-42s", name);
        for (const QString& stamp : stamps) {
            QList<double> values;
            for (const Launch& run : *runs) {
                if (run.ms.contains(stamp))
                    values << run.ms.value(stamp);
            }
            if (values.isEmpty())
                std::printf(" %14s", "-");
            else
                std::printf(" %6.1f (%5.1f)", quantile(values, 0.5), maxOf(values));
        }
        std::printf("\n");
    }
    if (failed)
        std::printf("  %d launches failed (no frame within 30 s): figures suspect\n", failed);
    std::printf(
        "  main: exec, dynamic loading and static initialisation; options: the console's option parsing "
        "and language (reference: none); frame-done: the event loop is back after the first paint\n");
    return failed ? 1 : 0;
}

// ---- part 3: live ----------------------------------------------------------------------------------------

struct CpuReading
{
    double process = 0;
    std::map<qint64, ThreadCpu> threads;
    QElapsedTimer wall;

    void take()
    {
        process = cpuSeconds(RUSAGE_SELF);
        threads = threadCpu();
        wall.start();
    }
};

void printCpu(const char* what, const CpuReading& before, qint64 samples, int paints)
{
    const double wall = double(before.wall.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds(RUSAGE_SELF) - before.process;
    const auto threads = threadCpu();
    std::printf(
        "   %s, %.1f s: CPU %.2f s = %.1f %% of one core; %lld samples received (%.1f/s), chart painted "
        "%.1f times/s; RSS %.1f MiB (peak %.1f)\n",
        what, wall, cpu, 100 * cpu / wall, static_cast<long long>(samples), double(samples) / wall,
        double(paints) / wall, statusMiB("VmRSS:"), statusMiB("VmHWM:"));
    std::printf("      %.2f ms of CPU per probe sample, status polls and drawing included\n",
                samples ? 1000 * cpu / double(samples) : 0.0);
    printThreadSplit(before.threads, threads, wall);
}

QString shellQuote(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// What an SRE runs today instead of the console: etcd status every 500 ms through watch, and a curl loop per
// probe target at the probe rate. Returns false when it could not run.
bool runReference(const DrillConfig& config, const QList<ProbeTarget>& targets, int hz, int seconds)
{
    QTemporaryDir tmp;
    const QString header = tmp.filePath(QStringLiteral("authorization"));
    {
        QFile file(header);
        if (!file.open(QIODevice::WriteOnly) ||
            !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return false;
        if (!targets.isEmpty())
            file.write("Authorization: Bearer " + targets.first().credentials.bearerToken.toUtf8() + "\n");
    }
    QStringList endpoints;
    for (const NodeConfig& node : config.nodes)
        endpoints.append(node.etcdEndpoint);
    const QString etcdctl =
        QStringLiteral("etcdctl --endpoints=%1 --cacert=%2 --cert=%3 --key=%4 endpoint status "
                       "--cluster")
            .arg(endpoints.join(u','), config.etcd.tls.caFile, config.etcd.tls.certFile,
                 config.etcd.tls.keyFile);
    const double period = 1.0 / hz;
    QString script =
        QStringLiteral(
            "set -u\n"
            "status_loop() { trap 'kill $w 2>/dev/null; wait; exit 0' TERM; TERM=xterm watch -n 0.5 -t %1 "
            ">/dev/null "
            "2>&1 & w=$!; wait; }\n"
            "probe_loop() { local name=$1 n=0; shift; trap 'wait; echo \"$name $n\"; exit 0' TERM;\n"
            "  while :; do curl -sS -o /dev/null --max-time 1 \"$@\" 2>/dev/null & n=$((n+1)); sleep %2 & "
            "wait $!; "
            "done; }\n"
            "status_loop &\n")
            .arg(shellQuote(etcdctl))
            .arg(period, 0, 'f', 3);
    for (const ProbeTarget& target : targets) {
        QStringList curl = {target.name, QStringLiteral("-H"), QLatin1Char('@') + header};
        if (!target.credentials.caFile.isEmpty())
            curl << QStringLiteral("--cacert") << target.credentials.caFile;
        if (!target.resolveAddress.isEmpty()) {
            curl << QStringLiteral("--resolve")
                 << QStringLiteral("%1:%2:%3")
                        .arg(target.url.host())
                        .arg(target.url.port(443))
                        .arg(target.resolveAddress);
        }
        QUrl url = target.url;
        url.setPath(target.requestPath());
        curl << url.toString();
        QStringList quoted;
        for (const QString& argument : curl)
            quoted << shellQuote(argument);
        script += QStringLiteral("probe_loop %1 &\n").arg(quoted.join(u' '));
    }
    script += QStringLiteral("trap 'kill -TERM $(jobs -p) 2>/dev/null; wait; exit 0' TERM\nwait\n");

    const double childrenBefore = cpuSeconds(RUSAGE_CHILDREN);
    QProcess shell;
    shell.start(QStringLiteral("bash"), {QStringLiteral("-c"), script});
    if (!shell.waitForStarted(5000))
        return false;
    QElapsedTimer wall;
    wall.start();
    spin(seconds * 1000);
    shell.terminate();
    if (!shell.waitForFinished(15000)) {
        shell.kill();
        shell.waitForFinished(5000);
    }
    const double wallSeconds = double(wall.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds(RUSAGE_CHILDREN) - childrenBefore;
    std::printf(
        "   reference: watch -n 0.5 etcdctl endpoint status --cluster + %lld curl loops at %d Hz, %.1f s: "
        "CPU %.2f s = %.1f %% of one core\n",
        static_cast<long long>(targets.size()), hz, wallSeconds, cpu, 100 * cpu / wallSeconds);
    qint64 requests = 0;
    for (const QByteArray& line : shell.readAllStandardOutput().trimmed().split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() != 2)
            continue;
        requests += parts.at(1).toLongLong();
        std::printf("      curl %-14s %6lld requests = %.1f/s\n", parts.at(0).constData(),
                    parts.at(1).toLongLong(), parts.at(1).toDouble() / wallSeconds);
    }
    std::printf(
        "      %.2f ms of CPU per request, status polls included (the loops fall short of %d Hz: bash "
        "forks curl and sleep for each one)\n",
        requests ? 1000 * cpu / double(requests) : 0.0, hz);
    return true;
}

bool runDrill(MainWindow& window, PaintTimer* paints, qint64* samples)
{
    const qint64 samplesBefore = *samples;
    const int paintsBefore = paints->count;
    CpuReading before;
    before.take();
    window.startDrill();
    DrillConsole* drill = window.drillConsole();
    if (!drill || !drill->isStarted())
        return false;
    // The engine's samples reach the chart, not the (stopped) session's signal: count what the chart holds.
    QElapsedTimer timeout;
    timeout.start();
    QList<DrillStep::Id> confirmed; // each gate once, as the operator types the node name once
    while (!drill->isFinished() && timeout.elapsed() < 240000) {
        spin(100);
        const auto gate = drill->stepsPanel()->gate();
        if (gate && !confirmed.contains(gate->step)) {
            confirmed.append(gate->step);
            drill->confirmGate(gate->node);
        }
    }
    if (!drill->isFinished())
        return false;
    qint64 held = 0;
    for (const QString& target : window.chart()->targets())
        held += window.chart()->sampleCount(target);
    *samples = held;
    printCpu("during a whole drill (gates confirmed by code)", before, held - samplesBefore,
             paints->count - paintsBefore);
    std::printf("      verdict: %s\n", qPrintable(drill->stepsPanel()->bannerText().simplified()));
    return true;
}

int runLive(const Options& options)
{
    printHeader("live");
    QTemporaryDir tmp;
    ConsoleTestData::isolateSettings(tmp.filePath(QStringLiteral("settings")));
    LabFixture lab(QStringLiteral("127.0.40.1")); // takes the lab down when it goes, also on failure
    QString error;
    if (!lab.up(&error)) {
        std::fprintf(stderr, "bench-gui: lab up failed: %s\n", qPrintable(error));
        return 1;
    }
    const ConfigLoadResult loaded = ConfigLoader().load(lab.drillConfig());
    if (!loaded.ok()) {
        std::fprintf(stderr, "bench-gui: %s\n", qPrintable(loaded.errorText()));
        return 1;
    }
    DrillConfig config = *loaded.config;
    config.probes.interval = std::chrono::milliseconds(1000 / options.probeHz);
    config.drill.journalDir = tmp.filePath(QStringLiteral("journals"));
    const QString file = tmp.filePath(QStringLiteral("drill.yaml"));
    if (!ConfigWriter::writeFile(config, file, &error)) {
        std::fprintf(stderr, "bench-gui: %s\n", qPrintable(error));
        return 1;
    }
    const std::optional<QList<ProbeTarget>> targets = ProbePlan::fromConfig(config, &error);
    if (!targets) {
        std::fprintf(stderr, "bench-gui: %s\n", qPrintable(error));
        return 1;
    }

    std::printf(
        "3. live monitoring of a lab (127.0.40.1): %lld probe targets at %d Hz, etcd polled every %lld ms, "
        "window %dx%d\n",
        static_cast<long long>(targets->size()), options.probeHz,
        static_cast<long long>(config.etcd.pollInterval.count()), options.size.width(),
        options.size.height());
    bool ok = true;
    {
        MainWindow window;
        window.setLanguage(QStringLiteral("en"));
        window.resize(options.size);
        window.show();
        if (!waitExposed(window) || !window.openConfigFile(file) || !window.session()) {
            std::fprintf(stderr, "bench-gui: the console did not open %s\n", qPrintable(file));
            return 1;
        }
        qint64 samples = 0;
        QObject::connect(
            window.session(), &LiveSession::probeSamples, &window,
            [&samples](const QString&, const QList<ProbeSample>& batch) { samples += batch.size(); });
        auto* paints = new PaintTimer(window.chart()->viewport());
        spin(3000); // connections made, first snapshots in
        const qint64 samplesBefore = samples;
        const int paintsBefore = paints->count;
        CpuReading before;
        before.take();
        spin(options.liveSeconds * 1000);
        printCpu("etcd-drill console, whole process", before, samples - samplesBefore,
                 paints->count - paintsBefore);
        if (options.drill && !runDrill(window, paints, &samples)) {
            std::fprintf(stderr, "bench-gui: the drill did not finish\n");
            ok = false;
        }
    }
    std::printf("   load average before the reference: %s\n", qPrintable(loadAverage()));
    if (!runReference(config, *targets, options.probeHz, options.liveSeconds)) {
        std::fprintf(stderr, "bench-gui: the reference shell loop could not run\n");
        ok = false;
    }
    std::printf(
        "   note: the console's monitor asks status, health (a linearizable read), member list and alarms "
        "of every member per poll; etcdctl endpoint status --cluster asks member list and status\n");
    lab.down();
    return ok ? 0 : 1;
}

// Every part in a process of its own, one after the other, with the same options.
int runAll(const QStringList& arguments)
{
    int result = 0;
    for (const QString& part :
         {QStringLiteral("startup"), QStringLiteral("replay"), QStringLiteral("live")}) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    arguments + QStringList{QStringLiteral("--part"), part});
        if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit ||
            child.exitCode() != 0) {
            std::fprintf(stderr, "bench-gui: part %s failed\n", qPrintable(part));
            result = 1;
        }
        std::printf("\n");
        std::fflush(stdout);
    }
    return result;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (argc > 1 && qstrcmp(argv[1], "--startup-child") == 0)
        return startupChild(argc, argv);

    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption part(QStringLiteral("part"), QStringLiteral("replay, startup or live"),
                                  QStringLiteral("part"));
    const QCommandLineOption startupRuns(QStringLiteral("startup-runs"), QStringLiteral("launches of each"),
                                         QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption liveSeconds(QStringLiteral("live-seconds"), QStringLiteral("live measurement"),
                                         QStringLiteral("s"), QStringLiteral("60"));
    const QCommandLineOption probeHz(QStringLiteral("probe-hz"),
                                     QStringLiteral("probes per second per target"), QStringLiteral("hz"),
                                     QStringLiteral("20"));
    const QCommandLineOption batchMs(QStringLiteral("batch-ms"),
                                     QStringLiteral("replay batch (the scheduler's: 50)"),
                                     QStringLiteral("ms"), QStringLiteral("50"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("window size"),
                                  QStringLiteral("WxH"), QStringLiteral("1600x1000"));
    const QCommandLineOption drill(QStringLiteral("drill"),
                                   QStringLiteral("live: also measure a whole lab drill"));
    parser.addOptions({part, startupRuns, liveSeconds, probeHz, batchMs, size, drill});
    parser.process(app);

    Options options;
    options.part = parser.value(part);
    options.startupRuns = std::max(1, parser.value(startupRuns).toInt());
    options.liveSeconds = std::max(1, parser.value(liveSeconds).toInt());
    options.probeHz = std::clamp(parser.value(probeHz).toInt(), 1, 50);
    options.batchMs = std::max(1, parser.value(batchMs).toInt());
    const QStringList wh = parser.value(size).split(u'x');
    options.size = QSize(std::max(640, wh.value(0).toInt()), std::max(480, wh.value(1).toInt()));
    options.drill = parser.isSet(drill);

    if (options.part.isEmpty()) {
        QStringList forwarded = QCoreApplication::arguments().mid(1);
        return runAll(forwarded);
    }
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    if (options.part == QLatin1String("replay"))
        return runReplay(options);
    if (options.part == QLatin1String("startup"))
        return runStartup(options);
    if (options.part == QLatin1String("live"))
        return runLive(options);
    std::fprintf(stderr, "bench-gui: --part is replay, startup or live, not %s\n", qPrintable(options.part));
    return 2;
}

#include "BenchGui.moc"
