#include "EtcdEndpoint.h"

#include <QRegularExpression>

namespace etcddrill {

namespace {

// etcd's client port; etcdctl does not assume it, but a missing port is almost always this one.
constexpr int kDefaultClientPort = 2379;

// [scheme://]host[:port][/], host a DNS name, an IPv4 address or a bracketed IPv6 address.
const QRegularExpression& grammar()
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:([A-Za-z][A-Za-z0-9+.-]*)://)?"
                       "(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?)"
                       "(?::([0-9]{1,5}))?/?$"));
    return pattern;
}

QString expectedForms()
{
    return QStringLiteral("write it as https://host:port, http://host:port or host:port");
}

// The endpoint as quoted in messages: a "user:password@" part is masked, it must not reach logs.
QString shownInMessages(const QString& text)
{
    QString shown = text.trimmed();
    const qsizetype at = shown.lastIndexOf(QLatin1Char('@'));
    if (at >= 0) {
        const qsizetype scheme = shown.indexOf(QLatin1String("://"));
        const qsizetype start = scheme >= 0 && scheme < at ? scheme + 3 : 0;
        shown.replace(start, at - start, QStringLiteral("***"));
    }
    return shown;
}

// What is wrong with a text the grammar refused, in the words of parse()'s message.
QString whyMalformed(const QString& trimmed)
{
    const qsizetype separator = trimmed.indexOf(QLatin1String("://"));
    if (separator >= 0) {
        const QString name = trimmed.left(separator).toLower();
        if (name != QLatin1String("https") && name != QLatin1String("http"))
            return QStringLiteral("uses the unsupported scheme '%1'").arg(trimmed.left(separator));
    }
    const QString rest = separator >= 0 ? trimmed.mid(separator + 3) : trimmed;
    if (rest.contains(QLatin1Char('@')))
        return QStringLiteral("must not contain a user name or password");
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    if ((slash >= 0 && slash != rest.size() - 1) || rest.contains(QLatin1Char('?')) ||
        rest.contains(QLatin1Char('#')))
        return QStringLiteral("must not have a path, query or fragment");
    if (rest.endsWith(QLatin1Char(':')))
        return QStringLiteral("has an empty port");
    if (rest.isEmpty() || rest.startsWith(QLatin1Char(':')) || rest.startsWith(QLatin1Char('/')))
        return QStringLiteral("has no host");
    return QStringLiteral(
        "is not a valid address (check the host and that the port is a number from 1 to 65535)");
}

} // namespace

EtcdEndpoint EtcdEndpoint::parse(const QString& text, Rejection& rejection)
{
    rejection = {};
    auto reject = [&](Rejection::Problem problem) {
        rejection.problem = problem;
        return EtcdEndpoint{};
    };
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return reject(Rejection::Problem::Empty);
    const QRegularExpressionMatch match = grammar().match(trimmed);
    if (!match.hasMatch())
        return reject(Rejection::Problem::Malformed);

    EtcdEndpoint endpoint;
    const QString scheme = match.captured(1);
    if (scheme.isEmpty())
        endpoint.m_scheme = Scheme::None;
    else if (scheme.compare(QLatin1String("https"), Qt::CaseInsensitive) == 0)
        endpoint.m_scheme = Scheme::Https;
    else if (scheme.compare(QLatin1String("http"), Qt::CaseInsensitive) == 0)
        endpoint.m_scheme = Scheme::Http;
    else {
        rejection.scheme = scheme;
        return reject(Rejection::Problem::UnsupportedScheme);
    }
    const QString port = match.captured(3);
    endpoint.m_portWritten = !port.isEmpty();
    endpoint.m_port = port.isEmpty() ? kDefaultClientPort : port.toInt();
    if (endpoint.m_port < 1 || endpoint.m_port > 65535) {
        rejection.scheme = scheme;
        rejection.port = port;
        return reject(Rejection::Problem::PortOutOfRange);
    }
    QString host = match.captured(2);
    if (host.startsWith(QLatin1Char('[')))
        host = host.mid(1, host.size() - 2);
    endpoint.m_text = trimmed;
    endpoint.m_host = host;
    return endpoint;
}

EtcdEndpoint EtcdEndpoint::parse(const QString& text, QString* error)
{
    Rejection rejection;
    EtcdEndpoint endpoint = parse(text, rejection);
    if (!endpoint.isValid() && error) {
        QString why;
        switch (rejection.problem) {
        case Rejection::Problem::Empty:
            why = QStringLiteral("is empty");
            break;
        case Rejection::Problem::UnsupportedScheme:
            why = QStringLiteral("uses the unsupported scheme '%1'").arg(rejection.scheme);
            break;
        case Rejection::Problem::PortOutOfRange:
            why = QStringLiteral("has an invalid port");
            break;
        case Rejection::Problem::Malformed:
        case Rejection::Problem::None:
            why = whyMalformed(text.trimmed());
            break;
        }
        *error = QStringLiteral("etcd endpoint '%1' %2: %3").arg(shownInMessages(text), why, expectedForms());
    }
    return endpoint;
}

QString EtcdEndpoint::identity() const
{
    return (m_scheme == Scheme::Https ? QStringLiteral("https") : QStringLiteral("http")) +
           QStringLiteral("://") + m_host.toLower() + u':' + QString::number(m_port);
}

QString EtcdEndpoint::grpcTarget() const
{
    // Host names are case-insensitive; gRPC gets them in lower case, as QUrl used to hand them over.
    const QString host = m_host.toLower();
    if (host.contains(QLatin1Char(':')))
        return QStringLiteral("[%1]:%2").arg(host).arg(m_port);
    return QStringLiteral("%1:%2").arg(host).arg(m_port);
}

} // namespace etcddrill
