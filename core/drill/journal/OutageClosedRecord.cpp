#include "OutageClosedRecord.h"

namespace etcddrill {

QJsonObject OutageClosedRecord::toJson() const
{
    return {{QStringLiteral("target"), target},
            {QStringLiteral("start_mono_ms"), startMonoMs},
            {QStringLiteral("end_mono_ms"), endMonoMs},
            {QStringLiteral("duration_ms"), durationMs},
            {QStringLiteral("failed_samples"), failedSamples},
            {QStringLiteral("phase"), phase},
            {QStringLiteral("first_outcome"), firstOutcome},
            {QStringLiteral("first_detail"), firstDetail}};
}

OutageClosedRecord OutageClosedRecord::fromJson(const QJsonObject& json)
{
    OutageClosedRecord r;
    r.target = json.value(QStringLiteral("target")).toString();
    r.startMonoMs = json.value(QStringLiteral("start_mono_ms")).toInteger();
    r.endMonoMs = json.value(QStringLiteral("end_mono_ms")).toInteger();
    r.durationMs = json.value(QStringLiteral("duration_ms")).toDouble();
    r.failedSamples = json.value(QStringLiteral("failed_samples")).toInteger();
    r.phase = json.value(QStringLiteral("phase")).toString();
    r.firstOutcome = json.value(QStringLiteral("first_outcome")).toString();
    r.firstDetail = json.value(QStringLiteral("first_detail")).toString();
    return r;
}

} // namespace etcddrill
