// Brings up the embedded lab for a face that must not block (the GUI's "Start embedded lab", `etcd-drill
// --lab`): runs Lab::up on a worker thread, relays its progress lines and hands back the lab's drill config.
// A lab that already runs in the directory is used as it is.
//
// Thread: the object lives on its creator's thread; Lab::up runs on a thread it owns. progress() and
// finished() are emitted from that thread, so connect them with the default (queued) connection.
// Owner: the creator. Lab::up cannot be cancelled: destroying the object waits for it to return (at most
// the readiness timeout, 30 s by default).
#pragma once

#include "config/DrillConfig.h"
#include "lab/Lab.h"
#include "lab/LabLayout.h"

#include <QObject>
#include <QString>
#include <memory>

class QThread;

namespace etcddrill {

class LabStarter : public QObject
{
    Q_OBJECT

public:
    explicit LabStarter(QObject* parent = nullptr);
    ~LabStarter() override;

    bool isRunning() const;

    // Returns at once; false (and nothing happens) while a previous start is still running. An empty
    // layout.dir means LabLayout::defaultDir().
    bool start(const LabLayout& layout, const Lab::UpOptions& options = {});

signals:
    void progress(const QString& line);
    // ok: the lab answers and `config` is its drill.yaml; otherwise `message` says what went wrong and what
    // to do. The directory is the lab's, normalised.
    void finished(bool ok, const QString& message, const etcddrill::DrillConfig& config, const QString& dir);

private:
    void run(LabLayout layout, Lab::UpOptions options);

    std::unique_ptr<QThread> m_thread;
};

} // namespace etcddrill
