#include "LabStarter.h"

#include <QThread>

namespace etcddrill {

LabStarter::LabStarter(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<DrillConfig>();
}

LabStarter::~LabStarter()
{
    if (m_thread)
        m_thread->wait();
}

bool LabStarter::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

bool LabStarter::start(const LabLayout& layout, const Lab::UpOptions& options)
{
    if (isRunning())
        return false;
    if (m_thread)
        m_thread->wait();
    m_thread.reset(QThread::create([this, layout, options] { run(layout, options); }));
    m_thread->setObjectName(QStringLiteral("etcd-drill lab up"));
    m_thread->start();
    return true;
}

void LabStarter::run(LabLayout layout, Lab::UpOptions options)
{
    layout.dir = Lab::normalizedDir(layout.dir.isEmpty() ? LabLayout::defaultDir() : layout.dir);
    const LabStatus status = Lab::status(layout.dir);
    if (status.presence == LabStatus::Presence::Running) {
        // The running lab's own layout, not the requested one: its addresses and files are what count.
        emit progress(status.message);
        emit finished(true, QString(), Lab::drillConfig(status.layout), layout.dir);
        return;
    }
    const LabResult result = Lab::up(layout, options, [this](const QString& line) { emit progress(line); });
    if (!result.ok) {
        emit finished(false, result.message, DrillConfig(), layout.dir);
        return;
    }
    QString error;
    const std::optional<LabLayout> started = LabLayout::load(layout.dir, &error);
    if (!started) {
        emit finished(false, error, DrillConfig(), layout.dir);
        return;
    }
    emit finished(true, result.message, Lab::drillConfig(*started), layout.dir);
}

} // namespace etcddrill
