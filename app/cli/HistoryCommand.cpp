#include "HistoryCommand.h"

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
    return value ? DrillDuration::fromMillis(*value).english() : QStringLiteral("—");
}

// "1.2 s / 0.40 %": the longest outage and the error rate of the first way in of a kind (vip, domain).
QString way(const DrillHistoryEntry& e, const QString& name)
{
    const DrillHistoryEntry::Target* t = e.wayIn(name);
    if (!t)
        return QStringLiteral("—");
    return QStringLiteral("%1 / %2 %")
        .arg(DrillDuration::fromMillis(t->longestOutageMs).english())
        .arg(t->errorRate() * 100.0, 0, 'f', 2);
}

QString dataSafety(const DrillHistoryEntry& e)
{
    if (!e.dataSafetyRecorded)
        return QStringLiteral("—");
    QString text = QStringLiteral("%1 lost").arg(e.lostWrites);
    if (e.hashesAgree)
        text += *e.hashesAgree ? QStringLiteral(", hashes agree") : QStringLiteral(", HASHES DIFFER");
    return text;
}

QString pad(const QString& text, int width)
{
    return text.leftJustified(width, QLatin1Char(' '));
}

} // namespace

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
    parser.addOptions({configOption, dirOption, clusterOption, jsonOption});
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
        out << "No drill" << (cluster.isEmpty() ? QString() : QStringLiteral(" of cluster '%1'").arg(cluster))
            << " in " << folders.join(QStringLiteral(", ")) << ".\n";
        return scan.problems.isEmpty() ? kExitListed : kExitProblem;
    }
    out << pad(QStringLiteral("STARTED (UTC)"), 18) << pad(QStringLiteral("CLUSTER"), 12)
        << pad(QStringLiteral("TARGET"), 8) << pad(QStringLiteral("FAULT"), 11)
        << pad(QStringLiteral("VERDICT"), 18) << pad(QStringLiteral("VIP OUTAGE/ERR"), 17)
        << pad(QStringLiteral("DOMAIN OUTAGE/ERR"), 19) << pad(QStringLiteral("ELECTION"), 10)
        << pad(QStringLiteral("RECOVERY"), 10) << pad(QStringLiteral("DATA SAFETY"), 24)
        << pad(QStringLiteral("VS PREVIOUS"), 13) << "OPERATOR\n";
    for (const DrillHistoryEntry& e : scan.entries) {
        const QString started = e.startedAt.isValid()
                                    ? e.startedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                    : QStringLiteral("?");
        if (!e.readable) {
            out << pad(started, 18) << "UNREADABLE  " << QDir::toNativeSeparators(e.folder) << "\n"
                << "  !! " << e.problem << "\n";
            continue;
        }
        QString versus = QStringLiteral("—");
        if (const auto previous = DrillHistory::previous(e, scan.entries); previous && e.comparable()) {
            int worse = 0;
            for (const ComparedFigure& f : DrillComparison::compare(e, *previous))
                worse += f.worse() ? 1 : 0;
            versus = worse == 0 ? QStringLiteral("no worse") : QStringLiteral("%1 worse").arg(worse);
        }
        // The console's words (--json keeps the keys): "hypothesis failed", not "hypothesis-failed".
        const QString verdict =
            e.dryRun ? QStringLiteral("dry run") : ComparedFigure::outcomeText(e.outcome).english();
        out << pad(started, 18) << pad(e.cluster, 12)
            << pad(e.targetNode.isEmpty() ? e.targetSpec : e.targetNode, 8) << pad(e.fault, 11)
            << pad(verdict, 18) << pad(way(e, QStringLiteral("vip")), 17)
            << pad(way(e, QStringLiteral("domain")), 19) << pad(ms(e.electionMs), 10)
            << pad(ms(e.recoveryMs), 10) << pad(dataSafety(e), 24) << pad(versus, 13) << e.operatorUser
            << "\n";
        if (!e.problem.isEmpty())
            out << "  !! " << QDir::toNativeSeparators(e.folder) << ": " << e.problem << "\n";
    }
    out << scan.entries.size() << " drill folder(s) in " << folders.join(QStringLiteral(", "))
        << ". Compare two in detail: etcd-drill-cli report <folder> -o report.pdf (its comparison page), or "
           "the console's File > Drill history.\n";
    return scan.problems.isEmpty() ? kExitListed : kExitProblem;
}

} // namespace etcddrill
