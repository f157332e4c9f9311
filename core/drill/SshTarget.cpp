#include "SshTarget.h"

#include <QRegularExpression>

namespace etcddrill {

std::optional<SshTarget> SshTarget::parse(const QString& text, QString* error)
{
    // The same forms ConfigLoader accepts for nodes[].ssh.
    static const QRegularExpression form(QStringLiteral(
        "^(?:([A-Za-z0-9._-]+)@)?(?:\\[([0-9A-Fa-f:.]+)\\]|([A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?))"
        "(?::([0-9]{1,5}))?$"));
    const QRegularExpressionMatch match = form.match(text.trimmed());
    const int port = match.captured(4).isEmpty() ? 0 : match.captured(4).toInt();
    if (!match.hasMatch() || port > 65535 || (!match.captured(4).isEmpty() && port < 1) ||
        match.captured(1).startsWith(QLatin1Char('-'))) {
        if (error)
            *error = QStringLiteral("'%1' is not an ssh target: write host, user@host or user@host:port "
                                    "(IPv6 in brackets)")
                         .arg(text);
        return std::nullopt;
    }
    SshTarget target;
    target.user = match.captured(1);
    target.host = match.captured(2).isEmpty() ? match.captured(3) : match.captured(2);
    target.port = port;
    return target;
}

QString SshTarget::destination() const
{
    return user.isEmpty() ? host : user + QLatin1Char('@') + host;
}

QString SshTarget::toString() const
{
    const QString hostPart = host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(host) : host;
    QString text = user.isEmpty() ? hostPart : user + QLatin1Char('@') + hostPart;
    if (port > 0)
        text += QStringLiteral(":%1").arg(port);
    return text;
}

} // namespace etcddrill
