#include "ReplayLoader.h"

#include "ReportBuilder.h"

#include <QThread>

namespace etcddrill {

struct ReplayLoader::Result
{
    ReportModel model;
    QString error;
};

ReplayLoader::ReplayLoader(QObject* parent) : QObject(parent) {}

ReplayLoader::~ReplayLoader()
{
    if (m_thread)
        m_thread->wait();
}

bool ReplayLoader::start(const QString& path)
{
    if (isRunning())
        return false;
    if (m_thread)
        m_thread->wait();
    m_loading = true;
    auto result = std::make_shared<Result>();
    m_thread.reset(QThread::create([path, result] {
        result->model = ReportBuilder::build(path, &result->error);
        // A file the builder could read but with no drill in it (a config, a CSV, anything else): say so
        // rather than replay an empty drill.
        if (result->error.isEmpty() && !result->model.startedAt.isValid()) {
            result->error = tr("%1 is not a drill journal: it has no drill-started line.").arg(path);
            result->model = ReportModel();
        }
    }));
    m_thread->setObjectName(QStringLiteral("etcd-drill replay load"));
    // QThread::finished is emitted on the worker; the receiver (this) runs the slot on the GUI thread, after
    // the worker's writes to *result.
    connect(m_thread.get(), &QThread::finished, this, [this, path, result] {
        m_loading = false;
        emit finished(path, result->model, result->error);
    });
    m_thread->start();
    return true;
}

} // namespace etcddrill
