#include "NoteRecord.h"

namespace etcddrill {

QJsonObject NoteRecord::toJson() const
{
    QJsonObject json{{QStringLiteral("text"), text.english()}};
    if (text.isTranslatable())
        json.insert(QStringLiteral("texts"), QJsonObject{{QStringLiteral("text"), text.toJson()}});
    return json;
}

NoteRecord NoteRecord::fromJson(const QJsonObject& json)
{
    return {LocalizedText::fromField(json, QStringLiteral("text"))};
}

} // namespace etcddrill
