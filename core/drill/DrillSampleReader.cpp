#include "DrillSampleReader.h"

#include "DrillSampleLog.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <array>

namespace etcddrill {

namespace {

constexpr int kColumns = DrillSampleLog::kColumns;
constexpr int kMaxListedProblems = 20;

enum Column {
    Target,
    StartMonoMs,
    Outcome,
    HttpStatus,
    TotalMs,
    DnsMs,
    ConnectMs,
    TlsMs,
    TtfbMs,
    StartLagMs,
    Reused,
    Backend,
    Detail,
};

// One CSV record (RFC 4180: quoted fields may hold commas, doubled quotes and line breaks).
struct Record
{
    std::array<QByteArray, kColumns> fields;
    int count = 0;         // fields seen (may exceed kColumns: counted, not stored)
    bool complete = false; // ended with a line break
};

// Reads the record starting at `pos`; returns the position after it.
qsizetype readRecord(const QByteArray& bytes, qsizetype pos, Record* record)
{
    record->count = 0;
    record->complete = false;
    const qsizetype size = bytes.size();
    QByteArray field;
    bool quoted = false;
    bool wasQuoted = false;
    auto finishField = [&] {
        if (record->count < kColumns)
            record->fields[size_t(record->count)] = field;
        ++record->count;
        field.clear();
        wasQuoted = false;
    };
    while (pos < size) {
        const char c = bytes.at(pos);
        if (quoted) {
            if (c == '"') {
                if (pos + 1 < size && bytes.at(pos + 1) == '"') {
                    field += '"';
                    pos += 2;
                    continue;
                }
                quoted = false;
                ++pos;
                continue;
            }
            field += c;
            ++pos;
            continue;
        }
        if (c == '"' && field.isEmpty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
            ++pos;
            continue;
        }
        if (c == ',') {
            finishField();
            ++pos;
            continue;
        }
        if (c == '\n' || c == '\r') {
            finishField();
            if (c == '\r' && pos + 1 < size && bytes.at(pos + 1) == '\n')
                ++pos;
            record->complete = true;
            return pos + 1;
        }
        field += c;
        ++pos;
    }
    finishField();
    return pos;
}

bool outcomeFromName(const QByteArray& name, ProbeSample::Outcome* outcome)
{
    static const QHash<QByteArray, ProbeSample::Outcome> names = [] {
        QHash<QByteArray, ProbeSample::Outcome> map;
        for (int value = int(ProbeSample::Outcome::Ok); value <= int(ProbeSample::Outcome::Skipped);
             ++value) {
            const auto one = ProbeSample::Outcome(value);
            map.insert(ProbeSample::outcomeName(one).toLatin1(), one);
        }
        return map;
    }();
    const auto found = names.constFind(name);
    if (found == names.constEnd())
        return false;
    *outcome = found.value();
    return true;
}

// Index of text in the series' table, added when new; 0 for the empty text.
quint16 textIndex(RecordedSeries* series, QHash<QByteArray, quint16>* index, const QByteArray& text)
{
    if (text.isEmpty())
        return 0;
    const auto found = index->constFind(text);
    if (found != index->constEnd())
        return found.value();
    if (series->texts.size() >= 0xFFFF)
        return 0; // more distinct texts than a report can use: the rest are dropped
    const auto id = quint16(series->texts.size());
    series->texts.append(QString::fromUtf8(text));
    index->insert(text, id);
    return id;
}

} // namespace

SampleReadResult DrillSampleReader::read(const QString& file)
{
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        SampleReadResult result;
        result.file = file;
        result.error = QStringLiteral("cannot read %1: %2").arg(file, input.errorString());
        return result;
    }
    return parse(input.readAll(), file);
}

SampleReadResult DrillSampleReader::parse(const QByteArray& content, const QString& fileName)
{
    SampleReadResult result;
    result.file = fileName;
    const QString shortName = QFileInfo(fileName).fileName();
    const QByteArray header = DrillSampleLog::header();
    if (!content.startsWith(header.chopped(1))) {
        result.error =
            QStringLiteral("%1:1: not a samples file of etcd-drill (the first line should be \"%2\")")
                .arg(fileName, QString::fromLatin1(header.chopped(1)));
        return result;
    }
    qsizetype pos = content.indexOf('\n');
    if (pos < 0)
        return result; // only the header, not even its line end: no samples
    ++pos;

    QHash<QString, int> seriesIndex;
    QList<QHash<QByteArray, quint16>> textIndexes;
    Record record;
    int line = 2;
    auto problem = [&](const QString& text) {
        ++result.skippedRows;
        if (result.problems.size() < kMaxListedProblems)
            result.problems.append(QStringLiteral("%1:%2: %3 — skipped").arg(shortName).arg(line).arg(text));
    };
    while (pos < content.size()) {
        const qsizetype start = pos;
        pos = readRecord(content, pos, &record);
        const int recordLine = line;
        line += int(content.mid(start, pos - start).count('\n'));
        if (record.count == 1 && record.fields[0].isEmpty())
            continue; // an empty line
        if (!record.complete) {
            // The last row without a line end: the writer was cut off mid-row.
            result.truncatedLastRow = true;
            break;
        }
        const int savedLine = line;
        line = recordLine;
        if (record.count != kColumns) {
            problem(QStringLiteral("%1 columns, expected %2").arg(record.count).arg(kColumns));
            line = savedLine;
            continue;
        }
        RecordedSample sample;
        bool ok = false;
        sample.monoMs = record.fields[StartMonoMs].toDouble(&ok);
        if (!ok) {
            problem(QStringLiteral("start_mono_ms \"%1\" is not a number")
                        .arg(QString::fromUtf8(record.fields[StartMonoMs])));
            line = savedLine;
            continue;
        }
        if (!outcomeFromName(record.fields[Outcome], &sample.outcome)) {
            problem(QStringLiteral("unknown outcome \"%1\"").arg(QString::fromUtf8(record.fields[Outcome])));
            line = savedLine;
            continue;
        }
        sample.httpStatus = quint16(record.fields[HttpStatus].toUInt());
        sample.totalMs = record.fields[TotalMs].toFloat();
        sample.reusedConnection = record.fields[Reused] == "1";
        line = savedLine;

        const QString target = QString::fromUtf8(record.fields[Target]);
        auto found = seriesIndex.constFind(target);
        int index = 0;
        if (found == seriesIndex.constEnd()) {
            index = int(result.series.size());
            seriesIndex.insert(target, index);
            RecordedSeries series;
            series.target = target;
            result.series.append(series);
            textIndexes.append(QHash<QByteArray, quint16>());
        } else {
            index = found.value();
        }
        RecordedSeries& series = result.series[index];
        sample.backend = textIndex(&series, &textIndexes[index], record.fields[Backend]);
        sample.detail = textIndex(&series, &textIndexes[index], record.fields[Detail]);
        series.samples.append(sample);
        ++result.rows;
    }
    return result;
}

} // namespace etcddrill
