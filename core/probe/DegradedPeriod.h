// A stretch of time during which a probe target was hurt partly or fully: over a sliding window, the share
// of failed probes was above the threshold (DegradedPeriodDetector). Where an outage window needs every
// probe to fail in a row, a period also catches "one request in four fails" — what a passive load balancer
// that keeps a broken backend in rotation gives. A value type, part of ImpactSummary and the journal.
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <chrono>

namespace etcddrill {

struct DegradedPeriod
{
    enum class Kind : quint8 {
        Partial, // some probes failed, some did not
        Full,    // every probe of the period failed: a hard outage
    };

    std::chrono::steady_clock::time_point start; // the first failed probe of the period
    std::chrono::steady_clock::time_point end;   // the last failed probe so far (open) or of the period
    bool open = false;                           // the share has not stayed below the threshold for a window
    quint64 probes = 0;                          // from start to end, both included
    quint64 failed = 0;
    QStringList
        failedBackends; // the backends that answered the failed probes, where they say (lab apiservers)

    double share() const { return probes ? double(failed) / double(probes) : 0.0; }
    Kind kind() const { return failed == probes ? Kind::Full : Kind::Partial; }
    std::chrono::milliseconds duration() const
    {
        return std::chrono::duration_cast<std::chrono::milliseconds>(end - start);
    }
    // "partial", "full": stable words for JSON and the journal.
    static QString kindName(Kind kind)
    {
        return kind == Kind::Full ? QStringLiteral("full") : QStringLiteral("partial");
    }
};

} // namespace etcddrill

Q_DECLARE_METATYPE(etcddrill::DegradedPeriod)
