// Looks for drills of one config's cluster that stopped a member and never restored it
// (DrillRecovery::findUnfinished) off the caller's thread: it reads every journal in drill.journal-dir, and a
// journal folder on a slow or hung file system must not freeze a window.
//
// Thread: the object lives on its creator's thread (the GUI thread); each search runs on a thread of its
// own and finished() arrives on the creator's thread. Owner: the creator (Qt parent or std::unique_ptr).
// Neither a newer start() nor destroying the object waits for a search still reading: that search runs to
// its end on its thread, the thread then deletes itself, and its result is dropped.
#pragma once

#include "config/DrillConfig.h"
#include "drill/UnfinishedDrill.h"

#include <QList>
#include <QObject>
#include <QStringList>

namespace etcddrill {

class UnfinishedDrillSearch : public QObject
{
    Q_OBJECT

public:
    explicit UnfinishedDrillSearch(QObject* parent = nullptr);
    ~UnfinishedDrillSearch() override;

    // From start() until the latest search's finished() was emitted.
    bool isRunning() const { return m_running; }

public slots:
    // Returns at once. A search still running for an earlier start() is forgotten: only this one answers.
    void start(const etcddrill::DrillConfig& config);

signals:
    // The unfinished drills of the config's cluster, oldest first; problems: journals that could not be read.
    void finished(const QList<etcddrill::UnfinishedDrill>& drills, const QStringList& problems);

private:
    quint64 m_generation = 0; // of the latest start(); the answers of earlier ones are dropped
    bool m_running = false;
};

} // namespace etcddrill
