#include "ProbeImpactRecorder.h"

#include "DrillRecorder.h"
#include "DrillText.h"
#include "i18n/DrillDuration.h"
#include "journal/DegradedClosedRecord.h"
#include "journal/DegradedOpenedRecord.h"
#include "journal/OutageClosedRecord.h"
#include "journal/OutageOpenedRecord.h"

#include "config/Duration.h"
#include "probe/ProbePlan.h"
#include "probe/ProbeScheduler.h"

namespace etcddrill {

using std::chrono::duration_cast;
using std::chrono::milliseconds;
using TimePoint = std::chrono::steady_clock::time_point;

namespace {

template <class... Args> LocalizedText tx(const char* source, const Args&... args)
{
    return DrillText::make(source, args...);
}

milliseconds since(TimePoint from, TimePoint to)
{
    return std::max(milliseconds(0), duration_cast<milliseconds>(to - from));
}

qint64 monoMs(TimePoint at)
{
    return duration_cast<milliseconds>(at.time_since_epoch()).count();
}

} // namespace

ProbeImpactRecorder::ProbeImpactRecorder(const DrillConfig& config, const MonotonicClock& clock,
                                         DrillRecorder& recorder, QObject* parent)
    : QObject(parent), m_config(config), m_recorder(recorder),
      m_impact(clock, ProbePlan::outageThreshold(config)), m_outages(m_impact)
{
    m_impact.setDegradedRule(config.probes.degradedWindow, config.probes.degradedThreshold);
}

ProbeImpactRecorder::~ProbeImpactRecorder() = default;

bool ProbeImpactRecorder::openSampleLog(const QString& path, QString* error)
{
    return m_sampleLog.open(path, error);
}

void ProbeImpactRecorder::closeSampleLog()
{
    m_sampleLog.close();
}

ProbeImpactRecorder::StartResult ProbeImpactRecorder::start(TimePoint at, QString* error)
{
    m_impact.setPhase(ImpactPhase::Before, at);
    const std::optional<QList<ProbeTarget>> targets = ProbePlan::fromConfig(m_config, error);
    if (!targets)
        return StartResult::BadConfiguration;
    if (targets->isEmpty())
        return StartResult::NoneConfigured;
    for (const ProbeTarget& target : *targets) {
        Track track;
        track.name = target.name;
        for (const ProbeTargetConfig& configured : m_config.probes.targets) {
            if (configured.name == target.name) {
                track.maxOutage = configured.maxOutage;
                track.abortOutage = configured.abortOutage;
                track.maxErrorRate = configured.maxErrorRate;
                track.minAvailability = configured.minAvailability;
                track.abortErrorRate = configured.abortErrorRate;
                if (configured.abortErrorRate)
                    track.errorRateWindow =
                        std::make_shared<FailureShareWindow>(configured.abortErrorRate->held);
            }
        }
        m_tracks.append(track);
    }
    m_probes = new ProbeScheduler(*targets, this);
    connect(m_probes, &ProbeScheduler::samplesReady, this,
            [this](int index, const QList<ProbeSample>& samples) { onSamples(index, samples); });
    return m_probes->start(error) ? StartResult::Running : StartResult::NotRunning;
}

void ProbeImpactRecorder::setPhase(ImpactPhase phase, TimePoint at)
{
    m_impact.setPhase(phase, at);
}

void ProbeImpactRecorder::stop()
{
    m_stopped = true;
    if (m_probes)
        m_probes->stop();
}

void ProbeImpactRecorder::shutDown()
{
    m_stopped = true;
    delete m_probes;
    m_probes = nullptr;
}

QList<ProbeTarget> ProbeImpactRecorder::targets() const
{
    return m_probes ? m_probes->targets() : QList<ProbeTarget>();
}

const ProbeImpactRecorder::Track* ProbeImpactRecorder::track(const QString& name) const
{
    for (const Track& t : m_tracks) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

void ProbeImpactRecorder::onSamples(int index, const QList<ProbeSample>& samples)
{
    if (m_stopped || !m_probes || index < 0 || index >= m_tracks.size())
        return;
    const QString name = m_tracks.at(index).name;
    if (const auto& window = m_tracks.at(index).errorRateWindow) {
        for (const ProbeSample& sample : samples)
            window->add(sample);
    }
    const QList<OutageTracker::Event> events = m_outages.add(name, samples); // adds to m_impact
    m_sampleLog.append(name, samples);
    emit samplesAdded(name, samples);
    journal(name, events);
    for (const OutageTracker::DegradedChange& change : m_outages.takeDegradedChanges(name)) {
        const DegradedPeriod& p = change.period;
        const QString phase = impactPhaseName(m_impact.phaseAt(p.start));
        if (change.opened) {
            m_recorder.put(DegradedOpenedRecord{name, monoMs(p.start), phase, qint64(p.probes),
                                                qint64(p.failed), p.share()});
            emit degradedOpened(name, p);
        } else {
            m_recorder.put(DegradedClosedRecord{name, monoMs(p.start), monoMs(p.end), phase, qint64(p.probes),
                                                qint64(p.failed), p.share(),
                                                DegradedPeriod::kindName(p.kind()), p.failedBackends});
            emit degradedClosed(name, p);
        }
    }
    emit batchDone(name);
}

void ProbeImpactRecorder::journal(const QString& target, const QList<OutageTracker::Event>& events)
{
    for (const OutageTracker::Event& event : events) {
        const OutageWindow& w = event.window;
        if (event.kind == OutageTracker::Event::Kind::Opened) {
            m_recorder.put(OutageOpenedRecord{target, monoMs(w.start), impactPhaseName(w.phase),
                                              ProbeSample::outcomeName(w.firstOutcome), w.firstDetail});
            emit windowOpened(target, w);
        } else {
            m_recorder.put(OutageClosedRecord{target, monoMs(w.start), monoMs(w.end),
                                              DrillDuration::millis(w.duration), qint64(w.failedSamples),
                                              impactPhaseName(w.phase),
                                              ProbeSample::outcomeName(w.firstOutcome), w.firstDetail});
            emit windowClosed(target, w);
        }
    }
}

QStringList ProbeImpactRecorder::failingTargets() const
{
    QStringList failing;
    for (const Track& t : m_tracks) {
        if (m_outages.isOpen(t.name) || m_outages.lastFailed(t.name))
            failing.append(t.name);
    }
    return failing;
}

LocalizedText ProbeImpactRecorder::stillFailing(TimePoint now) const
{
    for (const Track& t : m_tracks) {
        if (const std::optional<OutageWindow> open = m_outages.openWindow(t.name))
            return tx(QT_TRANSLATE_NOOP("DrillText", "probe target %1 is still failing (for %2)"))
                .arg(t.name, DrillDuration::text(since(open->start, now)));
        if (m_outages.lastFailed(t.name))
            return tx(QT_TRANSLATE_NOOP("DrillText", "probe target %1's latest probe failed")).arg(t.name);
    }
    return {};
}

QList<DrillProgress::Target> ProbeImpactRecorder::takeSecond(TimePoint now)
{
    QList<DrillProgress::Target> items;
    for (const Track& t : m_tracks) {
        DrillProgress::Target item;
        item.name = t.name;
        const OutageTracker::Second second = m_outages.takeSecond(t.name);
        item.ok = second.ok;
        item.failed = second.failed;
        item.maxMs = second.maxMs;
        const std::optional<OutageWindow> open = m_outages.openWindow(t.name);
        item.inOutage = open.has_value();
        if (open)
            item.outageSoFar = since(open->start, now);
        // The share failing now (over the detector's window), not the period's so far: a period stays open
        // for a window after its last failure, and "33 % failing" beside "11 ok" would read as a fault.
        if (m_outages.isDegraded(t.name))
            item.degradedShare = m_impact.windowShare(t.name);
        items.append(item);
    }
    return items;
}

QList<DrillMeasurements::TargetOutage> ProbeImpactRecorder::outages() const
{
    QList<DrillMeasurements::TargetOutage> list;
    for (const Track& t : m_tracks) {
        const ImpactSummary s = m_impact.summary(t.name);
        DrillMeasurements::TargetOutage outage;
        outage.target = t.name;
        outage.maxOutage = t.maxOutage;
        for (const OutageWindow& w : s.windows) {
            // Windows of the preflight were judged there; the hypothesis is about the fault and after.
            if (w.phase == ImpactPhase::Before)
                continue;
            ++outage.windows;
            const milliseconds length = duration_cast<milliseconds>(w.duration);
            outage.longest = std::max(outage.longest, length);
            outage.total += length;
            outage.stillFailing = outage.stillFailing || w.open;
        }
        for (ImpactPhase p :
             {ImpactPhase::DuringFault, ImpactPhase::AfterRestore, ImpactPhase::AfterRecovery}) {
            outage.samples += s.phase(p).samples;
            outage.failed += s.phase(p).failed;
        }
        outage.drillSamples = s.samples;
        outage.drillFailed = s.failed;
        outage.maxErrorRate = t.maxErrorRate;
        outage.minAvailability = t.minAvailability;
        for (const DegradedPeriod& period : s.degraded) {
            // Periods of the preflight were judged there, as the windows are.
            if (m_impact.phaseAt(period.end) == ImpactPhase::Before)
                continue;
            ++outage.degradedPeriods;
            outage.degradedTime += period.duration();
        }
        list.append(outage);
    }
    return list;
}

QList<ImpactSummary> ProbeImpactRecorder::summaries() const
{
    return m_impact.summaries();
}

std::optional<LocalizedText> ProbeImpactRecorder::abortOutageExceeded(const QString& target,
                                                                      TimePoint now) const
{
    const Track* t = track(target);
    const std::optional<OutageWindow> current = m_outages.openWindow(target);
    if (!t || !current || !t->abortOutage)
        return std::nullopt;
    const milliseconds soFar = since(current->start, now);
    if (soFar < *t->abortOutage)
        return std::nullopt;
    return tx(QT_TRANSLATE_NOOP("DrillText", "probe target %1 has been failing for %2, longer than its "
                                             "abort-outage (%3); first failure: %4"))
        .arg(t->name, DrillDuration::text(soFar), Duration::format(*t->abortOutage),
             current->firstDetail.isEmpty() ? ProbeSample::outcomeName(current->firstOutcome)
                                            : current->firstDetail);
}

std::optional<LocalizedText> ProbeImpactRecorder::abortErrorRateExceeded(const QString& target,
                                                                         TimePoint now) const
{
    const Track* t = track(target);
    if (!t || !t->errorRateWindow)
        return std::nullopt;
    const std::optional<double> share = t->errorRateWindow->share(now);
    if (!share || *share < t->abortErrorRate->share)
        return std::nullopt;
    return tx(QT_TRANSLATE_NOOP("DrillText",
                                "probe target %1: %2 % of its probes failed over the last %3, at "
                                "least its abort-error-rate (%4 % for %5)"))
        .arg(t->name, QString::number(*share * 100.0, 'f', 1), Duration::format(t->abortErrorRate->held),
             QString::number(t->abortErrorRate->share * 100.0, 'g', 4),
             Duration::format(t->abortErrorRate->held));
}

} // namespace etcddrill
