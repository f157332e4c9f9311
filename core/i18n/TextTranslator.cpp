#include "TextTranslator.h"

#include <QCoreApplication>
#include <QTranslator>

namespace etcddrill {

namespace {

// What QCoreApplication::translate does after looking a text up: "%n" becomes n, "%Ln" n in the default
// locale's digits; any other '%' stays for QString::arg.
QString withCount(QString text, int n)
{
    if (n < 0)
        return text;
    qsizetype at = 0;
    while ((at = text.indexOf(u'%', at)) != -1) {
        const bool localized = at + 1 < text.size() && text.at(at + 1) == u'L';
        const qsizetype letter = at + (localized ? 2 : 1);
        if (letter >= text.size())
            break;
        if (text.at(letter) != u'n') {
            at = letter;
            continue;
        }
        const QString count = localized ? QStringLiteral("%L1").arg(n) : QString::number(n);
        text.replace(at, letter + 1 - at, count);
        at += count.size();
    }
    return text;
}

} // namespace

QString TextTranslator::translate(const char* context, const char* sourceText, const char* disambiguation,
                                  int n) const
{
    if (!m_translator)
        return QCoreApplication::translate(context, sourceText, disambiguation, n);
    if (!sourceText)
        return QString();
    QString text = m_translator->translate(context, sourceText, disambiguation, n);
    if (text.isNull())
        text = QString::fromUtf8(sourceText);
    return withCount(text, n);
}

} // namespace etcddrill
