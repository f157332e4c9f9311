#include "EtcdEndpoint.h"

#include <QUrl>

namespace etcddrill {

namespace {

// etcd's client port; etcdctl does not assume it, but a missing port is almost always this one.
constexpr int kDefaultClientPort = 2379;

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

} // namespace

EtcdEndpoint EtcdEndpoint::parse(const QString& text, QString* error)
{
    auto fail = [&](const QString& why) {
        if (error)
            *error =
                QStringLiteral("etcd endpoint '%1' %2: %3").arg(shownInMessages(text), why, expectedForms());
        return EtcdEndpoint{};
    };

    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(QStringLiteral("is empty"));

    Scheme scheme = Scheme::None;
    QString withScheme = trimmed;
    const qsizetype separator = trimmed.indexOf(QLatin1String("://"));
    if (separator >= 0) {
        const QString name = trimmed.left(separator).toLower();
        if (name == QLatin1String("https"))
            scheme = Scheme::Https;
        else if (name == QLatin1String("http"))
            scheme = Scheme::Http;
        else
            return fail(QStringLiteral("uses the unsupported scheme '%1'").arg(trimmed.left(separator)));
    } else {
        // QUrl needs a scheme to split host and port; the scheme itself is not used for bare endpoints.
        withScheme = QStringLiteral("http://") + trimmed;
    }

    const QUrl url(withScheme, QUrl::StrictMode);
    if (!url.isValid())
        return fail(QStringLiteral("is not a valid address (check the host and that the port is a number "
                                   "from 1 to 65535)"));
    if (url.host().isEmpty())
        return fail(QStringLiteral("has no host"));
    if (!url.userInfo().isEmpty())
        return fail(QStringLiteral("must not contain a user name or password"));
    if (!url.query().isEmpty() || !url.fragment().isEmpty() || (!url.path().isEmpty() && url.path() != u"/"))
        return fail(QStringLiteral("must not have a path, query or fragment"));
    // QUrl accepts "host:" as "no port"; reject an explicit empty port instead of silently using 2379.
    if (trimmed.endsWith(QLatin1Char(':')))
        return fail(QStringLiteral("has an empty port"));

    const int port = url.port(kDefaultClientPort);
    if (port <= 0 || port > 65535)
        return fail(QStringLiteral("has an invalid port"));

    EtcdEndpoint endpoint;
    endpoint.m_text = trimmed;
    endpoint.m_scheme = scheme;
    endpoint.m_host = url.host();
    endpoint.m_port = port;
    return endpoint;
}

QString EtcdEndpoint::grpcTarget() const
{
    if (m_host.contains(QLatin1Char(':')))
        return QStringLiteral("[%1]:%2").arg(m_host).arg(m_port);
    return QStringLiteral("%1:%2").arg(m_host).arg(m_port);
}

} // namespace etcddrill
