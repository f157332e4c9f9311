#include "ProbeTarget.h"

#include <QHostAddress>

namespace etcddrill {

QString ProbeTarget::requestPath() const
{
    QString path = url.path(QUrl::FullyEncoded);
    if (path.isEmpty() || path == QLatin1String("/"))
        path = QStringLiteral("/readyz");
    if (url.hasQuery())
        path += QLatin1Char('?') + url.query(QUrl::FullyEncoded);
    return path;
}

qsizetype ProbeTarget::sampleCapacity() const
{
    if (maxSamples > 0)
        return maxSamples;
    const auto step = std::max(interval, minimumInterval);
    return qsizetype(std::chrono::duration_cast<std::chrono::milliseconds>(defaultRetention) / step) + 1;
}

QString ProbeTarget::validate() const
{
    const QString who =
        name.isEmpty() ? QStringLiteral("probe target") : QStringLiteral("probe '%1'").arg(name);
    if (name.isEmpty())
        return QStringLiteral("a probe target has no name: give each target a name such as \"vip\" or "
                              "\"M1-apiserver\"");
    if (!url.isValid() || url.host().isEmpty())
        return QStringLiteral("%1: '%2' is not a URL: write it as https://host:port/readyz")
            .arg(who, url.toString());
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return QStringLiteral("%1: URL scheme '%2' is not supported: use https:// (or http:// for a plain "
                              "test server)")
            .arg(who, url.scheme());
    if (!url.userInfo().isEmpty())
        return QStringLiteral("%1: user names or passwords in the URL are not supported: use a client "
                              "certificate or a bearer token")
            .arg(who);
    if (interval < minimumInterval)
        return QStringLiteral("%1: interval %2 ms is below the minimum of %3 ms (50 probes per second)")
            .arg(who)
            .arg(interval.count())
            .arg(minimumInterval.count());
    if (timeout <= std::chrono::milliseconds::zero())
        return QStringLiteral("%1: the timeout must be positive").arg(who);
    if (!resolveAddress.isEmpty() && QHostAddress(resolveAddress).isNull())
        return QStringLiteral("%1: resolve address '%2' is not an IP address").arg(who, resolveAddress);
    if (maxSamples < 0)
        return QStringLiteral("%1: the sample limit must not be negative").arg(who);
    if (credentials.hasClientCertificate() != credentials.hasClientKey())
        return QStringLiteral("%1: a client certificate needs its private key and the other way round: give "
                              "both or neither")
            .arg(who);
    for (const QChar c : credentials.bearerToken) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return QStringLiteral(
                       "%1: the bearer token contains a control character (a line break?): copy the "
                       "token again without it")
                .arg(who);
    }
    return {};
}

} // namespace etcddrill
