#include "DrillHistoryLoader.h"

#include "DrillComparison.h"

#include <QThread>

namespace etcddrill {

DrillHistoryLoader::DrillHistoryLoader(QObject* parent) : QObject(parent) {}

DrillHistoryLoader::~DrillHistoryLoader()
{
    if (m_thread)
        m_thread->wait();
}

bool DrillHistoryLoader::run(std::function<void()> job, std::function<void()> done)
{
    if (m_loading)
        return false;
    if (m_thread)
        m_thread->wait();
    m_loading = true;
    m_thread.reset(QThread::create(std::move(job)));
    m_thread->setObjectName(QStringLiteral("etcd-drill history"));
    // QThread::finished is emitted on the worker; the slot runs on this object's thread after its writes.
    connect(m_thread.get(), &QThread::finished, this, [this, done = std::move(done)] {
        m_loading = false;
        done();
    });
    m_thread->start();
    return true;
}

bool DrillHistoryLoader::start(const QStringList& folders)
{
    auto result = std::make_shared<DrillHistory::Scan>();
    return run([folders, result] { *result = DrillHistory::scan(folders); },
               [this, result] { emit finished(result->entries, result->problems + result->notes); });
}

bool DrillHistoryLoader::compare(const QString& drillFolder, const QStringList& more)
{
    auto result = std::make_shared<std::optional<ReportComparison>>();
    return run([drillFolder, more, result] { *result = DrillComparison::forDrill(drillFolder, more); },
               [this, drillFolder, result] { emit compared(drillFolder, *result); });
}

} // namespace etcddrill
