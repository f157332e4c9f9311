#include "DrillFinishedRecord.h"

namespace etcddrill {

QJsonObject DrillFinishedRecord::toJson() const
{
    return {{QStringLiteral("outcome"), outcome},
            {QStringLiteral("reason"), reason.english()},
            {QStringLiteral("texts"), QJsonObject{{QStringLiteral("reason"), reason.toJson()},
                                                  {QStringLiteral("headline"), headline.toJson()}}},
            {QStringLiteral("headline"), headline.english()},
            {QStringLiteral("summary_file"), summaryFile}};
}

DrillFinishedRecord DrillFinishedRecord::fromJson(const QJsonObject& json)
{
    const QJsonObject texts = json.value(QStringLiteral("texts")).toObject();
    const auto text = [&](const QString& key) {
        return texts.contains(key) ? LocalizedText::fromJson(texts.value(key))
                                   : LocalizedText(json.value(key).toString());
    };
    DrillFinishedRecord r;
    r.outcome = json.value(QStringLiteral("outcome")).toString();
    r.reason = text(QStringLiteral("reason"));
    r.headline = text(QStringLiteral("headline"));
    r.summaryFile = json.value(QStringLiteral("summary_file")).toString();
    return r;
}

} // namespace etcddrill
