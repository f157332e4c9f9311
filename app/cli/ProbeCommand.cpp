#include "ProbeCommand.h"

#include "CommandHelp.h"

#include "ProbeReport.h"
#include "ProbeSecond.h"
#include "SampleCsvWriter.h"

#include "ConfigLoader.h"
#include "Duration.h"
#include "ImpactTracker.h"
#include "OutageTracker.h"
#include "ProbePlan.h"
#include "ProbeScheduler.h"
#include "SteadyClock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <optional>
#include <vector>

namespace etcddrill {

namespace {

constexpr int kExitFailures = 1;
constexpr int kExitConfig = 3;

volatile std::sig_atomic_t g_interrupted = 0;

void onInterrupt(int)
{
    g_interrupted = 1;
}

} // namespace

int ProbeCommand::run(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Probes every way into the apiserver that the drill config names (probes.targets such as the VIP and "
        "the "
        "domain, and each node's apiserver with probes.node-apiservers) without running a drill. Prints one "
        "line per target and second, and the impact figures per target at the end (--duration elapsed or "
        "Ctrl+C).\nExit codes: 0 no probe failed, 1 some target had failed probes, 3 usage or config "
        "error."));
    parser.addHelpOption();
    const QCommandLineOption configOption(
        {QStringLiteral("c"), QStringLiteral("config")},
        QStringLiteral("Drill config (YAML), see docs/config-reference.md."), QStringLiteral("file"));
    const QCommandLineOption durationOption(
        QStringLiteral("duration"),
        QStringLiteral("Stop after this long, e.g. 30s or 5m (default: run "
                       "until Ctrl+C)."),
        QStringLiteral("duration"));
    const QCommandLineOption csvOption(
        QStringLiteral("csv"), QStringLiteral("Write every sample to this CSV file (one row per probe)."),
        QStringLiteral("file"));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), QStringLiteral("Print only the final figures, as JSON keyed by target "
                                               "name."));
    parser.addOptions({configOption, durationOption, csvOption, jsonOption});
    QStringList argv = arguments;
    argv.prepend(QStringLiteral("etcd-drill-cli probe"));
    if (!parser.parse(argv)) {
        err << "etcd-drill-cli probe: " << parser.errorText() << "\nRun 'etcd-drill-cli probe --help'.\n";
        return kExitConfig;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << CommandHelp::text(parser, QStringLiteral("probe"));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << "etcd-drill-cli probe: unexpected argument '" << parser.positionalArguments().constFirst()
            << "'. Give the config with -c drill.yaml.\n";
        return kExitConfig;
    }
    if (!parser.isSet(configOption)) {
        err << "etcd-drill-cli probe: no drill config given: pass -c drill.yaml (the probes come from its "
               "probes: section and nodes[].apiserver).\n";
        return kExitConfig;
    }
    std::optional<std::chrono::milliseconds> duration;
    if (parser.isSet(durationOption)) {
        QString why;
        duration = Duration::parse(parser.value(durationOption), &why);
        if (!duration || *duration <= std::chrono::milliseconds::zero()) {
            err << "etcd-drill-cli probe: --duration: "
                << (duration ? QStringLiteral("must be more than 0, e.g. 30s") : why) << "\n";
            return kExitConfig;
        }
    }

    const ConfigLoadResult loaded = ConfigLoader().load(parser.value(configOption));
    if (!loaded.ok()) {
        err << loaded.errorText() << "\n";
        return kExitConfig;
    }
    const DrillConfig& config = *loaded.config;
    QString error;
    const std::optional<QList<ProbeTarget>> targets = ProbePlan::fromConfig(config, &error);
    if (!targets) {
        err << error << "\n";
        return kExitConfig;
    }
    if (targets->isEmpty()) {
        err << parser.value(configOption)
            << ": nothing to probe: add probes.targets (e.g. name: vip, url: "
               "https://192.0.2.100:6443/readyz) or "
               "nodes[].apiserver with probes.node-apiservers: true\n";
        return kExitConfig;
    }

    const bool json = parser.isSet(jsonOption);
    ImpactTracker tracker(SteadyClock::instance(), ProbePlan::outageThreshold(config));
    tracker.setDegradedRule(config.probes.degradedWindow, config.probes.degradedThreshold);
    OutageTracker outages(tracker); // for the open outage each second's line shows
    ProbeScheduler scheduler(*targets);
    std::vector<ProbeSecond> seconds(size_t(targets->size()));
    std::vector<QMap<QString, quint64>> backends(size_t(targets->size()));
    int nameWidth = 0;
    for (const ProbeTarget& target : *targets)
        nameWidth = std::max(nameWidth, int(target.name.size()));

    const QDateTime wallAt = QDateTime::currentDateTimeUtc();
    const auto steadyAt = std::chrono::steady_clock::now();
    if (!scheduler.start(&error)) {
        err << parser.value(configOption) << ": " << error << "\n";
        return kExitConfig;
    }
    std::unique_ptr<SampleCsvWriter> csv;
    if (parser.isSet(csvOption)) {
        csv = std::make_unique<SampleCsvWriter>(scheduler.startTime(), wallAt, steadyAt);
        if (!csv->open(parser.value(csvOption), &error)) {
            scheduler.stop();
            err << "etcd-drill-cli probe: " << error << "\n";
            return kExitConfig;
        }
    }
    QObject::connect(
        &scheduler, &ProbeScheduler::samplesReady, [&](int index, const QList<ProbeSample>& samples) {
            const QString& name = targets->at(index).name;
            outages.add(name, samples);
            // States, not flickers: a line when a way in becomes degraded and ok again.
            for (const OutageTracker::DegradedChange& change : outages.takeDegradedChanges(name)) {
                if (!json)
                    out << QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")) << "  "
                        << ProbeReport::degradedText(name, change.period, change.opened) << "\n";
            }
            for (const ProbeSample& sample : samples) {
                seconds[size_t(index)].add(sample);
                if (sample.has(ProbeSample::GotResponse) && sample.backendId != 0)
                    ++backends[size_t(index)][sample.backend()];
                if (csv)
                    csv->write(name, sample);
            }
        });

    if (!json) {
        out << "Probing " << targets->size() << " target(s) from " << parser.value(configOption)
            << (duration ? QStringLiteral(" for %1").arg(Duration::format(*duration))
                         : QStringLiteral(" until Ctrl+C"))
            << ":\n";
        for (const ProbeTarget& target : *targets) {
            out << "  " << target.name.leftJustified(nameWidth) << "  " << target.url.toString() << " every "
                << Duration::format(target.interval)
                << (target.resolveAddress.isEmpty()
                        ? QString()
                        : QStringLiteral(", resolved to ") + target.resolveAddress)
                << "\n";
        }
        out.flush();
    }

    QEventLoop loop;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const QString clock = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"));
        for (qsizetype i = 0; i < targets->size(); ++i) {
            const QString& name = targets->at(i).name;
            std::optional<std::chrono::microseconds> open;
            if (const std::optional<OutageWindow> window = outages.openWindow(name))
                open = window->duration;
            if (!json)
                out << ProbeReport::secondLine(clock, name, nameWidth, seconds[size_t(i)], open) << "\n";
            seconds[size_t(i)] = ProbeSecond();
        }
        out.flush();
    });
    tick.start(1000);
    QTimer interruptPoll; // a signal handler may only set a flag; the event loop looks at it
    QObject::connect(&interruptPoll, &QTimer::timeout, [&] {
        if (g_interrupted)
            loop.quit();
    });
    interruptPoll.start(100);
    QTimer end;
    end.setSingleShot(true);
    end.setTimerType(Qt::PreciseTimer); // a coarse timer may end a 30 s run 1.5 s early
    QObject::connect(&end, &QTimer::timeout, &loop, &QEventLoop::quit);
    if (duration)
        end.start(*duration);
    g_interrupted = 0;
    const auto previousInt = std::signal(SIGINT, onInterrupt);
    const auto previousTerm = std::signal(SIGTERM, onInterrupt);
    loop.exec();
    std::signal(SIGINT, previousInt);
    std::signal(SIGTERM, previousTerm);
    tick.stop();
    scheduler.stop();
    // Samples the worker handed over before it stopped are still queued for this thread.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    const auto ran = std::chrono::steady_clock::now() - steadyAt;

    bool failures = false;
    QJsonObject perTarget;
    QStringList texts;
    for (qsizetype i = 0; i < targets->size(); ++i) {
        const ProbeTarget& target = targets->at(i);
        const ImpactSummary summary = tracker.summary(target.name);
        failures = failures || summary.failed > 0;
        if (json)
            perTarget.insert(target.name,
                             ProbeReport::finalJson(summary, target.url.toString(), backends[size_t(i)]));
        else
            texts << ProbeReport::finalText(summary, target.url.toString(), backends[size_t(i)]);
    }
    if (csv && !csv->close(&error))
        err << "etcd-drill-cli probe: " << error << "\n";
    if (json) {
        const QJsonObject document{
            {QStringLiteral("config"), config.sourceFile},
            {QStringLiteral("started"), wallAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("durationMs"),
             double(std::chrono::duration_cast<std::chrono::milliseconds>(ran).count())},
            {QStringLiteral("outageThreshold"), ProbePlan::outageThreshold(config)},
            {QStringLiteral("targets"), perTarget},
        };
        out << QJsonDocument(document).toJson(QJsonDocument::Indented);
    } else {
        out << "\nImpact per target ("
            << ProbeReport::formatMs(std::chrono::duration<double, std::milli>(ran).count()) << "):\n"
            << texts.join(QLatin1Char('\n')) << "\n";
    }
    out.flush();
    return failures ? kExitFailures : 0;
}

} // namespace etcddrill
