#include "SampleCsvWriter.h"

#include <QStringList>

namespace etcddrill {

namespace {

QString millis(quint32 us)
{
    return QString::number(us / 1000.0, 'f', 3);
}

// RFC 4180: quote a field that holds a comma, a quote or a line break, doubling the quotes.
QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

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

QString SampleCsvWriter::row(const QString& target, const ProbeSample& sample) const
{
    using namespace std::chrono;
    const double relative = duration<double, std::milli>(sample.start() - m_origin).count();
    const QDateTime wall =
        m_wallAt.addMSecs(duration_cast<milliseconds>(sample.start() - m_steadyAt).count());
    const bool skipped = sample.outcome == ProbeSample::Outcome::Skipped;
    const QStringList fields{
        csvField(target),
        QString::number(relative, 'f', 3),
        wall.toUTC().toString(Qt::ISODateWithMs),
        ProbeSample::outcomeName(sample.outcome),
        sample.httpStatus ? QString::number(sample.httpStatus) : QString(),
        csvField(sample.backend()),
        sample.has(ProbeSample::DnsDone) ? millis(sample.dnsUs) : QString(),
        sample.has(ProbeSample::Connected) ? millis(sample.connectUs) : QString(),
        sample.has(ProbeSample::TlsDone) ? millis(sample.tlsUs) : QString(),
        sample.has(ProbeSample::GotResponse) ? millis(sample.ttfbUs) : QString(),
        skipped ? QString() : millis(sample.totalUs),
        millis(sample.startLagUs),
        sample.has(ProbeSample::ReusedConnection) ? QStringLiteral("true") : QStringLiteral("false"),
        csvField(sample.detail()),
    };
    return fields.join(QLatin1Char(','));
}

void SampleCsvWriter::write(const QString& target, const ProbeSample& sample)
{
    if (m_file.isOpen())
        m_file.write(row(target, sample).toUtf8() + '\n');
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
