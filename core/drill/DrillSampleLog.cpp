#include "DrillSampleLog.h"

namespace etcddrill {

QByteArray DrillSampleLog::header()
{
    return "target,start_mono_ms,outcome,http_status,total_ms,dns_ms,connect_ms,tls_ms,ttfb_ms,start_lag_ms,"
           "reused_connection,backend,detail\n";
}

QByteArray DrillSampleLog::row(const QString& target, const ProbeSample& sample)
{
    SampleCsvRow row;
    row.text(target).ms(double(sample.startNs) / 1e6).text(ProbeSample::outcomeName(sample.outcome));
    row.number(sample.httpStatus).microsAsMs(sample.totalUs);
    const auto phase = [&](ProbeSample::Flag reached, quint32 us) {
        if (sample.has(reached))
            row.microsAsMs(us);
        else
            row.empty();
    };
    phase(ProbeSample::DnsDone, sample.dnsUs);
    phase(ProbeSample::Connected, sample.connectUs);
    phase(ProbeSample::TlsDone, sample.tlsUs);
    phase(ProbeSample::GotResponse, sample.ttfbUs);
    row.microsAsMs(sample.startLagUs).number(sample.has(ProbeSample::ReusedConnection) ? 1 : 0);
    row.text(sample.backend()).text(sample.detail());
    return row.line();
}

SampleCsvRow DrillSampleLog::recordedRow(const QString& target, const RecordedSample& sample,
                                         const QString& backend, const QString& detail)
{
    SampleCsvRow row;
    row.text(target).ms(sample.monoMs).text(ProbeSample::outcomeName(sample.outcome));
    row.number(sample.httpStatus).ms(double(sample.totalMs));
    row.empty().empty().empty().empty().empty(); // dns, connect, tls, ttfb, start lag: not kept
    row.number(sample.reusedConnection ? 1 : 0).text(backend).text(detail);
    return row;
}

bool DrillSampleLog::open(const QString& file, QString* error)
{
    m_file.setFileName(file);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QStringLiteral("cannot create %1: %2").arg(file, m_file.errorString());
        return false;
    }
    m_file.write(header());
    m_file.flush();
    return true;
}

void DrillSampleLog::append(const QString& target, const QList<ProbeSample>& samples)
{
    if (!m_file.isOpen() || samples.isEmpty())
        return;
    QByteArray rows;
    for (const ProbeSample& sample : samples)
        rows += row(target, sample);
    m_file.write(rows);
    m_file.flush();
}

void DrillSampleLog::close()
{
    if (m_file.isOpen())
        m_file.close();
}

} // namespace etcddrill
