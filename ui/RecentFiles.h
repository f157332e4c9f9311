// The drill configs opened lately, newest first, kept in QSettings so File ▸ Open recent survives restarts.
// A plain class over QSettings; GUI thread. Owner: MainWindow (by value).
#pragma once

#include <QString>
#include <QStringList>

namespace etcddrill {

class RecentFiles
{
public:
    static constexpr int maximum = 8;

    explicit RecentFiles(QString settingsKey = QStringLiteral("recentConfigs"));

    QStringList files() const; // absolute paths, newest first
    void add(const QString& path);
    void remove(const QString& path);
    void clear();

private:
    void save(const QStringList& files) const;

    QString m_key;
};

} // namespace etcddrill
