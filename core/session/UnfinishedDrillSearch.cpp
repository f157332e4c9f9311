#include "UnfinishedDrillSearch.h"

#include "drill/DrillRecovery.h"

#include <QThread>
#include <memory>

namespace etcddrill {

namespace {

struct Found
{
    QList<UnfinishedDrill> drills;
    QStringList problems;
};

} // namespace

UnfinishedDrillSearch::UnfinishedDrillSearch(QObject* parent) : QObject(parent) {}

// Nothing to wait for: a running search finishes on its own thread, which deletes itself; the connection
// that would deliver its result goes with this object.
UnfinishedDrillSearch::~UnfinishedDrillSearch() = default;

void UnfinishedDrillSearch::start(const DrillConfig& config)
{
    const quint64 generation = ++m_generation;
    m_running = true;
    // Shared by the search (which writes it) and the answer (which reads it after the thread finished).
    auto found = std::make_shared<Found>();
    // The thread owns itself: it is deleted on this object's thread once it has finished, whether or not
    // this object still exists then.
    QThread* thread = QThread::create(
        [config, found] { found->drills = DrillRecovery::findUnfinished(config, {}, &found->problems); });
    thread->setObjectName(QStringLiteral("etcd-drill find unfinished drills"));
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    // QThread::finished comes from the search's thread, after its writes to *found; queued to this thread.
    connect(thread, &QThread::finished, this, [this, generation, found] {
        if (generation != m_generation)
            return;
        m_running = false;
        emit finished(found->drills, found->problems);
    });
    thread->start();
}

} // namespace etcddrill
