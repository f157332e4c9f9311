#include "ProbeWorker.h"

#include "HostResolver.h"
#include "ProbeEndpoint.h"
#include "TargetProber.h"

namespace etcddrill {

ProbeWorker::ProbeWorker(std::vector<std::shared_ptr<const ProbeEndpoint>> endpoints,
                         std::chrono::steady_clock::time_point start)
    : m_endpoints(std::move(endpoints)), m_start(start), m_nextSlot(m_endpoints.size(), 0)
{
}

// The probers (and their probes) use the resolver: they go before it.
ProbeWorker::~ProbeWorker()
{
    for (TargetProber* prober : m_probers)
        delete prober;
    m_probers.clear();
}

void ProbeWorker::run()
{
    m_resolver = std::make_unique<HostResolver>();
    for (const auto& endpoint : m_endpoints)
        m_probers.push_back(new TargetProber(endpoint, *m_resolver, this));

    m_scheduleTimer = new QTimer(this);
    m_scheduleTimer->setSingleShot(true);
    // Coarse timers may fire 5 % late; the schedule is what the jitter figures measure.
    m_scheduleTimer->setTimerType(Qt::PreciseTimer);
    connect(m_scheduleTimer, &QTimer::timeout, this, &ProbeWorker::tick);
    m_batchTimer = new QTimer(this);
    m_batchTimer->setInterval(batchInterval);
    connect(m_batchTimer, &QTimer::timeout, this, &ProbeWorker::flush);
    m_batchTimer->start();
    tick();
}

void ProbeWorker::shutdown()
{
    flush();
    m_stopped = true;
    if (m_scheduleTimer)
        m_scheduleTimer->stop();
    if (m_batchTimer)
        m_batchTimer->stop();
    for (TargetProber* prober : m_probers)
        delete prober;
    m_probers.clear();
}

std::chrono::steady_clock::time_point ProbeWorker::slotTime(size_t target, qint64 k) const
{
    return m_start + k * m_endpoints[target]->target().interval;
}

void ProbeWorker::tick()
{
    if (m_stopped)
        return;
    const auto now = std::chrono::steady_clock::now();
    auto wake = std::chrono::steady_clock::time_point::max();
    for (size_t i = 0; i < m_probers.size(); ++i) {
        qint64 k = m_nextSlot[i];
        if (slotTime(i, k) <= now) {
            const auto interval = m_endpoints[i]->target().interval;
            const qint64 latest = (now - m_start) / interval;
            // The thread stalled for more than an interval: the slots it missed are recorded as skipped
            // rather than started in a burst that would hit the server all at once.
            for (; k < latest; ++k)
                m_probers[i]->skip(slotTime(i, k), QStringLiteral("the probe scheduler fell behind"));
            m_probers[i]->probe(slotTime(i, k));
            m_nextSlot[i] = ++k;
        }
        wake = std::min(wake, slotTime(i, m_nextSlot[i]));
    }
    if (wake == std::chrono::steady_clock::time_point::max())
        return;
    // QTimer counts whole milliseconds: round up so that it never fires before the slot.
    const auto wait = std::chrono::ceil<std::chrono::milliseconds>(wake - std::chrono::steady_clock::now());
    m_scheduleTimer->start(std::max(wait, std::chrono::milliseconds(0)));
}

void ProbeWorker::flush()
{
    for (size_t i = 0; i < m_probers.size(); ++i) {
        const QList<ProbeSample> samples = m_probers[i]->takeFinished();
        if (!samples.isEmpty())
            emit samplesReady(int(i), samples);
    }
}

} // namespace etcddrill
