// Numbers of journal fields that may be absent (a journal cut off by a crash, written by an older engine or
// by hand): read as nullopt when the field is missing or not a number, so that a reader can tell "absent"
// from 0; written only when set. Header-only; any thread.
#pragma once

#include <QJsonObject>
#include <optional>

namespace etcddrill::JournalNumbers {

inline std::optional<qint64> integer(const QJsonObject& json, const QString& key)
{
    const QJsonValue value = json.value(key);
    if (!value.isDouble())
        return std::nullopt;
    return value.toInteger(qint64(value.toDouble()));
}

inline void insert(QJsonObject& json, const QString& key, std::optional<qint64> value)
{
    if (value)
        json.insert(key, *value);
}

} // namespace etcddrill::JournalNumbers
