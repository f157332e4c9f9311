#include "WriteCheckRecord.h"

namespace etcddrill {

QJsonObject WriteCheckRecord::toJson() const
{
    return {{QStringLiteral("node"), node},
            {QStringLiteral("ok"), ok},
            {QStringLiteral("latency_ms"), latencyMs},
            {QStringLiteral("error"), error},
            {QStringLiteral("counted"), counted}};
}

WriteCheckRecord WriteCheckRecord::fromJson(const QJsonObject& json)
{
    return {json.value(QStringLiteral("node")).toString(), json.value(QStringLiteral("ok")).toBool(),
            json.value(QStringLiteral("latency_ms")).toDouble(),
            json.value(QStringLiteral("error")).toString(),
            json.value(QStringLiteral("counted")).toBool(true)};
}

} // namespace etcddrill
