// What the drill's probes measure, kept for the journal, the verdict and the faces: it runs the
// ProbeScheduler of the config's probe targets, adds every batch to the ImpactTracker through the
// OutageTracker (one rule for outage windows, shared with the live console and `probe`), appends the raw
// samples to samples.csv, journals each outage window as it opens and closes, and answers what the engine
// asks: which targets still fail, the counts of the second that just ended, the outages of the fault and
// after for the verdict, and whether a target's open window has passed its abort-outage.
//
// Thread: the drill engine's (the scheduler's worker thread delivers batches to it as queued signals).
// Owner: DrillEngine (a QObject child). stop() ends the probing; shutDown() deletes the scheduler.
#pragma once

#include "DrillMeasurements.h"
#include "DrillProgress.h"
#include "DrillSampleLog.h"

#include "config/DrillConfig.h"
#include "i18n/LocalizedText.h"
#include "probe/FailureShareWindow.h"
#include "probe/ImpactTracker.h"
#include "probe/OutageTracker.h"
#include "probe/ProbeTarget.h"

#include <QObject>
#include <chrono>
#include <memory>
#include <optional>

namespace etcddrill {

class DrillRecorder;
class MonotonicClock;
class ProbeScheduler;

class ProbeImpactRecorder : public QObject
{
    Q_OBJECT

public:
    enum class StartResult {
        Running,          // probing every configured target
        BadConfiguration, // probes.targets do not make usable targets (error says why)
        NoneConfigured,   // nothing to probe
        NotRunning,       // the scheduler refused to start (error says why)
    };

    ProbeImpactRecorder(const DrillConfig& config, const MonotonicClock& clock, DrillRecorder& recorder,
                        QObject* parent = nullptr);
    ~ProbeImpactRecorder() override;

    // samples.csv in the journal folder; false with *error when it cannot be written (probing goes on).
    bool openSampleLog(const QString& path, QString* error);
    // Starts probing, in phase Before from `at`.
    StartResult start(std::chrono::steady_clock::time_point at, QString* error);
    void setPhase(ImpactPhase phase, std::chrono::steady_clock::time_point at);
    void stop();     // no more probes; what was measured stays
    void shutDown(); // deletes the scheduler (its callbacks capture the engine)
    void closeSampleLog();

    const ProbeScheduler* scheduler() const { return m_probes; }
    QList<ProbeTarget> targets() const;
    bool isEmpty() const { return m_tracks.isEmpty(); }
    qsizetype size() const { return m_tracks.size(); }

    // Targets whose window is open or whose latest probe failed, in config order.
    QStringList failingTargets() const;
    // Why the probes say the cluster has not recovered yet (a window open, the latest probe failed); empty
    // when every target answers.
    LocalizedText stillFailing(std::chrono::steady_clock::time_point now) const;
    // The counts of the second that ended, per target (starts the next second).
    QList<DrillProgress::Target> takeSecond(std::chrono::steady_clock::time_point now);
    // Per target, the outage windows of the fault and after (those of the preflight were judged there).
    QList<DrillMeasurements::TargetOutage> outages() const;
    QList<ImpactSummary> summaries() const;
    // When a target's open window has lasted longer than its abort-outage: the stop condition's reason.
    std::optional<LocalizedText> abortOutageExceeded(const QString& target,
                                                     std::chrono::steady_clock::time_point now) const;
    // Its abort-error-rate reached (that share of its probes failing over the last "for" time), and why.
    std::optional<LocalizedText> abortErrorRateExceeded(const QString& target,
                                                        std::chrono::steady_clock::time_point now) const;

signals:
    // Emitted after the batch is recorded and its windows journaled.
    void samplesAdded(const QString& target, const QList<etcddrill::ProbeSample>& samples);
    void windowOpened(const QString& target, const etcddrill::OutageWindow& window);
    void windowClosed(const QString& target, const etcddrill::OutageWindow& window);
    // A degraded period opened (its counts so far) or closed, journaled (degraded-opened/-closed).
    void degradedOpened(const QString& target, const etcddrill::DegradedPeriod& period);
    void degradedClosed(const QString& target, const etcddrill::DegradedPeriod& period);
    // After samplesAdded() and the window and period signals of one batch.
    void batchDone(const QString& target);

private:
    struct Track
    {
        QString name;
        std::optional<std::chrono::milliseconds> maxOutage;
        std::optional<std::chrono::milliseconds> abortOutage;
        std::optional<double> maxErrorRate;
        std::optional<double> minAvailability;
        std::optional<ErrorRateLimit> abortErrorRate;
        std::shared_ptr<FailureShareWindow> errorRateWindow; // with abortErrorRate: its window
    };

    void onSamples(int index, const QList<ProbeSample>& samples);
    void journal(const QString& target, const QList<OutageTracker::Event>& events);
    const Track* track(const QString& name) const;

    const DrillConfig& m_config;
    DrillRecorder& m_recorder;
    ImpactTracker m_impact;
    OutageTracker m_outages; // over m_impact
    DrillSampleLog m_sampleLog;
    QList<Track> m_tracks;
    ProbeScheduler* m_probes = nullptr; // child
    bool m_stopped = false;
};

} // namespace etcddrill
