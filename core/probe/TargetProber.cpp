#include "TargetProber.h"

#include "ConnectionPool.h"
#include "HttpProbe.h"
#include "ProbeEndpoint.h"
#include "ProbeTextPool.h"

namespace etcddrill {

TargetProber::TargetProber(std::shared_ptr<const ProbeEndpoint> endpoint, HostResolver& resolver,
                           QObject* parent)
    : QObject(parent), m_endpoint(std::move(endpoint)), m_resolver(resolver)
{
    const ProbeTarget& target = m_endpoint->target();
    const auto interval = std::max(target.interval, ProbeTarget::minimumInterval);
    m_maxInFlight = int((target.timeout + interval - std::chrono::milliseconds(1)) / interval) + 1;
    if (target.keepAlive)
        m_pool = std::make_unique<ConnectionPool>();
}

// Probes are children: they go first (QObject's destructor), the pool after them.
TargetProber::~TargetProber()
{
    qDeleteAll(findChildren<HttpProbe*>(Qt::FindDirectChildrenOnly));
}

void TargetProber::probe(std::chrono::steady_clock::time_point slot)
{
    if (m_inFlight >= m_maxInFlight) {
        skip(slot, QStringLiteral("too many probes of this target still in flight"));
        return;
    }
    const quint64 sequence = m_nextSequence++;
    m_slots.push_back(Slot{sequence, false, {}});
    ++m_inFlight;
    auto* probe = new HttpProbe(m_endpoint, m_resolver, m_pool.get(), this);
    connect(probe, &HttpProbe::finished, this, [this, probe, sequence](const ProbeSample& sample) {
        --m_inFlight;
        const quint64 first = m_slots.front().sequence;
        Slot& entry = m_slots[size_t(sequence - first)];
        entry.sample = sample;
        entry.done = true;
        probe->deleteLater();
    });
    probe->start(slot);
}

void TargetProber::skip(std::chrono::steady_clock::time_point slot, const QString& why)
{
    Slot entry{m_nextSequence++, true, {}};
    entry.sample.setStart(slot);
    entry.sample.outcome = ProbeSample::Outcome::Skipped;
    entry.sample.detailId = ProbeTextPool::intern(why);
    m_slots.push_back(entry);
}

QList<ProbeSample> TargetProber::takeFinished()
{
    QList<ProbeSample> samples;
    while (!m_slots.empty() && m_slots.front().done) {
        samples.append(m_slots.front().sample);
        m_slots.pop_front();
    }
    return samples;
}

} // namespace etcddrill
