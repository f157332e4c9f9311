#include "RecoverCommand.h"

#include "CliLanguage.h"
#include "CommandHelp.h"

#include "config/ConfigLoader.h"
#include "drill/DrillRecovery.h"
#include "drill/DrillText.h"
#include "i18n/DrillDuration.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>
#include <QTimer>

#include <csignal>

namespace etcddrill {

namespace {

constexpr int kExitRestored = 0;
constexpr int kExitFailed = 1;
constexpr int kExitConfig = 3;

QString stamp()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss.zzz"));
}

} // namespace

int RecoverCommand::run(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Finishes drills whose console died: finds the journals "
                                                    "of the config's cluster in drill.journal-dir whose "
                                                    "target was stopped and never started again, starts it "
                                                    "with the recorded commands, verifies that it "
                                                    "rejoins as the same member and deletes the keys "
                                                    "its client workload left.\nExit codes: 0 restored or "
                                                    "nothing to do, 1 the restore failed (the output "
                                                    "says what to run by hand), 3 config error."));
    parser.addHelpOption();
    const QCommandLineOption configOption(
        {QStringLiteral("c"), QStringLiteral("config")},
        QStringLiteral("Drill config (YAML), see docs/config-reference.md."), QStringLiteral("file"));
    const QCommandLineOption journalOption(
        QStringLiteral("journal"),
        QStringLiteral(
            "Also look in this folder (a drill's journal folder, or a folder of them); may be repeated."),
        QStringLiteral("dir"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QStringLiteral("The language of what it prints: en or zh_CN (default: the system's)."),
        QStringLiteral("language"));
    parser.addOptions({configOption, journalOption, languageOption});
    QStringList argv = arguments;
    argv.prepend(QStringLiteral("etcd-drill-cli recover"));
    if (!parser.parse(argv)) {
        err << "etcd-drill-cli recover: " << parser.errorText() << "\nRun 'etcd-drill-cli recover --help'.\n";
        return kExitConfig;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << CommandHelp::text(parser, QStringLiteral("recover"));
        return 0;
    }
    if (!parser.isSet(configOption) || !parser.positionalArguments().isEmpty()) {
        err << "etcd-drill-cli recover: give the drill's config with -c drill.yaml (and nothing else).\n";
        return kExitConfig;
    }
    const std::unique_ptr<TranslationLoader> translation = CliLanguage::load(
        QStringLiteral("recover"), parser.value(languageOption), err, QStringLiteral("it prints English"));
    if (!translation)
        return kExitConfig;
    const ConfigLoadResult loaded = ConfigLoader().load(parser.value(configOption));
    if (!loaded.ok()) {
        err << loaded.errorText() << "\n";
        return kExitConfig;
    }

    DrillRecovery recovery(*loaded.config, DrillOptions{}, parser.values(journalOption));
    int exitCode = kExitFailed;
    auto print = [&](const QString& line) {
        out << stamp() << ' ' << line << '\n';
        out.flush();
    };
    QObject::connect(&recovery, &DrillRecovery::notice,
                     [&](const LocalizedText& text) { print(text.translated()); });
    QObject::connect(&recovery, &DrillRecovery::commandStarted, [&](const DrillCommand& command) {
        print(tr("running %1 %2:")
                  .arg(command.purpose.translated(), DrillText::location(command.location).translated()) +
              QStringLiteral("\n       $ ") + command.display);
    });
    QObject::connect(&recovery, &DrillRecovery::commandFinished,
                     [&](const DrillCommand&, const CommandResult& result) {
                         print(result.succeeded()
                                   ? tr("  done in %1").arg(DrillDuration::text(result.duration).translated())
                                   : tr("  FAILED: %1").arg(result.errorText));
                     });
    QObject::connect(&recovery, &DrillRecovery::finished, [&](const DrillRecoveryResult& result) {
        switch (result.status) {
        case DrillRecoveryResult::Status::NothingToDo:
            out << tr("Nothing to do: %1").arg(result.message.translated()) << "\n";
            exitCode = kExitRestored;
            break;
        case DrillRecoveryResult::Status::Restored:
            out << result.message.translated() << "\n";
            exitCode = kExitRestored;
            break;
        case DrillRecoveryResult::Status::Failed:
            err << tr("RECOVERY FAILED: %1").arg(result.message.translated()) << "\n";
            if (!result.manualInstructions.isEmpty())
                err << result.manualInstructions.translated() << "\n";
            exitCode = kExitFailed;
            break;
        }
        out.flush();
        err.flush();
        QCoreApplication::exit(0);
    });
    // Interrupting a restore half-way helps nobody: Ctrl+C is ignored while it runs.
    std::signal(SIGINT, SIG_IGN);
    QTimer::singleShot(0, &recovery, &DrillRecovery::start);
    QCoreApplication::exec();
    std::signal(SIGINT, SIG_DFL);
    return exitCode;
}

} // namespace etcddrill
