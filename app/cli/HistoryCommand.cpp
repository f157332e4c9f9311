#include "HistoryCommand.h"

#include "CliLanguage.h"
#include "CommandHelp.h"

#include "config/ConfigLoader.h"
#include "history/DrillComparison.h"
#include "history/DrillHistory.h"
#include "i18n/DrillDuration.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace etcddrill {

namespace {

constexpr int kExitListed = 0;
constexpr int kExitProblem = 1;
constexpr int kExitUsage = 3;

QString ms(const std::optional<double>& value)
{
    return value ? DrillDuration::fromMillis(*value).translated() : QStringLiteral("—");
}

// "1.2 s / 0.40 %": the longest outage and the error rate of the first way in of a kind (vip, domain).
QString way(const DrillHistoryEntry& e, const QString& name)
{
    const DrillHistoryEntry::Target* t = e.wayIn(name);
    if (!t)
        return QStringLiteral("—");
    return QStringLiteral("%1 / %2 %")
        .arg(DrillDuration::fromMillis(t->longestOutageMs).translated())
        .arg(t->errorRate() * 100.0, 0, 'f', 2);
}

// The columns a terminal gives a text: CJK characters take two.
int displayWidth(const QString& text)
{
    int width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) ||
                          (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) ||
                          (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60) ||
                          (u >= 0xFFE0 && u <= 0xFFE6);
        width += wide ? 2 : 1;
    }
    return width;
}

QString pad(const QString& text, int width)
{
    return text + QString(std::max(1, width - displayWidth(text)), QLatin1Char(' '));
}

} // namespace

QString HistoryCommand::dataSafety(const DrillHistoryEntry& e)
{
    if (!e.dataSafetyRecorded)
        return QStringLiteral("—");
    if (!e.hashesAgree)
        return tr("%1 lost").arg(e.lostWrites);
    return *e.hashesAgree ? tr("%1 lost, hashes agree").arg(e.lostWrites)
                          : tr("%1 lost, HASHES DIFFER").arg(e.lostWrites);
}

int HistoryCommand::run(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Lists every drill found in the journal folders, newest first: date, operator, target, fault, "
        "verdict, per way in (vip, domain) the longest outage and the error rate, the leader election, the "
        "recovery and the data-safety checks, and how many key figures got worse than in the drill of the "
        "same cluster before it (durations by more than 500 ms and 25 %, error rates by more than 0.5 "
        "points and 25 %, lost writes by any). Folders whose journal cannot be read, or that were cut off, "
        "are listed with the reason.\n"
        "Exit codes: 0 listed (also when none was found), 1 a folder could not be listed, 3 usage or config "
        "error."));
    parser.addHelpOption();
    const QCommandLineOption configOption(
        {QStringLiteral("c"), QStringLiteral("config")},
        QStringLiteral(
            "A drill config: its cluster's drills in its drill.journal-dir (or the default journal "
            "folder)."),
        QStringLiteral("file"));
    const QCommandLineOption dirOption(
        QStringLiteral("dir"),
        QStringLiteral("A journal folder (or one drill's folder) to list; may be given more than once. "
                       "Default: the config's journal folder, else %1.")
            .arg(ConfigLoader::defaultJournalDir()),
        QStringLiteral("dir"));
    const QCommandLineOption clusterOption(
        QStringLiteral("cluster"),
        QStringLiteral("Only the drills of this cluster (default: the config's cluster, else all)."),
        QStringLiteral("name"));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), QStringLiteral("Print JSON (one object per drill) instead of a table."));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QStringLiteral(
            "The language of the table: en or zh_CN (default: the system's, as the console). --json "
            "keeps English keys whatever the choice."),
        QStringLiteral("language"));
    parser.addOptions({configOption, dirOption, clusterOption, jsonOption, languageOption});
    QStringList argv = arguments;
    argv.prepend(QStringLiteral("etcd-drill-cli history"));
    if (!parser.parse(argv)) {
        err << "etcd-drill-cli history: " << parser.errorText() << "\nRun 'etcd-drill-cli history --help'.\n";
        return kExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << CommandHelp::text(parser, QStringLiteral("history"));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << "etcd-drill-cli history: unexpected argument '" << parser.positionalArguments().constFirst()
            << "'. Give folders with --dir.\n";
        return kExitUsage;
    }
    const std::unique_ptr<TranslationLoader> translation =
        CliLanguage::load(QStringLiteral("history"), parser.value(languageOption), err,
                          QStringLiteral("the table is in English"));
    if (!translation)
        return kExitUsage;
    QStringList folders = parser.values(dirOption);
    QString cluster = parser.value(clusterOption);
    if (parser.isSet(configOption)) {
        const ConfigLoadResult loaded = ConfigLoader().load(parser.value(configOption));
        if (!loaded.ok()) {
            err << loaded.errorText() << "\n";
            return kExitUsage;
        }
        if (folders.isEmpty())
            folders << (loaded.config->drill.journalDir.isEmpty() ? ConfigLoader::defaultJournalDir()
                                                                  : loaded.config->drill.journalDir);
        if (cluster.isEmpty())
            cluster = loaded.config->clusterName;
    }
    if (folders.isEmpty()) {
        const QString fallback = ConfigLoader::defaultJournalDir();
        if (fallback.isEmpty()) {
            err << "etcd-drill-cli history: there is no default journal folder here: give --dir or -c.\n";
            return kExitUsage;
        }
        folders << fallback;
    }

    const DrillHistory::Scan scan = DrillHistory::scan(folders, cluster);
    for (const QString& problem : scan.problems)
        err << "etcd-drill-cli history: " << problem << "\n";
    for (const QString& note : scan.notes)
        err << "etcd-drill-cli history: note: " << note << "\n";

    if (parser.isSet(jsonOption)) {
        QJsonArray drills;
        for (const DrillHistoryEntry& e : scan.entries) {
            QJsonObject json = e.toJson();
            if (const auto previous = DrillHistory::previous(e, scan.entries); previous && e.comparable())
                json.insert(QStringLiteral("comparison"),
                            DrillComparison::toJson(*previous, DrillComparison::compare(e, *previous)));
            drills.append(json);
        }
        QJsonObject root{{QStringLiteral("folders"), QJsonArray::fromStringList(folders)},
                         {QStringLiteral("cluster"), cluster},
                         {QStringLiteral("drills"), drills},
                         {QStringLiteral("problems"), QJsonArray::fromStringList(scan.problems)},
                         {QStringLiteral("notes"), QJsonArray::fromStringList(scan.notes)}};
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return scan.problems.isEmpty() ? kExitListed : kExitProblem;
    }

    if (scan.entries.isEmpty()) {
        out << (cluster.isEmpty()
                    ? tr("No drill in %1.").arg(folders.join(QStringLiteral(", ")))
                    : tr("No drill of cluster '%1' in %2.").arg(cluster, folders.join(QStringLiteral(", "))))
            << "\n";
        return scan.problems.isEmpty() ? kExitListed : kExitProblem;
    }
    const int widths[] = {18, 12, 8, 11, 20, 18, 20, 10, 10, 24, 13};
    const QStringList headers = {
        tr("STARTED (UTC)"),  tr("CLUSTER"),           tr("TARGET"),   tr("FAULT"),    tr("VERDICT"),
        tr("VIP OUTAGE/ERR"), tr("DOMAIN OUTAGE/ERR"), tr("ELECTION"), tr("RECOVERY"), tr("DATA SAFETY"),
        tr("VS PREVIOUS")};
    for (qsizetype i = 0; i < headers.size(); ++i)
        out << pad(headers.at(i), widths[i]);
    out << tr("OPERATOR") << "\n";
    for (const DrillHistoryEntry& e : scan.entries) {
        const QString started = e.startedUtc();
        if (!e.readable) {
            out << pad(started, widths[0]) << tr("UNREADABLE") << "  " << QDir::toNativeSeparators(e.folder)
                << "\n"
                << "  !! " << e.problem << "\n";
            continue;
        }
        QString versus = QStringLiteral("—");
        if (const auto previous = DrillHistory::previous(e, scan.entries); previous && e.comparable()) {
            int worse = 0;
            for (const ComparedFigure& f : DrillComparison::compare(e, *previous))
                worse += f.worse() ? 1 : 0;
            versus = worse == 0 ? tr("no worse") : tr("%1 worse").arg(worse);
        }
        // The console's words (--json keeps the keys): "hypothesis failed", not "hypothesis-failed".
        const QString verdict =
            e.dryRun ? tr("dry run") : ComparedFigure::outcomeText(e.outcome).translated();
        const QStringList cells = {started,
                                   e.cluster,
                                   e.targetNode.isEmpty() ? e.targetSpec : e.targetNode,
                                   e.fault,
                                   verdict,
                                   way(e, QStringLiteral("vip")),
                                   way(e, QStringLiteral("domain")),
                                   ms(e.electionMs),
                                   ms(e.recoveryMs),
                                   dataSafety(e),
                                   versus};
        for (qsizetype i = 0; i < cells.size(); ++i)
            out << pad(cells.at(i), widths[i]);
        out << e.operatorUser << "\n";
        if (!e.problem.isEmpty())
            out << "  !! " << QDir::toNativeSeparators(e.folder) << ": " << e.problem << "\n";
    }
    out << tr("%1 drill folder(s) in %2. Compare two in detail: etcd-drill-cli report <folder> -o report.pdf "
              "(its comparison page), or the console's File ▸ Drill history…")
               .arg(scan.entries.size())
               .arg(folders.join(QStringLiteral(", ")))
        << "\n";
    return scan.problems.isEmpty() ? kExitListed : kExitProblem;
}

} // namespace etcddrill
