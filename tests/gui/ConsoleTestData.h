// Hand-made inputs for the console's views: a drill config of n nodes with a VIP and a domain, snapshots with
// a chosen leader and down members, runs of probe samples. Test-only; any thread.
#pragma once

#include "config/DrillConfig.h"
#include "etcd/ClusterSnapshot.h"
#include "probe/OutageWindow.h"
#include "probe/ProbeSample.h"

#include <QList>
#include <QSet>
#include <chrono>

namespace etcddrill::test {

class ConsoleTestData
{
public:
    // Points QSettings at `dir` (and a test organisation), so tests never read or change the user's settings.
    static void isolateSettings(const QString& dir);
    static DrillConfig config(int nodes = 3);
    static quint64 memberId(int index) { return 0x8e9e05c52164694dULL + quint64(index) * 0x1111; }
    // Every node healthy except `down`; `leader` leads in `term`.
    static ClusterSnapshot snapshot(const DrillConfig& config, int leader, quint64 term,
                                    const QSet<int>& down = {}, quint64 sequence = 1);
    // count samples every `interval` from `start`; those with index in [failFrom, failTo) fail with
    // `failure`.
    static QList<ProbeSample> samples(std::chrono::steady_clock::time_point start, int count,
                                      std::chrono::milliseconds interval, int failFrom = -1, int failTo = -1,
                                      ProbeSample::Outcome failure = ProbeSample::Outcome::ConnectionRefused,
                                      double okMs = 3.0);
    static OutageWindow window(std::chrono::steady_clock::time_point start, bool open,
                               std::chrono::steady_clock::time_point end = {});
};

} // namespace etcddrill::test
