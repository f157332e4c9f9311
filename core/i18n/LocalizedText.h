// A text that is data and words at once: a template marked for translation (context + English source, as
// QT_TRANSLATE_NOOP marks it) with its arguments, which are again LocalizedTexts or verbatim strings (node
// names, figures, durations, error messages from etcd — data, never translated). english() is what the
// journal, summary.json and the CLI's logs keep (stable, whatever the operator's language); translated() is
// what a face shows, in the language of the installed QTranslator (or of the TextTranslator given, as a
// report exported in another language than the console's); toJson()/fromJson() let a report translate a
// journal written earlier.
//
// A QString converts implicitly into a verbatim LocalizedText, so code that only has a string still fits.
// A value type; any thread (translated() reads the application's translators like
// QCoreApplication::translate, translated(translator) only the one given).
#pragma once

#include "TextTranslator.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <concepts>
#include <functional>

namespace etcddrill {

class LocalizedText
{
public:
    LocalizedText() = default;
    LocalizedText(const QString& verbatim) : m_source(verbatim) {} // NOLINT: implicit on purpose
    // `source` is a literal marked with QT_TRANSLATE_NOOP(context, …) so that lupdate finds it; %1…%99 stand
    // for `args` in order.
    LocalizedText(const char* context, const char* source, QList<LocalizedText> args = {});

    template <class... Args>
    static LocalizedText make(const char* context, const char* source, const Args&... args)
    {
        return LocalizedText(context, source, QList<LocalizedText>{toArg(args)...});
    }

    // Appends arguments, for code written like QString::arg chains: make(ctx, "%1 of %2").arg(a).arg(b).
    // Placeholders are numbered in the order the arguments come (unlike QString::arg, which fills the
    // lowest-numbered one left).
    template <class... Args> LocalizedText arg(const Args&... args) const
    {
        LocalizedText copy = *this;
        (copy.m_args.append(toArg(args)), ...);
        return copy;
    }

    // "a, b, c": each part translated on its own, empty parts left out (no part gives an empty text). The
    // joined template is made up here in a context of its own ("LocalizedText.join"), which no translation
    // has, so the separator is the same whatever the number of parts.
    static LocalizedText join(const QList<LocalizedText>& parts, const char* separator);

    // English, the source language: what the journal keeps.
    QString english() const;
    // In the language of the installed translators (English when none has the template).
    QString translated() const;
    // In the language of `translator` (the installed translators when it holds none).
    QString translated(const TextTranslator& translator) const;

    bool isEmpty() const { return m_source.isEmpty() && m_args.isEmpty(); }
    bool isTranslatable() const { return !m_context.isEmpty(); }
    QString context() const { return m_context; }
    QString source() const { return m_source; } // the template, or the verbatim text
    const QList<LocalizedText>& args() const { return m_args; }

    // The same text with `transform` applied to every verbatim part (the redaction of secrets).
    LocalizedText mapped(const std::function<QString(const QString&)>& transform) const;

    // A verbatim text is a JSON string; a translatable one {"context", "source", "args": [ … ]}.
    QJsonValue toJson() const;
    static LocalizedText fromJson(const QJsonValue& json);
    // A field of a journal line or summary.json object: its template from object["texts"][field] when the
    // writer left one there, otherwise the English string object[field] as verbatim text (older journals,
    // fields that are data). See core/drill/JournalWriter.h.
    static LocalizedText fromField(const QJsonObject& object, const QString& field);

    friend bool operator==(const LocalizedText& a, const LocalizedText& b)
    {
        return a.m_context == b.m_context && a.m_source == b.m_source && a.m_args == b.m_args;
    }
    friend bool operator!=(const LocalizedText& a, const LocalizedText& b) { return !(a == b); }

    // Arguments: texts stay texts, strings are verbatim, numbers are written in C locale (figures in
    // a drill are compared across languages: "8.2 s" in every one of them).
    static LocalizedText toArg(const LocalizedText& text) { return text; }
    static LocalizedText toArg(const QString& text) { return LocalizedText(text); }
    template <std::integral N> static LocalizedText toArg(N n) { return LocalizedText(QString::number(n)); }

private:
    QString render(const TextTranslator* translator) const; // nullptr: English

    QString m_context; // empty: verbatim
    QString m_source;
    QList<LocalizedText> m_args;
};

} // namespace etcddrill

Q_DECLARE_METATYPE(etcddrill::LocalizedText)
