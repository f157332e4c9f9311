#include "DegradedClosedRecord.h"

#include <QJsonArray>

namespace etcddrill {

QJsonObject DegradedClosedRecord::toJson() const
{
    return {{QStringLiteral("target"), target},
            {QStringLiteral("start_mono_ms"), startMonoMs},
            {QStringLiteral("end_mono_ms"), endMonoMs},
            {QStringLiteral("phase"), phase},
            {QStringLiteral("probes"), probes},
            {QStringLiteral("failed"), failed},
            {QStringLiteral("share"), share},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("failed_backends"), QJsonArray::fromStringList(failedBackends)}};
}

DegradedClosedRecord DegradedClosedRecord::fromJson(const QJsonObject& json)
{
    QStringList backends;
    for (const QJsonValue& backend : json.value(QStringLiteral("failed_backends")).toArray())
        backends.append(backend.toString());
    return {json.value(QStringLiteral("target")).toString(),
            json.value(QStringLiteral("start_mono_ms")).toInteger(),
            json.value(QStringLiteral("end_mono_ms")).toInteger(),
            json.value(QStringLiteral("phase")).toString(),
            json.value(QStringLiteral("probes")).toInteger(),
            json.value(QStringLiteral("failed")).toInteger(),
            json.value(QStringLiteral("share")).toDouble(),
            json.value(QStringLiteral("kind")).toString(),
            backends};
}

} // namespace etcddrill
