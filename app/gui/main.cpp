// etcd-drill: the drill console. Parses the command line, then opens the main window; everything else lives
// in ui/ (etcddrill_ui) and core/.
//   etcd-drill [drill.yaml]     open that drill config at once
//   etcd-drill --lab            start (or use) the embedded lab and open its config
//   etcd-drill --replay DIR     replay a recorded drill (its folder or its journal.jsonl)
#include "LanguageSwitcher.h"
#include "MainWindow.h"
#include "diag/CrashHandler.h"
#include "lab/LabLayout.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QHostAddress>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <optional>

namespace {

struct Options
{
    QString configFile;
    QString replay;
    bool lab = false;
    etcddrill::LabLayout layout;
    bool presenter = false;
};

// Parsed with a QCoreApplication only, so that --help, --version and option errors work without a display.
std::optional<Options> parseOptions(int argc, char** argv, int* exitCode)
{
    QCoreApplication app(argc, argv);
    etcddrill::LanguageSwitcher language;
    language.apply(QSettings().value(etcddrill::LanguageSwitcher::settingsKey()).toString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Guided, measured etcd high-availability drills (the drill console)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("drill.yaml"),
                                 QCoreApplication::translate("main", "The drill config to open at once."),
                                 QStringLiteral("[drill.yaml]"));
    const QCommandLineOption lab(QStringLiteral("lab"),
                                 QCoreApplication::translate("main",
                                                             "Start the embedded lab (or use the one already "
                                                             "running) and open its drill config. A lab "
                                                             "started here stops when etcd-drill exits."));
    const QCommandLineOption labDir(QStringLiteral("lab-dir"),
                                    QCoreApplication::translate("main", "The lab's directory (default: %1).")
                                        .arg(etcddrill::LabLayout::defaultDir()),
                                    QStringLiteral("dir"));
    const QCommandLineOption labAddress(
        QStringLiteral("lab-base-address"),
        QCoreApplication::translate("main", "The first lab node's loopback address (default: %1).")
            .arg(etcddrill::LabLayout().baseAddress),
        QStringLiteral("address"));
    const QCommandLineOption presenter(
        QStringLiteral("presenter"),
        QCoreApplication::translate("main", "Start in presenter mode (for this session; F11 "
                                            "switches it and is remembered)."));
    const QCommandLineOption replay(
        QStringLiteral("replay"),
        QCoreApplication::translate("main", "Replay a recorded drill: its folder or its journal.jsonl."),
        QStringLiteral("journal"));
    parser.addOptions({lab, labDir, labAddress, presenter, replay});
    parser.process(app); // --help, --version and unknown options end here

    QTextStream err(stderr);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        err << QCoreApplication::translate("main", "etcd-drill: give at most one drill config") << '\n';
        *exitCode = 2;
        return std::nullopt;
    }
    if (parser.isSet(lab) && !positional.isEmpty()) {
        err << QCoreApplication::translate(
                   "main", "etcd-drill: --lab opens the lab's own drill config; give no drill.yaml with it")
            << '\n';
        *exitCode = 2;
        return std::nullopt;
    }
    if (parser.isSet(replay) && (parser.isSet(lab) || !positional.isEmpty())) {
        err << QCoreApplication::translate(
                   "main",
                   "etcd-drill: --replay shows a recorded drill; give no drill.yaml and no --lab with it")
            << '\n';
        *exitCode = 2;
        return std::nullopt;
    }
    Options options;
    options.configFile = positional.value(0);
    options.replay = parser.value(replay);
    options.lab = parser.isSet(lab);
    options.presenter = parser.isSet(presenter);
    if (parser.isSet(labDir))
        options.layout.dir = parser.value(labDir);
    if (parser.isSet(labAddress)) {
        options.layout.baseAddress = parser.value(labAddress);
        if (QHostAddress(options.layout.baseAddress).protocol() != QAbstractSocket::IPv4Protocol) {
            err << QCoreApplication::translate(
                       "main",
                       "etcd-drill: --lab-base-address %1 is not an IPv4 address; use a loopback address "
                       "such as 127.0.10.1")
                       .arg(options.layout.baseAddress)
                << '\n';
            *exitCode = 2;
            return std::nullopt;
        }
    }
    return options;
}

} // namespace

int main(int argc, char** argv)
{
    etcddrill::CrashHandler::install(QStringLiteral("etcd-drill"));
    QCoreApplication::setOrganizationName(QStringLiteral("etcd-drill"));
    QCoreApplication::setApplicationName(QStringLiteral("etcd-drill"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ETCD_DRILL_VERSION));

    int exitCode = 0;
    const std::optional<Options> options = parseOptions(argc, argv, &exitCode);
    if (!options)
        return exitCode;

    QApplication app(argc, argv);
    QGuiApplication::setApplicationDisplayName(QStringLiteral("etcd-drill"));
    QGuiApplication::setDesktopFileName(QStringLiteral("etcd-drill"));
    etcddrill::MainWindow window;
    if (options->presenter)
        window.setPresenterMode(true,
                                false); // this session only: the next plain start is as the user left it
    window.show();
    // After show(): the window is up before the config is read or the lab starts.
    QTimer::singleShot(0, &window, [&window, &options] {
        if (!options->replay.isEmpty())
            window.openReplay(options->replay);
        else if (options->lab)
            window.startEmbeddedLab(options->layout);
        else if (!options->configFile.isEmpty())
            window.openConfigFile(options->configFile);
    });
    return app.exec();
}
