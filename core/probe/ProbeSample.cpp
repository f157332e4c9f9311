#include "ProbeSample.h"

#include "ProbeTextPool.h"

namespace etcddrill {

QString ProbeSample::backend() const
{
    return ProbeTextPool::text(backendId);
}

QString ProbeSample::detail() const
{
    return ProbeTextPool::text(detailId);
}

QString ProbeSample::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ok:
        return QStringLiteral("ok");
    case Outcome::HttpError:
        return QStringLiteral("http-error");
    case Outcome::Timeout:
        return QStringLiteral("timeout");
    case Outcome::ConnectionRefused:
        return QStringLiteral("connection-refused");
    case Outcome::Reset:
        return QStringLiteral("reset");
    case Outcome::TlsError:
        return QStringLiteral("tls-error");
    case Outcome::DnsFailure:
        return QStringLiteral("dns-failure");
    case Outcome::Other:
        return QStringLiteral("other");
    case Outcome::Skipped:
        return QStringLiteral("skipped");
    }
    return QStringLiteral("other");
}

QString ProbeSample::describe() const
{
    QString line = outcomeName(outcome);
    if (httpStatus != 0)
        line += QLatin1Char(' ') + QString::number(httpStatus);
    const QString why = detail();
    if (!why.isEmpty())
        line += QStringLiteral(": ") + why;
    if (outcome != Outcome::Skipped)
        line += QStringLiteral(" total %1 ms").arg(totalUs / 1000.0, 0, 'f', 1);
    const QString node = backend();
    if (!node.isEmpty())
        line += QStringLiteral(" (%1)").arg(node);
    return line;
}

} // namespace etcddrill
