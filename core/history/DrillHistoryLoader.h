// Lists the drill history (DrillHistory::scan) off the caller's thread, for the console's File ▸ Drill
// history…, or compares a drill that just ended with the previous one of its cluster
// (DrillComparison::forDrill), for the console's verdict: a year of drills reads in about a second, which
// the GUI thread must not wait for. One job at a time; finished() and compared() come on the creator's
// thread.
//
// Thread: the object lives on its creator's (the GUI) thread; the scan runs on a thread it owns. Owner: the
// face (Qt parent). Destroying it waits for a running scan (it cannot be cancelled; it is short).
#pragma once

#include "DrillHistory.h"
#include "report/ReportComparison.h"

#include <QObject>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace etcddrill {

class DrillHistoryLoader : public QObject
{
    Q_OBJECT

public:
    explicit DrillHistoryLoader(QObject* parent = nullptr);
    ~DrillHistoryLoader() override;

    bool isRunning() const { return m_loading; }
    // Returns at once; false (and nothing happens) while a scan runs.
    bool start(const QStringList& folders);
    // The same for one drill against its previous one, looked for in its own journal folder and `more`.
    bool compare(const QString& drillFolder, const QStringList& more);

signals:
    void finished(const QList<etcddrill::DrillHistoryEntry>& entries, const QStringList& problems);
    // comparison: unset when there is no previous drill of the cluster (or the drill cannot be read).
    void compared(const QString& drillFolder, const std::optional<etcddrill::ReportComparison>& comparison);

private:
    bool run(std::function<void()> job, std::function<void()> done);

    std::unique_ptr<QThread> m_thread;
    bool m_loading = false;
};

} // namespace etcddrill
