// The drill's verdict: every hypothesis of the config (drill.hypothesis, probes.targets[].max-outage) next to
// what was measured, pass or fail line by line. compute() is pure, so the judgement is unit-tested with
// hand-built figures. A value type, part of DrillSummary.
#pragma once

#include "DrillMeasurements.h"
#include "HypothesisLine.h"

#include "config/HypothesisSettings.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>

namespace etcddrill {

struct DrillVerdict
{
    QList<HypothesisLine> lines;

    bool passed() const
    {
        for (const HypothesisLine& line : lines) {
            if (!line.passed)
                return false;
        }
        return true;
    }
    QStringList failures() const;              // the names of the failed lines
    QList<LocalizedText> failureTexts() const; // the same, translatable

    // Lines in this order: per probe target its longest outage, then its error rate and availability where
    // the config sets max-error-rate and min-availability; write failures, leader election, recovery; then,
    // with the client workload, DataSafetyLines.
    static DrillVerdict compute(const DrillMeasurements& measured, const HypothesisSettings& hypothesis);

    QJsonObject toJson() const;
    QString describe() const;           // one line per hypothesis, then "PASSED"/"FAILED: …"
    QString describeTranslated() const; // the same in the installed translation
};

} // namespace etcddrill

Q_DECLARE_METATYPE(etcddrill::DrillVerdict)
