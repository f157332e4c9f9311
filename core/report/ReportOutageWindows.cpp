#include "ReportOutageWindows.h"

#include "ReportJournalFields.h"
#include "drill/Redactor.h"

#include <algorithm>

namespace etcddrill {

namespace {

using F = ReportJournalFields;

} // namespace

void ReportOutageWindows::takeOpened(const JournalEntry& e)
{
    const QJsonObject& f = e.fields;
    const QString target = F::text(f, QStringLiteral("target"));
    if (m_open.contains(target))
        return; // the engine never opens two; a damaged journal might
    ReportOutage o;
    o.target = target;
    o.startMonoMs = F::number(f, QStringLiteral("start_mono_ms")).value_or(double(e.monoMs));
    o.endMonoMs = o.startMonoMs;
    o.phase = F::text(f, QStringLiteral("phase"));
    o.firstOutcome = F::text(f, QStringLiteral("first_outcome"));
    o.firstDetail = Redactor::redact(F::text(f, QStringLiteral("first_detail")));
    o.closed = false;
    if (!m_order.contains(target))
        m_order.append(target);
    m_outages.append(o);
    m_open.insert(target, int(m_outages.size() - 1));
}

void ReportOutageWindows::takeClosed(const JournalEntry& e)
{
    const QJsonObject& f = e.fields;
    const QString target = F::text(f, QStringLiteral("target"));
    const double start = F::number(f, QStringLiteral("start_mono_ms")).value_or(double(e.monoMs));
    int index = m_open.value(target, -1);
    if (index < 0) {
        // Closed without a recorded opening (the journal lost that line): take it as it stands.
        ReportOutage o;
        o.target = target;
        o.startMonoMs = start;
        o.phase = F::text(f, QStringLiteral("phase"));
        o.firstOutcome = F::text(f, QStringLiteral("first_outcome"));
        o.firstDetail = Redactor::redact(F::text(f, QStringLiteral("first_detail")));
        if (!m_order.contains(target))
            m_order.append(target);
        m_outages.append(o);
        index = int(m_outages.size() - 1);
    }
    m_open.remove(target);
    ReportOutage& o = m_outages[index];
    o.closed = true;
    o.endMonoMs = F::number(f, QStringLiteral("end_mono_ms")).value_or(double(e.monoMs));
    // start/end are whole ms in the journal, duration_ms has µs: the window's length is duration_ms.
    if (const std::optional<double> duration = F::number(f, QStringLiteral("duration_ms"));
        duration && *duration >= 0)
        o.endMonoMs = o.startMonoMs + *duration;
    o.failedSamples = F::integer(f, QStringLiteral("failed_samples"), 0);
}

void ReportOutageWindows::finish(const QList<RecordedSeries>& series, double endMonoMs)
{
    for (auto it = m_open.begin(); it != m_open.end(); ++it) {
        ReportOutage& o = m_outages[it.value()];
        o.endMonoMs = std::max(o.startMonoMs, endMonoMs);
        const auto s = std::find_if(series.cbegin(), series.cend(),
                                    [&o](const RecordedSeries& r) { return r.target == o.target; });
        if (s != series.cend() && !s->samples.isEmpty()) {
            o.endMonoMs = std::max(o.startMonoMs, s->samples.last().monoMs);
            for (const RecordedSample& sample : s->samples) {
                if (sample.monoMs >= o.startMonoMs && sample.isFailure())
                    ++o.failedSamples;
            }
        }
    }
    std::stable_sort(m_outages.begin(), m_outages.end(), [](const ReportOutage& a, const ReportOutage& b) {
        return a.startMonoMs < b.startMonoMs;
    });
}

} // namespace etcddrill
