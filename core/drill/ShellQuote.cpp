#include "ShellQuote.h"

namespace etcddrill {

namespace {

// Characters that mean nothing to sh, bash, zsh or fish in any position of a word. A leading '-' is left
// bare too: quoting cannot stop a program from reading a word as an option — the commands pass "--" instead.
bool isPlain(QChar c)
{
    if (c.unicode() >= 128)
        return false; // locale-dependent in some shells: quote to be sure
    const char ch = char(c.unicode());
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
           QByteArrayView("@%+=:,./_-").contains(ch);
}

} // namespace

QString ShellQuote::quote(const QString& text)
{
    if (text.isEmpty())
        return QStringLiteral("''");
    bool plain = true;
    for (const QChar c : text) {
        if (!isPlain(c)) {
            plain = false;
            break;
        }
    }
    // Fine for sh at the start of a word, but zsh expands a leading '=' (=cmd) and old fish a leading '%'
    // (%self): the remote login shell may be either.
    if (plain && !text.startsWith(QLatin1Char('=')) && !text.startsWith(QLatin1Char('%')))
        return text;
    QString quoted = QStringLiteral("'");
    for (const QChar c : text) {
        if (c == QLatin1Char('\''))
            quoted += QStringLiteral("'\\''");
        else
            quoted += c;
    }
    quoted += QLatin1Char('\'');
    return quoted;
}

QString ShellQuote::doubleQuote(const QString& text)
{
    QString quoted = QStringLiteral("\"");
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('"') || c == QLatin1Char('$') || c == QLatin1Char('`'))
            quoted += QLatin1Char('\\');
        quoted += c;
    }
    quoted += QLatin1Char('"');
    return quoted;
}

QString ShellQuote::join(const QStringList& words)
{
    QStringList quoted;
    quoted.reserve(words.size());
    for (const QString& word : words)
        quoted.append(quote(word));
    return quoted.join(QLatin1Char(' '));
}

} // namespace etcddrill
