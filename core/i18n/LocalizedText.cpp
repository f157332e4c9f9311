#include "LocalizedText.h"

#include <QJsonArray>
#include <QJsonObject>

namespace etcddrill {

namespace {

// %1…%99 replaced in one pass, so that an argument holding "%1" (an error message, a path) stays as it is —
// which chained QString::arg() calls would not guarantee.
QString substitute(const QString& pattern, const QStringList& args)
{
    QString out;
    out.reserve(pattern.size() + 16 * args.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('%') && i + 1 < pattern.size() && pattern.at(i + 1).isDigit() &&
            pattern.at(i + 1) != QLatin1Char('0')) {
            qsizetype end = i + 1;
            int number = 0;
            while (end < pattern.size() && end < i + 3 && pattern.at(end).isDigit())
                number = number * 10 + pattern.at(end++).digitValue();
            if (number >= 1 && number <= args.size()) {
                out += args.at(number - 1);
                i = end - 1;
                continue;
            }
        }
        out += c;
    }
    return out;
}

const TextTranslator kInstalledTranslators;

} // namespace

LocalizedText::LocalizedText(const char* context, const char* source, QList<LocalizedText> args)
    : m_context(QString::fromUtf8(context)), m_source(QString::fromUtf8(source)), m_args(std::move(args))
{
}

LocalizedText LocalizedText::join(const QList<LocalizedText>& parts, const char* separator)
{
    QList<LocalizedText> kept;
    for (const LocalizedText& part : parts) {
        if (!part.isEmpty())
            kept.append(part);
    }
    if (kept.size() <= 1)
        return kept.isEmpty() ? LocalizedText() : kept.first();
    QStringList placeholders;
    for (qsizetype i = 0; i < kept.size(); ++i)
        placeholders.append(QStringLiteral("%%1").arg(i + 1));
    const QByteArray pattern = placeholders.join(QString::fromUtf8(separator)).toUtf8();
    return LocalizedText("LocalizedText.join", pattern.constData(), kept);
}

QString LocalizedText::render(const TextTranslator* translator) const
{
    if (m_context.isEmpty())
        return m_source;
    QStringList rendered;
    rendered.reserve(m_args.size());
    for (const LocalizedText& arg : m_args)
        rendered.append(arg.render(translator));
    const QString pattern =
        translator ? translator->translate(m_context.toUtf8().constData(), m_source.toUtf8().constData())
                   : m_source;
    return substitute(pattern, rendered);
}

QString LocalizedText::english() const
{
    return render(nullptr);
}

QString LocalizedText::translated() const
{
    return render(&kInstalledTranslators);
}

QString LocalizedText::translated(const TextTranslator& translator) const
{
    return render(&translator);
}

LocalizedText LocalizedText::mapped(const std::function<QString(const QString&)>& transform) const
{
    if (m_context.isEmpty())
        return LocalizedText(transform(m_source));
    LocalizedText copy = *this;
    for (LocalizedText& arg : copy.m_args)
        arg = arg.mapped(transform);
    return copy;
}

QJsonValue LocalizedText::toJson() const
{
    if (m_context.isEmpty())
        return m_source;
    QJsonArray args;
    for (const LocalizedText& arg : m_args)
        args.append(arg.toJson());
    QJsonObject json{{QStringLiteral("context"), m_context}, {QStringLiteral("source"), m_source}};
    if (!args.isEmpty())
        json.insert(QStringLiteral("args"), args);
    return json;
}

LocalizedText LocalizedText::fromJson(const QJsonValue& json)
{
    if (!json.isObject())
        return LocalizedText(json.toString());
    const QJsonObject object = json.toObject();
    LocalizedText text;
    text.m_context = object.value(QStringLiteral("context")).toString();
    text.m_source = object.value(QStringLiteral("source")).toString();
    for (const QJsonValue& arg : object.value(QStringLiteral("args")).toArray())
        text.m_args.append(fromJson(arg));
    return text;
}

LocalizedText LocalizedText::fromField(const QJsonObject& object, const QString& field)
{
    const QJsonValue text = object.value(QStringLiteral("texts")).toObject().value(field);
    if (text.isObject())
        return fromJson(text);
    return LocalizedText(object.value(field).toString());
}

} // namespace etcddrill
