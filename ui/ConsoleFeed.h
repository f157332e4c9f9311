// Connects a source of live cluster and probe data to the console's views. A source is anything with the
// signals clusterSnapshot, probeSamples, outageWindowOpened/Closed and degradedPeriodOpened/Closed carrying
// etcd-drill's value types: LiveSession while no drill runs, DrillSession (same signal names and arguments)
// during one.
// The connections are queued-safe: the sources emit on, or queue to, the GUI thread.
#pragma once

#include "ClusterStatusLine.h"
#include "LatencyChartView.h"
#include "TopologyWidget.h"

#include <QList>
#include <QMetaObject>
#include <QObject>

namespace etcddrill {

class ConsoleFeed
{
public:
    template <class Source>
    static QList<QMetaObject::Connection> connect(Source* source, TopologyWidget* topology,
                                                  LatencyChartView* chart, ClusterStatusLine* status)
    {
        return {
            QObject::connect(source, &Source::clusterSnapshot, topology, &TopologyWidget::setSnapshot),
            QObject::connect(source, &Source::clusterSnapshot, status, &ClusterStatusLine::setSnapshot),
            QObject::connect(source, &Source::probeSamples, topology, &TopologyWidget::addProbeSamples),
            QObject::connect(source, &Source::probeSamples, chart, &LatencyChartView::addSamples),
            QObject::connect(source, &Source::outageWindowOpened, topology,
                             &TopologyWidget::outageWindowOpened),
            QObject::connect(source, &Source::outageWindowOpened, chart,
                             &LatencyChartView::outageWindowOpened),
            QObject::connect(source, &Source::outageWindowClosed, topology,
                             &TopologyWidget::outageWindowClosed),
            QObject::connect(source, &Source::outageWindowClosed, chart,
                             &LatencyChartView::outageWindowClosed),
            QObject::connect(source, &Source::degradedPeriodOpened, topology,
                             &TopologyWidget::degradedPeriodOpened),
            QObject::connect(source, &Source::degradedPeriodClosed, topology,
                             &TopologyWidget::degradedPeriodClosed),
            QObject::connect(source, &Source::degradedPeriodOpened, chart,
                             &LatencyChartView::degradedPeriodOpened),
            QObject::connect(source, &Source::degradedPeriodClosed, chart,
                             &LatencyChartView::degradedPeriodClosed),
        };
    }

    static void disconnect(const QList<QMetaObject::Connection>& connections)
    {
        for (const QMetaObject::Connection& connection : connections)
            QObject::disconnect(connection);
    }
};

} // namespace etcddrill
