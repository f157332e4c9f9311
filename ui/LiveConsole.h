// The console while no drill runs and nothing is replayed: the open config's cluster watched through a
// LiveSession, whose snapshots and probe data feed the topology, the chart and the status line
// (ConsoleFeed); the session's problems become notices, the cluster's events status-bar messages.
//
// Thread: GUI thread (the session runs its monitor and probes on its own worker). Owner: MainWindow (Qt
// parent); the views are the window's and outlive it.
#pragma once

#include "config/DrillConfig.h"
#include "etcd/ClusterEvent.h"

#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <memory>

namespace etcddrill {

class ClusterStatusLine;
class LatencyChartView;
class LiveSession;
class TopologyWidget;

class LiveConsole : public QObject
{
    Q_OBJECT

public:
    LiveConsole(TopologyWidget* topology, LatencyChartView* chart, ClusterStatusLine* status,
                QObject* parent = nullptr);
    ~LiveConsole() override;

    LiveSession* session() const { return m_session.get(); } // null while not watching
    bool isWatching() const { return m_session != nullptr; }

    // Watches this config's cluster from now on (the views laid out for it already); replaces a session.
    void watch(const DrillConfig& config);
    // Stops the session; the views keep what they show.
    void stop();

    // The status-bar line for a cluster event: "★ Leader changed: M1 → M2 (term 3 → 4)", …
    static QString describe(const ClusterEvent& event);

signals:
    // The session's problems, worded for the window's notice banner.
    void notice(const QString& text);
    // A cluster event, worded for the status bar (describe()).
    void clusterEventText(const QString& text);

private:
    QPointer<TopologyWidget> m_topology;
    QPointer<LatencyChartView> m_chart;
    QPointer<ClusterStatusLine> m_status;
    std::unique_ptr<LiveSession> m_session;
    QList<QMetaObject::Connection> m_feed;
};

} // namespace etcddrill
