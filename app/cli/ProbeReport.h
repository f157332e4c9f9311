// Terminal and JSON text of `etcd-drill-cli probe`: the line per target and second, and the final impact
// figures per target (ImpactSummary plus the probe phases' percentiles and the backends that answered).
// Stateless; main()'s thread.
#pragma once

#include "DegradedPeriod.h"
#include "ImpactSummary.h"
#include "ProbeSecond.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <chrono>
#include <optional>

namespace etcddrill {

class ProbeReport
{
    Q_DECLARE_TR_FUNCTIONS(ProbeReport)

public:
    // "12:00:01  vip           10 ok   0 failed  p50 2.1 ms  max 3.4 ms  from M1 4, M2 3, M3 3"; with an open
    // outage window "… OUTAGE 2.300 s so far", with failures the latest one.
    static QString secondLine(const QString& clock, const QString& target, int nameWidth,
                              const ProbeSecond& second, std::optional<std::chrono::microseconds> openOutage);
    // ImpactSummary::describe() with the URL, the percentiles of every probe phase per drill phase and the
    // backends that answered over the whole run.
    static QString finalText(const ImpactSummary& summary, const QString& url,
                             const QMap<QString, quint64>& backends);
    // ImpactSummary::toJson() with "url" and "backends" ({"M1": 120, …}).
    static QJsonObject finalJson(const ImpactSummary& summary, const QString& url,
                                 const QMap<QString, quint64>& backends);
    static QString formatMs(double ms); // "3.2 ms", "1.250 s"
    // A way in's state change, for `run` and `probe` alike: "domain: DEGRADED, 2 of 4 probes failed since
    // the first failure" / "vip: DOWN, every probe failing" when a degraded period opens, "domain: ok again
    // after 15.000 s degraded (51 of 151 probes failed, 34 %; failing backends: M3)" when it closes.
    // Both in the installed translation (English without one).
    // The drill's phases of one target, one line each, for the end of `run`:
    // "    target down     1180 probes, 329 failed (27.88 %), longest outage 101 ms, degraded 58.210 s".
    static QStringList phaseLines(const ImpactSummary& summary);
    // The first line of ImpactSummary::describe(): "vip: 1200 probes, 3 failed (0.25 %), impact 301 ms in 1
    // window(s), longest 301 ms".
    static QString headLine(const ImpactSummary& summary);
    static QString degradedText(const QString& target, const DegradedPeriod& period, bool opened);
};

} // namespace etcddrill
