#include "WorkloadRunner.h"

#include "etcd/EtcdClient.h"

#include <QDateTime>
#include <QPointer>

#include <cmath>

namespace etcddrill {

namespace {

using Clock = std::chrono::steady_clock;
constexpr auto kSkipAfterFailure = std::chrono::seconds(1);

} // namespace

WorkloadRunner::WorkloadRunner(QList<Member> members, QByteArray prefix, double rate, QObject* parent)
    : QObject(parent), m_members(std::move(members)), m_prefix(std::move(prefix)),
      m_interval(std::chrono::nanoseconds(qint64(1e9 / std::max(rate, 0.001))))
{
    for (qsizetype i = 0; i < m_members.size(); ++i)
        m_skipUntil.append(Clock::time_point{});
    // Ticks at up to 100 Hz; each one issues the puts the rate asks for by then, so the rate holds
    // whatever the timer's granularity.
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(std::max(1, int(std::min<qint64>(10, m_interval.count() / 1000000))));
    connect(&m_timer, &QTimer::timeout, this, &WorkloadRunner::tick);
}

void WorkloadRunner::start()
{
    if (m_timer.isActive() || m_members.isEmpty())
        return;
    m_stopping = false;
    m_started = Clock::now();
    m_due = 0;
    m_timer.start();
    tick();
}

void WorkloadRunner::stop()
{
    if (m_stopping || !m_timer.isActive())
        return;
    m_timer.stop();
    m_stopping = true;
    if (m_inFlight == 0)
        emit stopped();
}

WorkloadOperation::Result WorkloadRunner::classify(const EtcdCallResult& result)
{
    if (result.ok())
        return WorkloadOperation::Result::Ok;
    switch (result.grpcCode) {
    case 3:  // INVALID_ARGUMENT: etcd rejected the request (a key or value too large, …)
    case 7:  // PERMISSION_DENIED
    case 8:  // RESOURCE_EXHAUSTED: the NOSPACE alarm, too many requests
    case 9:  // FAILED_PRECONDITION
    case 16: // UNAUTHENTICATED
        return WorkloadOperation::Result::Failed;
    case 14: // UNAVAILABLE: failed only when no connection was ever made
        return result.grpcMessage.contains(QLatin1String("Connection refused"))
                   ? WorkloadOperation::Result::Failed
                   : WorkloadOperation::Result::Unknown;
    default: // a deadline, a cancellation, a connection lost mid-call: applied or not
        return WorkloadOperation::Result::Unknown;
    }
}

int WorkloadRunner::nextMember()
{
    const auto now = Clock::now();
    for (qsizetype tried = 0; tried < m_members.size(); ++tried) {
        const int i = m_next;
        m_next = (m_next + 1) % int(m_members.size());
        if (m_skipUntil.at(i) <= now)
            return i;
    }
    // Every member failed lately: try the next one anyway, the workload measures what clients see.
    const int i = m_next;
    m_next = (m_next + 1) % int(m_members.size());
    return i;
}

void WorkloadRunner::tick()
{
    const qint64 due = (Clock::now() - m_started) / m_interval + 1;
    for (; m_due < due; ++m_due) {
        const int member = nextMember();
        WorkloadOperation op;
        op.sequence = qint64(m_operations.size()) + 1;
        op.key = m_prefix + QByteArray::number(op.sequence);
        op.value = QStringLiteral("seq=%1 at=%2")
                       .arg(op.sequence)
                       .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
                       .toUtf8();
        op.member = m_members.at(member).name;
        op.start = Clock::now();
        const qsizetype index = m_operations.size();
        m_operations.append(op);
        ++m_inFlight;
        // The client delivers to its own thread's loop: the runner may be gone by then.
        m_members.at(member).client->put(op.key, op.value,
                                         [self = QPointer(this), index, member](const EtcdKvResult& result) {
                                             if (!self)
                                                 return;
                                             self->finish(index, member, result);
                                         });
    }
}

void WorkloadRunner::finish(qsizetype index, int member, const EtcdKvResult& result)
{
    WorkloadOperation& done = m_operations[index];
    done.end = Clock::now();
    done.result = classify(result);
    done.revision = result.ok() ? result.revision : 0;
    if (!result.ok())
        m_skipUntil[member] = done.end + kSkipAfterFailure;
    --m_inFlight;
    emit operationFinished(done);
    if (m_stopping && m_inFlight == 0)
        emit stopped();
}

} // namespace etcddrill
