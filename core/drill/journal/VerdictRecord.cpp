#include "VerdictRecord.h"

#include <QJsonArray>

namespace etcddrill {

QJsonObject VerdictRecord::toJson() const
{
    return verdict.toJson();
}

VerdictRecord VerdictRecord::fromJson(const QJsonObject& json)
{
    DrillVerdict v;
    for (const QJsonValue& value : json.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject item = value.toObject();
        HypothesisLine line;
        line.setTexts(LocalizedText::fromField(item, QStringLiteral("name")),
                      LocalizedText::fromField(item, QStringLiteral("expected")),
                      LocalizedText::fromField(item, QStringLiteral("measured")));
        line.passed = item.value(QStringLiteral("passed")).toBool(true);
        line.informational = item.value(QStringLiteral("informational")).toBool();
        v.lines.append(line);
    }
    return {v};
}

} // namespace etcddrill
