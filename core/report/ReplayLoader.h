// Reads a drill's journal (and samples.csv) into a ReportModel for the replay, off the GUI thread: a one-hour
// drill's 360,000 samples take about half a second to parse. One load at a time; finished() comes on the
// creator's thread with the model, or with what is wrong with the file (not readable, not a drill journal).
//
// Thread: the object lives on its creator's (the GUI) thread; ReportBuilder::build runs on a thread it owns.
// Owner: the face (the console's ReplayConsole, Qt parent). Destroying it waits for a running load (it cannot
// be cancelled; it is short).
#pragma once

#include "ReportModel.h"

#include <QObject>
#include <QString>
#include <memory>

class QThread;

namespace etcddrill {

class ReplayLoader : public QObject
{
    Q_OBJECT

public:
    explicit ReplayLoader(QObject* parent = nullptr);
    ~ReplayLoader() override;

    bool isRunning() const { return m_loading; } // from start() until finished() was emitted
    // Returns at once; false (and nothing happens) while a load runs. path: a drill folder or its journal.
    bool start(const QString& path);

signals:
    // error is empty when the journal was read (maybe incomplete: see model.complete); otherwise it says
    // what is wrong, and model is empty.
    void finished(const QString& path, const etcddrill::ReportModel& model, const QString& error);

private:
    struct Result;
    std::unique_ptr<QThread> m_thread;
    bool m_loading = false;
};

} // namespace etcddrill
