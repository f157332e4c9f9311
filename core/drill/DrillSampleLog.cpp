#include "DrillSampleLog.h"

namespace etcddrill {

namespace {

// RFC 4180: quote when the text holds a comma, a quote or a line break; quotes are doubled.
QByteArray csvText(const QString& text)
{
    QByteArray bytes = text.toUtf8();
    if (!bytes.contains(',') && !bytes.contains('"') && !bytes.contains('\n') && !bytes.contains('\r'))
        return bytes;
    bytes.replace('"', "\"\"");
    return '"' + bytes + '"';
}

QByteArray ms(quint32 microseconds)
{
    return QByteArray::number(double(microseconds) / 1000.0, 'f', 3);
}

} // namespace

QByteArray DrillSampleLog::header()
{
    return "target,start_mono_ms,outcome,http_status,total_ms,dns_ms,connect_ms,tls_ms,ttfb_ms,start_lag_ms,"
           "reused_connection,backend,detail\n";
}

QByteArray DrillSampleLog::row(const QString& target, const ProbeSample& sample)
{
    QByteArray line = csvText(target);
    line += ',' + QByteArray::number(double(sample.startNs) / 1e6, 'f', 3);
    line += ',' + ProbeSample::outcomeName(sample.outcome).toLatin1();
    line += ',' + QByteArray::number(sample.httpStatus);
    line += ',' + ms(sample.totalUs);
    line += ',' + (sample.has(ProbeSample::DnsDone) ? ms(sample.dnsUs) : QByteArray());
    line += ',' + (sample.has(ProbeSample::Connected) ? ms(sample.connectUs) : QByteArray());
    line += ',' + (sample.has(ProbeSample::TlsDone) ? ms(sample.tlsUs) : QByteArray());
    line += ',' + (sample.has(ProbeSample::GotResponse) ? ms(sample.ttfbUs) : QByteArray());
    line += ',' + ms(sample.startLagUs);
    line += sample.has(ProbeSample::ReusedConnection) ? ",1" : ",0";
    line += ',' + csvText(sample.backend());
    line += ',' + csvText(sample.detail());
    return line + '\n';
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
