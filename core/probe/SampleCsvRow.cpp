#include "SampleCsvRow.h"

namespace etcddrill {

QByteArray SampleCsvRow::escape(QByteArrayView utf8)
{
    // The four bytes are ASCII, so they never occur inside a multi-byte UTF-8 sequence.
    if (!utf8.contains(',') && !utf8.contains('"') && !utf8.contains('\n') && !utf8.contains('\r'))
        return utf8.toByteArray();
    QByteArray quoted = utf8.toByteArray();
    quoted.replace('"', "\"\"");
    return '"' + quoted + '"';
}

void SampleCsvRow::next()
{
    if (m_started)
        m_bytes += ',';
    m_started = true;
}

SampleCsvRow& SampleCsvRow::text(const QString& text)
{
    return utf8(text.toUtf8());
}

SampleCsvRow& SampleCsvRow::utf8(QByteArrayView bytes)
{
    next();
    m_bytes += escape(bytes);
    return *this;
}

SampleCsvRow& SampleCsvRow::ms(double milliseconds)
{
    next();
    m_bytes += QByteArray::number(milliseconds, 'f', 3);
    return *this;
}

SampleCsvRow& SampleCsvRow::microsAsMs(quint32 microseconds)
{
    return ms(double(microseconds) / 1000.0);
}

SampleCsvRow& SampleCsvRow::number(qint64 value)
{
    next();
    m_bytes += QByteArray::number(value);
    return *this;
}

SampleCsvRow& SampleCsvRow::empty()
{
    next();
    return *this;
}

QByteArray SampleCsvRow::line() const
{
    return m_bytes + '\n';
}

} // namespace etcddrill
