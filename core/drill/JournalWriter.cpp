#include "JournalWriter.h"

#include "journal/JournalSchema.h"

#include "probe/SteadyClock.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <unistd.h>

namespace etcddrill {

namespace {

// A JSON string literal, escaped by QJsonDocument.
QByteArray jsonString(const QString& text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace

JournalWriter::JournalWriter(const MonotonicClock* clock) : m_clock(clock ? clock : &SteadyClock::instance())
{
}

JournalWriter::~JournalWriter()
{
    close();
}

QString JournalWriter::newFolderPath(const QString& journalDir, const QString& cluster, const QDateTime& utc)
{
    QString name = cluster;
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    name.replace(unsafe, QStringLiteral("_"));
    if (name.isEmpty() || name.startsWith(QLatin1Char('.')))
        name.prepend(QStringLiteral("cluster"));
    const QString base = QDir(journalDir)
                             .filePath(QStringLiteral("%1-%2").arg(
                                 name, utc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))));
    QString path = base;
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QStringLiteral("%1-%2").arg(base).arg(n);
    return path;
}

bool JournalWriter::create(const QString& folder, QString* error)
{
    close();
    if (!QDir().mkpath(folder)) {
        *error = QStringLiteral("cannot create the journal folder %1: check that its parent is writable, or "
                                "set drill.journal-dir (or --out) to a folder you can write")
                     .arg(folder);
        return false;
    }
    const QString file = QDir(folder).filePath(QLatin1String(kJournalFile));
    if (QFileInfo::exists(file)) {
        *error =
            QStringLiteral("%1 already holds a drill journal (%2): a journal is never overwritten; choose "
                           "another folder")
                .arg(folder, file);
        return false;
    }
    m_file.setFileName(file);
    // NewOnly: even a journal created between the check above and here is not overwritten.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::NewOnly)) {
        *error = QStringLiteral("cannot create the drill journal %1: %2").arg(file, m_file.errorString());
        return false;
    }
    m_folder = QFileInfo(folder).absoluteFilePath();
    m_seq = 0;
    return true;
}

bool JournalWriter::openExisting(const QString& journalFile, qint64 lastSeq, QString* error)
{
    close();
    m_file.setFileName(journalFile);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        *error =
            QStringLiteral("cannot write to the drill journal %1: %2").arg(journalFile, m_file.errorString());
        return false;
    }
    // A line cut off by a crash would swallow the next one: start on a fresh line.
    if (m_file.size() > 0) {
        QFile reader(journalFile);
        if (reader.open(QIODevice::ReadOnly) && reader.seek(reader.size() - 1) && reader.read(1) != "\n")
            m_file.write("\n");
    }
    m_folder = QFileInfo(journalFile).absolutePath();
    m_seq = lastSeq;
    return true;
}

qint64 JournalWriter::write(JournalKind kind, const QJsonObject& fields)
{
    return write(JournalSchema::name(kind), fields);
}

qint64 JournalWriter::write(const QString& type, const QJsonObject& fields)
{
    if (!m_file.isOpen())
        return 0;
    QJsonObject rest = fields;
    for (const char* key : {"seq", "time", "mono_ms", "type"})
        rest.remove(QLatin1String(key));
    const qint64 seq = m_seq + 1;
    const qint64 monoMs =
        std::chrono::duration_cast<std::chrono::milliseconds>(m_clock->now().time_since_epoch()).count();
    // The four common fields first, in this order, so the file reads well with less and grep; QJsonObject
    // would sort them among the others.
    QByteArray line = "{\"seq\":" + QByteArray::number(seq) +
                      ",\"time\":" + jsonString(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)) +
                      ",\"mono_ms\":" + QByteArray::number(monoMs) + ",\"type\":" + jsonString(type);
    const QByteArray body = QJsonDocument(rest).toJson(QJsonDocument::Compact);
    if (body.size() > 2)
        line += ',' + body.mid(1, body.size() - 2);
    line += "}\n";
    // One write per line: a crash leaves a line either whole or cut off at the end, which JournalReader
    // recognises.
    if (m_file.write(line) != line.size() || !m_file.flush()) {
        m_lastError = QStringLiteral("cannot write to the drill journal %1: %2")
                          .arg(m_file.fileName(), m_file.errorString());
        return 0;
    }
    m_seq = seq;
    return seq;
}

void JournalWriter::sync()
{
    if (m_file.isOpen()) {
        m_file.flush();
        ::fsync(m_file.handle());
    }
}

void JournalWriter::close()
{
    if (m_file.isOpen()) {
        sync();
        m_file.close();
    }
}

} // namespace etcddrill
