// One line of the drill's verdict: a hypothesis (what the operator expects the cluster to survive) next to
// what was measured. A value type, part of DrillVerdict.
#pragma once

#include <QJsonObject>
#include <QString>

namespace etcddrill {

struct HypothesisLine
{
    QString name;     // "longest outage of vip", "write failures", "leader election", "recovery"
    QString expected; // "at most 5s"; "no limit" for an informational line
    QString measured; // "1.234 s in 1 window", "0 of 12 write checks failed"
    bool passed = true;
    bool informational = false; // nothing to hold it against (no max-outage, a follower was stopped)

    // "PASS  longest outage of vip: 1.234 s (expected at most 5s)".
    QString describe() const
    {
        const QString mark = informational ? QStringLiteral("INFO")
                             : passed      ? QStringLiteral("PASS")
                                           : QStringLiteral("FAIL");
        return QStringLiteral("%1  %2: %3 (expected %4)").arg(mark, name, measured, expected);
    }
    QJsonObject toJson() const
    {
        return QJsonObject{{QStringLiteral("name"), name},
                           {QStringLiteral("expected"), expected},
                           {QStringLiteral("measured"), measured},
                           {QStringLiteral("passed"), passed},
                           {QStringLiteral("informational"), informational}};
    }
};

} // namespace etcddrill
