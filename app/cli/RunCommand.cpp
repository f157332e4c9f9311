#include "RunCommand.h"

#include "CliLanguage.h"
#include "CommandHelp.h"
#include "ProbeReport.h"

#include "config/ConfigLoader.h"
#include "config/Duration.h"
#include "drill/DataSafetyLines.h"
#include "drill/DrillEngine.h"
#include "drill/DrillNotifications.h"
#include "drill/DrillText.h"
#include "etcd/ClusterSnapshotJson.h"
#include "history/DrillComparison.h"
#include "i18n/DrillDuration.h"
#include "report/ReportBuilder.h"
#include "report/ReportJUnit.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <unistd.h>

namespace etcddrill {

namespace {

constexpr int kExitPassed = 0;
constexpr int kExitHypothesisFailed = 1;
constexpr int kExitAborted = 2;
constexpr int kExitConfig = 3;

volatile std::sig_atomic_t g_interrupts = 0;

void onInterrupt(int)
{
    g_interrupts = g_interrupts + 1;
}

QString stamp()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss.zzz"));
}

int exitCodeFor(DrillSummary::Outcome outcome)
{
    switch (outcome) {
    case DrillSummary::Outcome::Passed:
    case DrillSummary::Outcome::DryRun:
        return kExitPassed;
    case DrillSummary::Outcome::HypothesisFailed:
        return kExitHypothesisFailed;
    case DrillSummary::Outcome::Aborted:
    case DrillSummary::Outcome::RestoreFailed:
        return kExitAborted;
    case DrillSummary::Outcome::PreflightFailed:
        break;
    }
    return kExitConfig;
}

// The last lines of a command's output, indented, for a failed command.
QString tail(const QString& text, int lines)
{
    QStringList kept = text.trimmed().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    while (kept.size() > lines)
        kept.removeFirst();
    for (QString& line : kept)
        line.prepend(QStringLiteral("      | "));
    return kept.join(QLatin1Char('\n'));
}

} // namespace

int RunCommand::run(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs an etcd high-availability drill: preflight, stop the target's etcd, verify the survivors, "
        "start it "
        "again, verify the recovery, check that none of the client workload's acknowledged writes was lost "
        "(drill.workload.rate puts a second; reads from every member, a watch, HashKV), and judge the "
        "hypothesis.\nThe journal (journal.jsonl, samples.csv, "
        "summary.json) goes to drill.journal-dir/<cluster>-<UTC time>/ unless --out is given.\nExit codes: 0 "
        "passed, 1 hypothesis failed, 2 aborted or rolled back, 3 config or preflight error."));
    parser.addHelpOption();
    const QCommandLineOption configOption(
        {QStringLiteral("c"), QStringLiteral("config")},
        QStringLiteral("Drill config (YAML), see docs/config-reference.md."), QStringLiteral("file"));
    const QCommandLineOption yesOption(
        QStringLiteral("yes"), QStringLiteral("Confirm both gates without asking, whatever node the target "
                                              "resolves to."));
    const QCommandLineOption confirmOption(
        QStringLiteral("confirm"),
        QStringLiteral("Confirm both gates for this node only: the drill refuses when the target resolves to "
                       "another node."),
        QStringLiteral("node"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QStringLiteral("Write this drill's journal into this folder instead."),
                                       QStringLiteral("dir"));
    const QCommandLineOption dryRunOption(
        QStringLiteral("dry-run"),
        QStringLiteral("Run the preflight and show every command; change nothing."));
    const QCommandLineOption overrideOption(
        QStringLiteral("override-preflight"),
        QStringLiteral(
            "Go on although cluster or probe checks of the preflight failed (recorded in the journal). "
            "The lock and the fault's own checks are never overridden."));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QStringLiteral("The language of what the drill prints: en or zh_CN (default: the system's, as the "
                       "console). The journal is English whatever the choice."),
        QStringLiteral("language"));
    const QCommandLineOption junitOption(
        QStringLiteral("junit"),
        QStringLiteral("Also write the drill's results as JUnit XML for CI (one testcase per preflight check "
                       "and hypothesis; an aborted or rolled-back drill is an error). Replaces the file."),
        QStringLiteral("file"));
    parser.addOptions({configOption, yesOption, confirmOption, outOption, dryRunOption, overrideOption,
                       languageOption, junitOption});
    QStringList argv = arguments;
    argv.prepend(QStringLiteral("etcd-drill-cli run"));
    if (!parser.parse(argv)) {
        err << "etcd-drill-cli run: " << parser.errorText() << "\nRun 'etcd-drill-cli run --help'.\n";
        return kExitConfig;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << CommandHelp::text(parser, QStringLiteral("run"));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << "etcd-drill-cli run: unexpected argument '" << parser.positionalArguments().constFirst()
            << "'. Give the config with -c drill.yaml.\n";
        return kExitConfig;
    }
    if (!parser.isSet(configOption)) {
        err << "etcd-drill-cli run: no config given: pass -c drill.yaml (examples/drill.example.yaml shows "
               "one).\n";
        return kExitConfig;
    }
    const bool yes = parser.isSet(yesOption);
    const QString confirmNode = parser.value(confirmOption).trimmed();
    if (yes && parser.isSet(confirmOption)) {
        err << "etcd-drill-cli run: give either --yes or --confirm <node>, not both.\n";
        return kExitConfig;
    }
    if (parser.isSet(confirmOption) && confirmNode.isEmpty()) {
        err << "etcd-drill-cli run: --confirm needs the node name the drill will stop, e.g. --confirm M3.\n";
        return kExitConfig;
    }
    const bool dryRun = parser.isSet(dryRunOption);
    const bool interactive = !yes && confirmNode.isEmpty() && !dryRun;
    // Without a terminal nobody can type the node name: refuse before anything is touched, rather than
    // stop a member and then wait forever at the second gate.
    if (interactive && !isatty(STDIN_FILENO)) {
        err << "etcd-drill-cli run: stdin is not a terminal, so nobody can confirm the gates by typing the "
               "node "
               "name. Pass --confirm <node> (the drill then refuses any other target) or --yes to run "
               "unattended, or --dry-run to only see the commands.\n";
        return kExitConfig;
    }

    const ConfigLoadResult loaded = ConfigLoader().load(parser.value(configOption));
    if (!loaded.ok()) {
        err << loaded.errorText() << "\n";
        return kExitConfig;
    }
    const DrillConfig config = *loaded.config;

    const std::unique_ptr<TranslationLoader> translation = CliLanguage::load(
        QStringLiteral("run"), parser.value(languageOption), err, QStringLiteral("the drill prints English"));
    if (!translation)
        return kExitConfig;

    DrillOptions options;
    options.dryRun = dryRun;
    options.overridePreflight = parser.isSet(overrideOption);
    options.journalFolder = parser.value(outOption);

    DrillEngine engine(config, options);
    int exitCode = kExitConfig;
    bool confirmMismatch = false;
    std::optional<DrillGate> waitingGate;
    QString lastTarget;

    auto print = [&](const QString& line) {
        out << stamp() << ' ' << line << '\n';
        out.flush();
    };
    // While a prompt waits for the node name, cluster events and outage windows would land in the middle of
    // what the operator types: they are held back (the journal has them as they happen) and shown after.
    QStringList heldBack;
    auto printLive = [&](const QString& line) {
        if (waitingGate && interactive) {
            heldBack.append(stamp() + QLatin1Char(' ') + line);
            return;
        }
        print(line);
    };
    auto releaseHeldBack = [&] {
        for (const QString& line : std::as_const(heldBack))
            out << line << '\n';
        heldBack.clear();
        out.flush();
    };

    // Typed answers at the gates: read from stdin without blocking the event loop the drill runs on.
    QSocketNotifier stdinNotifier(STDIN_FILENO, QSocketNotifier::Read);
    stdinNotifier.setEnabled(false);
    QByteArray typed;
    auto prompt = [&](const DrillGate& gate) {
        out << "\n>>> " << tr("%1 (Ctrl+C aborts): ").arg(gate.promptText().translated());
        out.flush();
        stdinNotifier.setEnabled(true);
    };
    QObject::connect(&stdinNotifier, &QSocketNotifier::activated, [&] {
        char buffer[256];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) {
            stdinNotifier.setEnabled(false);
            print(tr("stdin closed at the confirmation: aborting"));
            engine.abort(QStringLiteral("stdin closed while waiting for the operator's confirmation"));
            return;
        }
        typed.append(buffer, n);
        const qsizetype newline = typed.indexOf('\n');
        if (newline < 0)
            return;
        const QString line = QString::fromLocal8Bit(typed.left(newline));
        typed.clear();
        stdinNotifier.setEnabled(false);
        if (!waitingGate)
            return;
        const DrillGate gate = *waitingGate;
        if (!engine.confirmGate(line))
            prompt(gate);
    });

    QObject::connect(&engine, &DrillEngine::stepChanged, [&](const DrillStep& step) {
        const int number = DrillStep::number(step.id);
        const QString title = number > 0
                                  ? tr("Step %1/5 %2").arg(number).arg(DrillStep::translatedTitle(step.id))
                                  : DrillStep::translatedTitle(step.id);
        const QString detail = step.translatedDetail();
        switch (step.state) {
        case DrillStep::State::Running:
            print(tr("== %1: %2").arg(title, detail));
            break;
        case DrillStep::State::Passed:
            print(detail.isEmpty() ? tr("== %1: PASSED").arg(title)
                                   : tr("== %1: PASSED (%2)").arg(title, detail));
            break;
        case DrillStep::State::Failed:
            print(tr("== %1: FAILED — %2").arg(title, detail));
            break;
        case DrillStep::State::WaitingForOperator:
        case DrillStep::State::Pending:
            break;
        case DrillStep::State::Skipped:
            if (!detail.isEmpty())
                print(tr("== %1: skipped (%2)").arg(title, detail));
            break;
        }
    });
    QObject::connect(&engine, &DrillEngine::checkFinished, [&](const DrillCheck& check) {
        print(QStringLiteral("   ") + check.describeTranslated());
    });
    QObject::connect(&engine, &DrillEngine::notice,
                     [&](const LocalizedText& text) { print(tr("   note: %1").arg(text.translated())); });
    QObject::connect(&engine, &DrillEngine::targetResolved, [&](const QString& node, const QString& how) {
        lastTarget = node;
        print(tr("   target: %1 (%2)").arg(node, DrillText::targetChoice(how).translated()));
        if (!confirmNode.isEmpty() && node != confirmNode) {
            confirmMismatch = true;
            print(
                tr("!! the target resolved to %1, but --confirm names %2: refusing").arg(node, confirmNode));
            engine.abort(QStringLiteral("the target resolved to %1, not to %2 named by --confirm")
                             .arg(node, confirmNode));
        }
    });
    QObject::connect(&engine, &DrillEngine::gateRequested, [&](const DrillGate& gate) {
        print(gate.dryRun ? tr("-- About to %1. These commands will run (dry run: shown only):")
                                .arg(gate.translatedAction())
                          : tr("-- About to %1. These commands will run:").arg(gate.translatedAction()));
        for (const DrillCommand& command : gate.commands) {
            out << "     "
                << tr("%1, %2:").arg(command.purpose.translated(),
                                     DrillText::location(command.location).translated())
                << "\n       $ " << command.display << "\n";
        }
        out.flush();
        if (dryRun) {
            engine.confirmGate(gate.node);
        } else if (yes) {
            print(tr("   confirmed by --yes"));
            engine.confirmGate(gate.node);
        } else if (!confirmNode.isEmpty()) {
            print(tr("   confirmed by --confirm %1").arg(confirmNode));
            engine.confirmGate(confirmNode);
        } else {
            waitingGate = gate;
            prompt(gate);
        }
    });
    QObject::connect(&engine, &DrillEngine::gateRefused, [&](const DrillGate&, const QString& reason) {
        print(tr("   not confirmed: %1").arg(reason));
        if (!interactive)
            engine.abort(QStringLiteral("the gate was not confirmed: %1").arg(reason));
    });
    QObject::connect(&engine, &DrillEngine::gateConfirmed, [&](const DrillGate&) {
        waitingGate.reset();
        releaseHeldBack();
    });
    QObject::connect(&engine, &DrillEngine::commandStarted, [&](const DrillCommand& command) {
        const QString purpose = command.purpose.translated();
        const QString where = DrillText::location(command.location).translated();
        print((command.dryRun ? tr("   would run %1 %2:") : tr("   running %1 %2:")).arg(purpose, where) +
              QStringLiteral("\n       $ ") + command.display);
    });
    QObject::connect(
        &engine, &DrillEngine::commandFinished,
        [&](const DrillCommand& command, const CommandResult& result) {
            if (command.dryRun)
                return;
            if (result.succeeded()) {
                print(tr("     done in %1").arg(DrillDuration::text(result.duration).translated()));
                return;
            }
            QString line = tr("     FAILED after %1: %2")
                               .arg(DrillDuration::text(result.duration).translated(), result.errorText);
            const QString output = tail(result.stdErr.isEmpty() ? result.stdOut : result.stdErr, 4);
            if (!output.isEmpty())
                line += QLatin1Char('\n') + output;
            print(line);
        });
    QObject::connect(&engine, &DrillEngine::clusterEvent, [&](const ClusterEvent& event) {
        print(tr("   event: %1").arg(event.describeText().translated()));
    });
    // States, not flickers: a line when a way in becomes degraded or ok again, and one for each hard outage
    // of a second or more once it ended; the per-second line keeps the counts (and "down 12.1 s" meanwhile).
    QObject::connect(&engine, &DrillEngine::degradedPeriodOpened,
                     [&](const QString& target, const DegradedPeriod& period) {
                         printLive(QStringLiteral("   ") + ProbeReport::degradedText(target, period, true));
                     });
    QObject::connect(&engine, &DrillEngine::degradedPeriodClosed,
                     [&](const QString& target, const DegradedPeriod& period) {
                         printLive(QStringLiteral("   ") + ProbeReport::degradedText(target, period, false));
                     });
    QObject::connect(
        &engine, &DrillEngine::outageWindowClosed, [&](const QString& target, const OutageWindow& window) {
            if (window.duration < std::chrono::seconds(1))
                return;
            printLive(tr("   outage on %1: %2 (%3 failed probes in a row, first %4)")
                          .arg(target, DrillDuration::text(window.duration).translated())
                          .arg(window.failedSamples)
                          .arg(window.firstDetail.isEmpty() ? ProbeSample::outcomeName(window.firstOutcome)
                                                            : window.firstDetail));
        });
    QObject::connect(&engine, &DrillEngine::progress, [&](const DrillProgress& progress) {
        if (progress.phase == QLatin1String("preflight") ||
            progress.phase == QLatin1String("waiting for the operator"))
            return;
        print(QStringLiteral("   ") + progress.describeText().translated());
    });
    QObject::connect(&engine, &DrillEngine::stopConditionTriggered, [&](const LocalizedText& reasonText) {
        const QString reason = reasonText.translated();
        waitingGate.reset();
        stdinNotifier.setEnabled(false);
        releaseHeldBack();
        print(tr("!! STOP CONDITION: %1 — rolling back").arg(reason));
    });
    QObject::connect(&engine, &DrillEngine::finished, [&](const DrillSummary& summary) {
        waitingGate.reset();
        stdinNotifier.setEnabled(false);
        releaseHeldBack();
        out << "\n";
        if (summary.verdict) {
            out << tr("Verdict:") << "\n";
            for (const HypothesisLine& line : summary.verdict->lines)
                out << "  " << line.describeTranslated() << "\n";
        } else if (summary.measurements.dataSafety && summary.measurements.dataSafety->readDone) {
            // No verdict (an abort, a rollback): what the workload's checks found is still worth reading.
            out << tr("Data safety (the drill ended before its verdict; these do not change its outcome):")
                << "\n";
            for (const HypothesisLine& line :
                 DataSafetyLines::of(*summary.measurements.dataSafety, config.drill.hypothesis))
                out << "  " << line.describeTranslated() << "\n";
        }
        if (!summary.impact.isEmpty())
            out << tr("Client impact per phase (every window and latency in the journal and samples.csv):")
                << "\n";
        for (const ImpactSummary& impact : summary.impact) {
            out << "  " << ProbeReport::headLine(impact) << "\n";
            for (const QString& line : ProbeReport::phaseLines(impact))
                out << line << "\n";
        }
        // Against the previous drill of this cluster: what got worse is said before the headline.
        if (!summary.journalFolder.isEmpty() && !dryRun) {
            const QString journalDir = config.drill.journalDir.isEmpty() ? ConfigLoader::defaultJournalDir()
                                                                         : config.drill.journalDir;
            const std::optional<ReportComparison> comparison = DrillComparison::forDrill(
                summary.journalFolder, journalDir.isEmpty() ? QStringList() : QStringList{journalDir});
            if (comparison) {
                out << tr("Compared with the previous drill of this cluster (%1, %2):")
                           .arg(comparison->previousStartedAt.toUTC().toString(
                                    QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                                ComparedFigure::outcomeText(comparison->previousOutcome).translated())
                    << "\n";
                for (const ComparedFigure& figure : comparison->figures) {
                    if (figure.change == ComparedFigure::Change::NotComparable && !figure.current &&
                        !figure.previous)
                        continue;
                    out << (figure.worse() ? "  !! " : "     ") << figure.line().translated() << "\n";
                }
                if (comparison->worse() > 0)
                    out << tr("%n key figure(s) got worse than in the previous drill.", nullptr,
                              comparison->worse())
                        << "\n";
            }
        }
        out << summary.headlineText().translated() << "\n";
        if (!summary.restoreInstructions.isEmpty())
            out << "\n" << summary.restoreInstructions.translated() << "\n";
        if (!summary.journalFolder.isEmpty())
            out << tr("Journal: %1").arg(summary.journalFolder) << "\n";
        if (parser.isSet(junitOption)) {
            QString error;
            ReportModel model;
            if (!summary.journalFolder.isEmpty()) {
                model = ReportBuilder::build(summary.journalFolder, &error);
            } else {
                // No journal (it could not be created): CI still gets a file, with the drill as an error.
                model.cluster = config.clusterName;
                model.targetSpec = config.targetSpec();
                model.fault = DrillSettings::faultName(config.drill.fault);
                model.outcome = DrillSummary::outcomeName(summary.outcome);
                model.headline = summary.headline();
                model.reason = summary.reason;
                model.incompleteReasons = {
                    QStringLiteral("the drill has no journal: %1").arg(summary.reason)};
            }
            if (error.isEmpty() && ReportJUnit::writeFile(model, parser.value(junitOption), true, &error))
                out << tr("JUnit: %1").arg(QDir::toNativeSeparators(parser.value(junitOption))) << "\n";
            else
                err << tr("etcd-drill-cli run: no JUnit file written: %1").arg(error) << "\n";
        }
        out.flush();
        exitCode = confirmMismatch ? kExitConfig : exitCodeFor(summary.outcome);
        // The last messages to the team's chat (the verdict) go out before the process ends, for at most the
        // notify timeout; a webhook that hangs costs that long, never the drill's outcome.
        DrillNotifications* notifications = engine.notifications();
        if (notifications->pending() == 0) {
            QCoreApplication::exit(0);
            return;
        }
        QObject::connect(notifications, &DrillNotifications::drained, [] { QCoreApplication::exit(0); });
        QTimer::singleShot(config.notify.timeout + std::chrono::milliseconds(500),
                           [] { QCoreApplication::exit(0); });
    });

    const QString target = config.drill.targetKind == DrillSettings::TargetKind::Node
                               ? config.drill.targetNode
                           : config.drill.targetKind == DrillSettings::TargetKind::Leader ? tr("the leader")
                                                                                          : tr("a follower");
    const QString fault = DrillSettings::faultName(config.drill.fault);
    print(tr("Drill of cluster '%1' (%2 nodes), target %3, fault %4")
              .arg(config.clusterName)
              .arg(config.nodes.size())
              .arg(target, fault) +
          (dryRun ? tr(" — DRY RUN, nothing will be changed") : QString()));

    g_interrupts = 0;
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    std::signal(SIGHUP, onInterrupt);
    QTimer interruptPoll; // a signal handler may only set a flag; the event loop acts on it
    int handled = 0;
    QObject::connect(&interruptPoll, &QTimer::timeout, [&] {
        if (g_interrupts == handled)
            return;
        handled = g_interrupts;
        if (handled == 1) {
            stdinNotifier.setEnabled(false);
            print(engine.faultApplied()
                      ? tr("!! interrupted: restoring %1 and verifying its recovery — please wait")
                            .arg(lastTarget)
                      : tr("!! interrupted: stopping the drill"));
            engine.abort(QStringLiteral("interrupted by the operator (Ctrl+C)"));
        } else {
            print(tr("!! still rolling back; the drill ends once %1 is restored (leaving now could strand "
                     "it stopped; if you must, kill -9 and run etcd-drill-cli recover)")
                      .arg(lastTarget.isEmpty() ? tr("the target") : lastTarget));
        }
    });
    interruptPoll.start(100);

    QTimer::singleShot(0, &engine, &DrillEngine::start);
    QCoreApplication::exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    std::signal(SIGHUP, SIG_DFL);
    return exitCode;
}

} // namespace etcddrill
