#include "SampleCsvWriter.h"

#include "SampleCsvRow.h"

namespace etcddrill {

SampleCsvWriter::SampleCsvWriter(std::chrono::steady_clock::time_point origin, QDateTime wallAt,
                                 std::chrono::steady_clock::time_point steadyAt)
    : m_origin(origin), m_wallAt(std::move(wallAt)), m_steadyAt(steadyAt)
{
}

bool SampleCsvWriter::open(const QString& path, QString* error)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        *error = QStringLiteral("--csv: cannot write '%1': %2; choose a writable path")
                     .arg(path, m_file.errorString());
        return false;
    }
    m_file.write(headerLine().toUtf8() + '\n');
    return true;
}

QString SampleCsvWriter::headerLine()
{
    return QStringLiteral(
        "target,start_ms,start_utc,outcome,http_status,backend,dns_ms,connect_ms,tls_ms,ttfb_ms,"
        "total_ms,start_lag_ms,reused,detail");
}

QByteArray SampleCsvWriter::row(const QString& target, const ProbeSample& sample) const
{
    using namespace std::chrono;
    const double relative = duration<double, std::milli>(sample.start() - m_origin).count();
    const QDateTime wall =
        m_wallAt.addMSecs(duration_cast<milliseconds>(sample.start() - m_steadyAt).count());
    SampleCsvRow row;
    row.text(target).ms(relative).text(wall.toUTC().toString(Qt::ISODateWithMs));
    row.text(ProbeSample::outcomeName(sample.outcome));
    if (sample.httpStatus)
        row.number(sample.httpStatus);
    else
        row.empty();
    row.text(sample.backend());
    const auto phase = [&](bool reached, quint32 us) {
        if (reached)
            row.microsAsMs(us);
        else
            row.empty();
    };
    phase(sample.has(ProbeSample::DnsDone), sample.dnsUs);
    phase(sample.has(ProbeSample::Connected), sample.connectUs);
    phase(sample.has(ProbeSample::TlsDone), sample.tlsUs);
    phase(sample.has(ProbeSample::GotResponse), sample.ttfbUs);
    phase(sample.outcome != ProbeSample::Outcome::Skipped, sample.totalUs);
    row.microsAsMs(sample.startLagUs);
    row.text(sample.has(ProbeSample::ReusedConnection) ? QStringLiteral("true") : QStringLiteral("false"));
    row.text(sample.detail());
    return row.line();
}

void SampleCsvWriter::write(const QString& target, const ProbeSample& sample)
{
    if (m_file.isOpen())
        m_file.write(row(target, sample));
}

bool SampleCsvWriter::close(QString* error)
{
    if (!m_file.isOpen())
        return true;
    const bool flushed = m_file.flush();
    const QString why = m_file.errorString();
    m_file.close();
    if (!flushed || m_file.error() != QFileDevice::NoError) {
        *error = QStringLiteral("--csv: writing '%1' failed: %2").arg(m_file.fileName(), why);
        return false;
    }
    return true;
}

} // namespace etcddrill
