// How the report reads a field of a journal line that may be missing or of the wrong type (a journal cut
// off by a crash, one written by an older engine or by hand): a number or nullopt, an integer or a fallback,
// a string or "", and a text the engine recorded in the report's language. Shared by ReportBuilder and the
// parts it is made of (ReportTimelineRows, ReportSnapshotReader, ReportOutageWindows). Stateless; any thread.
#pragma once

#include "i18n/LocalizedText.h"
#include "i18n/TextTranslator.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <optional>

namespace etcddrill {

class ReportJournalFields
{
public:
    static std::optional<double> number(const QJsonObject& object, const QString& key)
    {
        const QJsonValue value = object.value(key);
        if (!value.isDouble())
            return std::nullopt;
        return value.toDouble();
    }

    static qint64 integer(const QJsonObject& object, const QString& key, qint64 fallback)
    {
        const QJsonValue value = object.value(key);
        return value.isDouble() ? qint64(value.toDouble()) : fallback;
    }

    static QString text(const QJsonObject& object, const QString& key)
    {
        return object.value(key).toString();
    }

    // A text the engine recorded, in the report's language: its "texts" template when the line has one
    // (newer journals), otherwise the English field as written (older journals stay English).
    static QString shown(const QJsonObject& object, const QString& key, const TextTranslator& translator)
    {
        return LocalizedText::fromField(object, key).translated(translator);
    }
};

} // namespace etcddrill
