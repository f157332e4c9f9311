#include "Redactor.h"

#include <QRegularExpression>

#include <functional>

namespace etcddrill {

namespace {

QString replaceAll(const QString& text, const QRegularExpression& pattern,
                   const std::function<QString(const QRegularExpressionMatch&)>& replacement)
{
    QString result;
    qsizetype last = 0;
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(text).mid(last, match.capturedStart() - last);
        result += replacement(match);
        last = match.capturedEnd();
    }
    result += QStringView(text).mid(last);
    return result;
}

} // namespace

QString Redactor::redact(const QString& text)
{
    const QString mask = QLatin1String(kMask);

    // "-----BEGIN RSA PRIVATE KEY-----", "…EC…", "…OPENSSH…", "…ENCRYPTED…", PKCS#8's plain "PRIVATE KEY".
    // Without its END line (output cut at the cap) the block runs to the end of the text.
    static const QRegularExpression pem(
        QStringLiteral(
            "-----BEGIN ([A-Z0-9 ]*PRIVATE KEY)-----.*?(?:-----END [A-Z0-9 ]*PRIVATE KEY-----|\\z)"),
        QRegularExpression::DotMatchesEverythingOption);
    QString out = replaceAll(text, pem, [&](const QRegularExpressionMatch& m) {
        return QStringLiteral("-----BEGIN %1----- %2 -----END %1-----").arg(m.captured(1), mask);
    });

    // Authorization header values: "Bearer eyJ…", "Basic dXNlcjpw…".
    static const QRegularExpression scheme(QStringLiteral("\\b(Bearer|Basic)(\\s+)[A-Za-z0-9._~+/=-]+"),
                                           QRegularExpression::CaseInsensitiveOption);
    out = replaceAll(out, scheme,
                     [&](const QRegularExpressionMatch& m) { return m.captured(1) + m.captured(2) + mask; });

    // key: value / key=value / "key": "value" where the key names a secret. A quoted value ends at its
    // closing quote; an unquoted ':' value runs to the end of the line (YAML, headers, messages), an unquoted
    // '=' value to the next blank, '&' or ';' (flags, environment, query strings). "token" also catches
    // "tokens:", "bootstrap-token", "ETCD_…_TOKEN": masking a harmless value there costs nothing. Blanks
    // around the separator never span lines, so "token:" at a line's end does not swallow the next line.
    static const QString key = QStringLiteral(
        "([A-Za-z0-9_.-]*(?:token|passw(?:or)?d|passphrase|secret|private[_-]?key|key-data|api[_-]?key)"
        "[A-Za-z0-9_.-]*[\"']?[ \\t]*)");
    static const QString quoted = QStringLiteral("(?:\"[^\"\\n]*\"|'[^'\\n]*')");
    static const QRegularExpression colonValue(key + QStringLiteral(":([ \\t]*)(") + quoted +
                                                   QStringLiteral("|[^\\s].*)"),
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression equalsValue(key + QStringLiteral("=([ \\t]*)(") + quoted +
                                                    QStringLiteral("|[^\\s&;\"']+)"),
                                                QRegularExpression::CaseInsensitiveOption);
    const auto maskValue = [&](const QRegularExpressionMatch& m, QChar separator) {
        const QString value = m.captured(3);
        QString masked = mask;
        if (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\'')))
            masked = value.front() + mask + value.front();
        return m.captured(1) + separator + m.captured(2) + masked;
    };
    out = replaceAll(out, colonValue,
                     [&](const QRegularExpressionMatch& m) { return maskValue(m, QLatin1Char(':')); });
    out = replaceAll(out, equalsValue,
                     [&](const QRegularExpressionMatch& m) { return maskValue(m, QLatin1Char('=')); });

    // Flags whose value is the next word: "--token abcdef.0123456789abcdef", "--password hunter2".
    static const QRegularExpression flagValue(
        QStringLiteral("(--[A-Za-z0-9-]*(?:token|password|passwd|secret)[A-Za-z0-9-]*[ \\t]+)(?!-)[^\\s]+"),
        QRegularExpression::CaseInsensitiveOption);
    out = replaceAll(out, flagValue, [&](const QRegularExpressionMatch& m) { return m.captured(1) + mask; });

    // scheme://user:password@host
    static const QRegularExpression url(
        QStringLiteral("\\b([A-Za-z][A-Za-z0-9+.-]*://[^\\s/:@]+:)[^\\s/@]+@"));
    out = replaceAll(
        out, url, [&](const QRegularExpressionMatch& m) { return m.captured(1) + mask + QLatin1Char('@'); });
    return out;
}

} // namespace etcddrill
