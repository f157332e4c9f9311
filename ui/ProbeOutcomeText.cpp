#include "ProbeOutcomeText.h"

#include <QCoreApplication>
#include <QLocale>

namespace etcddrill {

QString ProbeOutcomeText::outcome(ProbeSample::Outcome outcome)
{
    using Outcome = ProbeSample::Outcome;
    switch (outcome) {
    case Outcome::Ok:
        return QCoreApplication::translate("etcddrill::ProbeOutcomeText", "OK");
    case Outcome::HttpError:
        return QCoreApplication::translate("etcddrill::ProbeOutcomeText", "HTTP error");
    case Outcome::Timeout:
        return QCoreApplication::translate("etcddrill::ProbeOutcomeText", "timeout");
    case Outcome::ConnectionRefused:
        return QCoreApplication::translate("etcddrill::ProbeOutcomeText", "connection refused");
    case Outcome::Reset:
        return QCoreApplication::translate("etcddrill::ProbeOutcomeText", "connection reset");
    case Outcome::TlsError:
        return QCoreApplication::translate("etcddrill::ProbeOutcomeText", "TLS error");
    case Outcome::DnsFailure:
        return QCoreApplication::translate("etcddrill::ProbeOutcomeText", "DNS failure");
    case Outcome::Skipped:
        return QCoreApplication::translate("etcddrill::ProbeOutcomeText", "skipped");
    case Outcome::Other:
        break;
    }
    return QCoreApplication::translate("etcddrill::ProbeOutcomeText", "failed");
}

QString ProbeOutcomeText::symbol(const ProbeSample& sample)
{
    if (sample.outcome == ProbeSample::Outcome::Skipped)
        return QStringLiteral("…");
    return sample.isFailure() ? QStringLiteral("✖") : QStringLiteral("✔");
}

QString ProbeOutcomeText::milliseconds(double ms)
{
    return QCoreApplication::translate("etcddrill::ProbeOutcomeText", "%1 ms")
        .arg(QLocale().toString(ms, 'f', ms < 100 ? 1 : 0));
}

QString ProbeOutcomeText::failure(const ProbeSample& sample)
{
    return sample.outcome == ProbeSample::Outcome::HttpError
               ? QCoreApplication::translate("etcddrill::ProbeOutcomeText", "HTTP %1").arg(sample.httpStatus)
               : outcome(sample.outcome);
}

QString ProbeOutcomeText::describe(const ProbeSample& sample)
{
    const QString took = milliseconds(sample.totalUs / 1000.0);
    switch (sample.outcome) {
    case ProbeSample::Outcome::Ok:
        return QStringLiteral("%1 %2 · %3").arg(symbol(sample)).arg(sample.httpStatus).arg(took);
    case ProbeSample::Outcome::HttpError:
        return QStringLiteral("%1 %2 · %3").arg(symbol(sample), failure(sample), took);
    case ProbeSample::Outcome::Timeout:
        return QStringLiteral("%1 %2 · %3").arg(symbol(sample), outcome(sample.outcome), took);
    default:
        break;
    }
    return QStringLiteral("%1 %2").arg(symbol(sample), outcome(sample.outcome));
}

} // namespace etcddrill
