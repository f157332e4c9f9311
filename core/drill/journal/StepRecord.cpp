#include "StepRecord.h"

namespace etcddrill {

QJsonObject StepRecord::toJson() const
{
    QJsonObject json{{QStringLiteral("step"), step},
                     {QStringLiteral("title"), title},
                     {QStringLiteral("state"), state},
                     {QStringLiteral("detail"), detail.english()}};
    if (detail.isTranslatable())
        json.insert(QStringLiteral("texts"), QJsonObject{{QStringLiteral("detail"), detail.toJson()}});
    return json;
}

StepRecord StepRecord::fromJson(const QJsonObject& json)
{
    StepRecord r;
    r.step = json.value(QStringLiteral("step")).toString();
    r.state = json.value(QStringLiteral("state")).toString();
    r.title = json.value(QStringLiteral("title")).toString();
    r.detail = LocalizedText::fromField(json, QStringLiteral("detail"));
    return r;
}

} // namespace etcddrill
