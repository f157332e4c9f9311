#include "ProbeScheduler.h"

#include "ProbeEndpoint.h"
#include "ProbeWorker.h"

#include <QSet>
#include <QThread>

namespace etcddrill {

namespace {

// Long enough for the worker thread to be up before slot 0, so the first probes are not late.
constexpr std::chrono::milliseconds startDelay{20};

} // namespace

ProbeScheduler::ProbeScheduler(QList<ProbeTarget> targets, QObject* parent)
    : QObject(parent), m_targets(std::move(targets))
{
    qRegisterMetaType<ProbeSample>();
    qRegisterMetaType<QList<ProbeSample>>();
    for (const ProbeTarget& target : std::as_const(m_targets))
        m_stores.emplace_back(target.sampleCapacity());
}

ProbeScheduler::~ProbeScheduler()
{
    stop();
}

int ProbeScheduler::indexOf(const QString& targetName) const
{
    for (qsizetype i = 0; i < m_targets.size(); ++i) {
        if (m_targets.at(i).name == targetName)
            return int(i);
    }
    return -1;
}

bool ProbeScheduler::start(QString* error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    if (isRunning())
        return true;
    if (m_targets.isEmpty()) {
        *error = QStringLiteral("no probe targets: configure at least one (the VIP, the domain or a node's "
                                "apiserver)");
        return false;
    }
    QSet<QString> names;
    for (const ProbeTarget& target : std::as_const(m_targets)) {
        if (names.contains(target.name)) {
            *error = QStringLiteral("two probe targets are named '%1': give each a different name")
                         .arg(target.name);
            return false;
        }
        names.insert(target.name);
    }
    std::vector<std::shared_ptr<const ProbeEndpoint>> endpoints;
    for (const ProbeTarget& target : std::as_const(m_targets)) {
        auto endpoint = ProbeEndpoint::prepare(target, error);
        if (!endpoint)
            return false;
        endpoints.push_back(std::move(endpoint));
    }

    m_start = std::chrono::steady_clock::now() + startDelay;
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("etcd-drill probes"));
    auto worker = std::make_unique<ProbeWorker>(std::move(endpoints), m_start);
    worker->moveToThread(m_thread.get());
    m_worker = worker.release();
    connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_thread.get(), &QThread::started, m_worker, &ProbeWorker::run);
    connect(m_worker, &ProbeWorker::samplesReady, this, &ProbeScheduler::onWorkerSamples,
            Qt::QueuedConnection);
    m_thread->start();
    return true;
}

void ProbeScheduler::stop()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(m_worker, &ProbeWorker::shutdown, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
    m_worker = nullptr;
}

void ProbeScheduler::onWorkerSamples(int targetIndex, const QList<ProbeSample>& samples)
{
    if (targetIndex < 0 || size_t(targetIndex) >= m_stores.size())
        return;
    m_stores[size_t(targetIndex)].append(samples);
    emit samplesReady(targetIndex, samples);
}

} // namespace etcddrill
