#include "DegradedOpenedRecord.h"

namespace etcddrill {

QJsonObject DegradedOpenedRecord::toJson() const
{
    return {{QStringLiteral("target"), target}, {QStringLiteral("start_mono_ms"), startMonoMs},
            {QStringLiteral("phase"), phase},   {QStringLiteral("probes"), probes},
            {QStringLiteral("failed"), failed}, {QStringLiteral("share"), share}};
}

DegradedOpenedRecord DegradedOpenedRecord::fromJson(const QJsonObject& json)
{
    return {json.value(QStringLiteral("target")).toString(),
            json.value(QStringLiteral("start_mono_ms")).toInteger(),
            json.value(QStringLiteral("phase")).toString(),
            json.value(QStringLiteral("probes")).toInteger(),
            json.value(QStringLiteral("failed")).toInteger(),
            json.value(QStringLiteral("share")).toDouble()};
}

} // namespace etcddrill
