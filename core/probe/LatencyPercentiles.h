// Latency figures of one phase (dns, connect, tls, ttfb or total) over a set of probe samples, in
// microseconds. Percentiles are nearest-rank and exact to within 0.4 % (see LatencyHistogram); max is exact.
#pragma once

#include <QJsonObject>

namespace etcddrill {

struct LatencyPercentiles
{
    quint64 count = 0; // samples that reached this phase; the figures below are 0 when count is 0
    quint32 p50Us = 0;
    quint32 p90Us = 0;
    quint32 p99Us = 0;
    quint32 maxUs = 0;

    QJsonObject toJson() const
    {
        return QJsonObject{{QStringLiteral("count"), qint64(count)},
                           {QStringLiteral("p50Ms"), p50Us / 1000.0},
                           {QStringLiteral("p90Ms"), p90Us / 1000.0},
                           {QStringLiteral("p99Ms"), p99Us / 1000.0},
                           {QStringLiteral("maxMs"), maxUs / 1000.0}};
    }
};

} // namespace etcddrill
