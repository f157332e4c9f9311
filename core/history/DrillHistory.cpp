#include "DrillHistory.h"

#include "drill/JournalReader.h"
#include "drill/JournalWriter.h"
#include "report/ReportBuilder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

namespace etcddrill {

namespace {

bool hasJournal(const QString& folder)
{
    return QFileInfo(QDir(folder).filePath(QLatin1String(JournalWriter::kJournalFile))).isFile();
}

// "lab-20261203T101500Z" (or "-2"): the cluster part of a folder JournalWriter named.
bool namedFor(const QString& folder, const QString& cluster)
{
    return QFileInfo(folder).fileName().startsWith(cluster + QLatin1Char('-'));
}

} // namespace

DrillHistoryEntry DrillHistory::read(const QString& path)
{
    const QFileInfo info(path);
    const QString folder = QDir::cleanPath(info.isDir() ? info.absoluteFilePath() : info.absolutePath());
    const QString journalFile = QDir(folder).filePath(QLatin1String(JournalWriter::kJournalFile));
    if (!QFileInfo::exists(journalFile))
        return DrillHistoryEntry::unreadable(
            folder, QStringLiteral("no %1 in this folder: not a drill folder, or its journal was removed")
                        .arg(QLatin1String(JournalWriter::kJournalFile)));
    const JournalReadResult journal = JournalReader::read(journalFile);
    if (!journal.ok())
        return DrillHistoryEntry::unreadable(folder, journal.error);
    const bool started =
        std::any_of(journal.entries.begin(), journal.entries.end(),
                    [](const JournalEntry& e) { return e.kind == JournalKind::DrillStarted; });
    if (!started) {
        QString why =
            QStringLiteral("%1 holds no drill-started line: not a drill journal, or damaged at its start")
                .arg(journalFile);
        if (!journal.problems.isEmpty())
            why += QStringLiteral(" (%1)").arg(journal.problems.first());
        return DrillHistoryEntry::unreadable(folder, why);
    }
    const ReportModel model = ReportBuilder::fromData(journal, nullptr);
    DrillHistoryEntry entry = DrillHistoryEntry::fromModel(model, folder);
    QFile summaryFile(QDir(folder).filePath(QLatin1String(JournalWriter::kSummaryFile)));
    if (summaryFile.open(QIODevice::ReadOnly)) // a cut-off drill has none: its per-second totals stand
        entry.takeFinalTotals(QJsonDocument::fromJson(summaryFile.readAll())
                                  .object()
                                  .value(QStringLiteral("impact"))
                                  .toArray());
    return entry;
}

DrillHistory::Scan DrillHistory::scan(const QStringList& folders, const QString& cluster)
{
    Scan result;
    QStringList drillFolders;
    QSet<QString> seen;
    const auto add = [&](const QString& folder) {
        const QString clean = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
        if (seen.contains(clean))
            return;
        seen.insert(clean);
        drillFolders << clean;
    };
    for (const QString& folder : folders) {
        const QFileInfo info(folder);
        if (!info.isDir()) {
            result.problems << QStringLiteral("%1: %2").arg(
                folder, info.exists() ? QStringLiteral("not a folder") : QStringLiteral("does not exist"));
            continue;
        }
        if (hasJournal(folder)) {
            add(folder);
            continue;
        }
        const QDir dir(folder);
        if (!dir.isReadable()) {
            result.problems << QStringLiteral("%1: cannot be listed (permissions)").arg(folder);
            continue;
        }
        for (const QFileInfo& entry : dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
            add(entry.absoluteFilePath());
        // Drills written elsewhere with --out leave a pointer here.
        for (const QFileInfo& entry :
             dir.entryInfoList({QStringLiteral("*.pointer")}, QDir::Files, QDir::Name)) {
            QFile pointer(entry.filePath());
            if (!pointer.open(QIODevice::ReadOnly)) {
                result.problems
                    << QStringLiteral("%1: cannot be read: %2").arg(entry.filePath(), pointer.errorString());
                continue;
            }
            const QString target = QString::fromUtf8(pointer.readAll()).trimmed();
            if (target.isEmpty() || !QFileInfo(target).isDir()) {
                result.notes << QStringLiteral("%1 names %2, which is gone")
                                    .arg(entry.filePath(),
                                         target.isEmpty() ? QStringLiteral("nothing") : target);
                continue;
            }
            add(target);
        }
    }
    for (const QString& folder : std::as_const(drillFolders)) {
        DrillHistoryEntry entry = read(folder);
        if (!cluster.isEmpty()) {
            const bool ours = entry.readable ? entry.cluster == cluster : namedFor(folder, cluster);
            if (!ours)
                continue;
        }
        result.entries.append(entry);
    }
    std::stable_sort(
        result.entries.begin(), result.entries.end(),
        [](const DrillHistoryEntry& a, const DrillHistoryEntry& b) { return a.startedAt > b.startedAt; });
    return result;
}

std::optional<DrillHistoryEntry> DrillHistory::previous(const DrillHistoryEntry& drill,
                                                        const QList<DrillHistoryEntry>& entries)
{
    std::optional<DrillHistoryEntry> best;
    for (const DrillHistoryEntry& e : entries) {
        if (!e.comparable() || e.cluster != drill.cluster || e.folder == drill.folder ||
            !e.startedAt.isValid() || !drill.startedAt.isValid() || e.startedAt >= drill.startedAt)
            continue;
        if (!best || e.startedAt > best->startedAt)
            best = e;
    }
    return best;
}

std::optional<DrillHistoryEntry> DrillHistory::previousOf(const DrillHistoryEntry& drill,
                                                          const QStringList& moreFolders)
{
    QStringList folders = moreFolders;
    folders.prepend(QFileInfo(drill.folder).absolutePath());
    return previous(drill, scan(folders, drill.cluster).entries);
}

} // namespace etcddrill
