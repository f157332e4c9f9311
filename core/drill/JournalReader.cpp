#include "JournalReader.h"

#include "journal/JournalSchema.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

namespace etcddrill {

JournalReadResult JournalReader::read(const QString& file)
{
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        JournalReadResult result;
        result.file = file;
        result.error = QStringLiteral("cannot read the drill journal %1: %2").arg(file, input.errorString());
        return result;
    }
    return parse(input.readAll(), file);
}

JournalReadResult JournalReader::parse(const QByteArray& content, const QString& fileName)
{
    JournalReadResult result;
    result.file = fileName;
    const QString name = QFileInfo(fileName).fileName();
    qsizetype start = 0;
    int lineNumber = 0;
    while (start < content.size()) {
        qsizetype end = content.indexOf('\n', start);
        const bool terminated = end >= 0;
        if (!terminated)
            end = content.size();
        ++lineNumber;
        const QByteArray line = content.mid(start, end - start).trimmed();
        start = end + 1;
        if (line.isEmpty())
            continue;

        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            // The writer ends every line with '\n' in the same write: a last line without it is a write the
            // process did not finish (crash, full disk).
            if (!terminated) {
                result.truncatedLastLine = true;
                result.truncatedText = QString::fromUtf8(line.left(80));
            } else {
                result.problems.append(QStringLiteral("%1:%2: not a JSON object (%3) — skipped")
                                           .arg(name)
                                           .arg(lineNumber)
                                           .arg(parseError.errorString()));
            }
            continue;
        }
        const QJsonObject object = document.object();
        JournalEntry entry;
        entry.seq = object.value(QStringLiteral("seq")).toInteger();
        entry.time =
            QDateTime::fromString(object.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
        entry.monoMs = object.value(QStringLiteral("mono_ms")).toInteger();
        entry.type = object.value(QStringLiteral("type")).toString();
        entry.fields = object;
        entry.line = lineNumber;
        if (entry.type.isEmpty() || entry.seq <= 0) {
            result.problems.append(QStringLiteral("%1:%2: a journal line needs seq and type — skipped")
                                       .arg(name)
                                       .arg(lineNumber));
            continue;
        }
        // Kept even when it does not fit the schema: a damaged journal is read for what it still says.
        entry.kind = JournalSchema::kindOf(entry.type);
        const QString problem = JournalSchema::problem(object);
        if (!problem.isEmpty())
            result.schemaProblems.append(QStringLiteral("%1:%2: %3").arg(name).arg(lineNumber).arg(problem));
        result.entries.append(entry);
    }
    return result;
}

} // namespace etcddrill
