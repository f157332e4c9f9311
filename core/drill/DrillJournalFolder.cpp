#include "DrillJournalFolder.h"

#include "JournalWriter.h"

#include "config/ConfigLoader.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace etcddrill {

QString DrillJournalFolder::base(const DrillConfig& config)
{
    return config.drill.journalDir.isEmpty() ? ConfigLoader::defaultJournalDir() : config.drill.journalDir;
}

QString DrillJournalFolder::choose(const DrillConfig& config, const QString& outFolder,
                                   const QDateTime& startedAt, QString* error)
{
    if (!outFolder.isEmpty())
        return outFolder;
    const QString folder = base(config);
    if (folder.isEmpty()) {
        *error = QStringLiteral("there is no folder for drill journals: set drill.journal-dir in the config, "
                                "or give --out");
        return {};
    }
    return JournalWriter::newFolderPath(folder, config.clusterName, startedAt);
}

void DrillJournalFolder::leavePointer(const DrillConfig& config, const QString& outFolder,
                                      const QString& journalFolder, const QDateTime& startedAt)
{
    const QString dir = base(config);
    if (outFolder.isEmpty() || dir.isEmpty() ||
        QDir::cleanPath(QFileInfo(journalFolder).absolutePath()) == QDir::cleanPath(dir))
        return;
    const QString stem = JournalWriter::newFolderPath(dir, config.clusterName, startedAt);
    QString pointer = stem + QStringLiteral(".pointer");
    for (int n = 2; QFileInfo::exists(pointer); ++n)
        pointer = QStringLiteral("%1-%2.pointer").arg(stem).arg(n);
    QDir().mkpath(dir);
    QSaveFile file(pointer);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(journalFolder.toUtf8() + '\n');
        file.commit();
    }
}

} // namespace etcddrill
