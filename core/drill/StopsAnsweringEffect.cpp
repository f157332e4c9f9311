#include "StopsAnsweringEffect.h"

#include "DrillText.h"
#include "EndpointWatcher.h"
#include "i18n/DrillDuration.h"

#include "config/Duration.h"

namespace etcddrill {

namespace {

template <class... Args> LocalizedText tx(const char* source, const Args&... args)
{
    return DrillText::make(source, args...);
}

} // namespace

StopsAnsweringEffect::StopsAnsweringEffect(const NodeConfig& target, const TlsFiles& tls,
                                           Millis requestTimeout, QObject* parent)
    : FaultEffect(parent), m_node(target.name),
      m_watcher(new EndpointWatcher(target.etcdEndpoint, tls, requestTimeout, this))
{
    connect(m_watcher, &EndpointWatcher::answeringChanged, this,
            [this](bool answering, TimePoint at, const QString& error, quint64 memberId) {
                if (answering)
                    emit cleared(at, memberId);
                else
                    emit took(at, error);
            });
}

StopsAnsweringEffect::~StopsAnsweringEffect() = default;

void StopsAnsweringEffect::watch()
{
    m_watcher->start();
}

void StopsAnsweringEffect::stop()
{
    m_watcher->stop();
}

QString StopsAnsweringEffect::lastError() const
{
    return m_watcher->lastError();
}

bool StopsAnsweringEffect::visibleIn(const ClusterSnapshot& snapshot) const
{
    const MemberStatus* status = snapshot.endpointOf(m_node);
    return !status || !status->reachable;
}

LocalizedText StopsAnsweringEffect::waitingToTake(Millis timeout) const
{
    return tx(QT_TRANSLATE_NOOP("DrillText", "waiting for %1's etcd to stop answering (at most %2)"))
        .arg(m_node, Duration::format(timeout));
}

LocalizedText StopsAnsweringEffect::tookStepText(Millis after) const
{
    return tx(QT_TRANSLATE_NOOP("DrillText", "stopped after %1")).arg(DrillDuration::text(after));
}

DrillCheck StopsAnsweringEffect::tookCheck(Millis after, Millis timeout) const
{
    return DrillCheck::make(
        DrillStep::Id::StopTarget, tx(QT_TRANSLATE_NOOP("DrillText", "target stopped")), true,
        tx(QT_TRANSLATE_NOOP("DrillText", "%1's etcd stopped answering %2 after the stop command"))
            .arg(m_node, DrillDuration::text(after)),
        tx(QT_TRANSLATE_NOOP("DrillText", "within %1 (drill.stop-timeout)")).arg(Duration::format(timeout)));
}

DrillCheck StopsAnsweringEffect::notTakenCheck(Millis timeout) const
{
    return DrillCheck::make(
        DrillStep::Id::StopTarget, tx(QT_TRANSLATE_NOOP("DrillText", "target stopped")), false,
        tx(QT_TRANSLATE_NOOP("DrillText", "%1's etcd still answers %2 after the stop command"))
            .arg(m_node, Duration::format(timeout)),
        tx(QT_TRANSLATE_NOOP("DrillText", "stops answering within %1 (drill.stop-timeout)"))
            .arg(Duration::format(timeout)),
        {}, false);
}

LocalizedText StopsAnsweringEffect::waitingToClear(Millis timeout) const
{
    return tx(QT_TRANSLATE_NOOP("DrillText", "waiting for %1's etcd to answer (at most %2)"))
        .arg(m_node, Duration::format(timeout));
}

LocalizedText StopsAnsweringEffect::clearedStepText(Millis after) const
{
    return tx(QT_TRANSLATE_NOOP("DrillText", "answers after %1")).arg(DrillDuration::text(after));
}

DrillCheck StopsAnsweringEffect::clearedCheck(Millis after, Millis timeout) const
{
    return DrillCheck::make(
        DrillStep::Id::StartTarget, tx(QT_TRANSLATE_NOOP("DrillText", "target answers")), true,
        tx(QT_TRANSLATE_NOOP("DrillText", "%1's etcd answers %2 after the start command"))
            .arg(m_node, DrillDuration::text(after)),
        tx(QT_TRANSLATE_NOOP("DrillText", "within %1 (drill.start-timeout)")).arg(Duration::format(timeout)));
}

DrillCheck StopsAnsweringEffect::notClearedCheck(Millis timeout) const
{
    return DrillCheck::make(
        DrillStep::Id::StartTarget, tx(QT_TRANSLATE_NOOP("DrillText", "target answers")), false,
        tx(QT_TRANSLATE_NOOP("DrillText", "%1's etcd does not answer %2 after the start command: %3"))
            .arg(m_node, Duration::format(timeout), lastError()),
        tx(QT_TRANSLATE_NOOP("DrillText", "answers within %1 (drill.start-timeout)"))
            .arg(Duration::format(timeout)));
}

} // namespace etcddrill
