#include "LiveConsole.h"

#include "ClusterStatusLine.h"
#include "ConsoleFeed.h"
#include "LatencyChartView.h"
#include "TopologyWidget.h"

#include "session/LiveSession.h"

namespace etcddrill {

LiveConsole::LiveConsole(TopologyWidget* topology, LatencyChartView* chart, ClusterStatusLine* status,
                         QObject* parent)
    : QObject(parent), m_topology(topology), m_chart(chart), m_status(status)
{
}

LiveConsole::~LiveConsole()
{
    stop();
}

void LiveConsole::watch(const DrillConfig& config)
{
    stop();
    m_session = std::make_unique<LiveSession>(config);
    m_feed = ConsoleFeed::connect(m_session.get(), m_topology.data(), m_chart.data(), m_status.data());
    connect(m_session.get(), &LiveSession::clusterEvent, this,
            [this](const ClusterEvent& event) { emit clusterEventText(describe(event)); });
    connect(m_session.get(), &LiveSession::monitorSetupProblem, this,
            [this](const QString& problem) { emit notice(tr("etcd: %1").arg(problem)); });
    connect(m_session.get(), &LiveSession::probesUnavailable, this,
            [this](const QString& reason) { emit notice(tr("Probes are off: %1").arg(reason)); });
    m_session->start();
}

void LiveConsole::stop()
{
    ConsoleFeed::disconnect(m_feed);
    m_feed.clear();
    m_session.reset();
}

QString LiveConsole::describe(const ClusterEvent& event)
{
    switch (event.kind) {
    case ClusterEvent::Kind::LeaderChanged:
        return tr("★ Leader changed: %1 → %2 (term %3 → %4)")
            .arg(event.oldNodeName.isEmpty() ? tr("none") : event.oldNodeName,
                 event.nodeName.isEmpty() ? tr("none") : event.nodeName)
            .arg(event.oldTerm)
            .arg(event.newTerm);
    case ClusterEvent::Kind::MemberDown:
        return tr("✖ %1 is down: %2").arg(event.nodeName, event.detail.translated());
    case ClusterEvent::Kind::MemberUp:
        return tr("✔ %1 is back").arg(event.nodeName);
    case ClusterEvent::Kind::TermChanged:
        return tr("Raft term %1 → %2").arg(event.oldTerm).arg(event.newTerm);
    case ClusterEvent::Kind::QuorumLost:
        return tr("✖ Quorum lost");
    case ClusterEvent::Kind::QuorumRegained:
        return tr("✔ Quorum regained");
    }
    return {};
}

} // namespace etcddrill
