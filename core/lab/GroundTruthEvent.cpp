#include "GroundTruthEvent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <chrono>

namespace etcddrill {

GroundTruthEvent GroundTruthEvent::now(const QString& node, const QString& process, const QString& event,
                                       qint64 pid, const QString& detail)
{
    GroundTruthEvent result;
    result.time = QDateTime::currentDateTimeUtc();
    // libstdc++'s steady_clock is CLOCK_MONOTONIC on Linux, the clock the ground truth promises.
    result.monoMs = std::chrono::duration_cast<std::chrono::milliseconds>(
                        std::chrono::steady_clock::now().time_since_epoch())
                        .count();
    result.node = node;
    result.process = process;
    result.event = event;
    result.pid = pid;
    result.detail = detail;
    return result;
}

namespace {

// QJsonObject sorts its keys; the ground truth keeps the documented order (time first) so that the file reads
// well with less or grep. Values are still encoded by QJsonDocument.
QByteArray jsonString(const QString& text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace

QByteArray GroundTruthEvent::toJsonLine() const
{
    QByteArray line = "{\"time\":" + jsonString(time.toUTC().toString(Qt::ISODateWithMs));
    line += ",\"mono_ms\":" + QByteArray::number(monoMs);
    line += ",\"node\":" + jsonString(node);
    line += ",\"process\":" + jsonString(process);
    line += ",\"event\":" + jsonString(event);
    line += ",\"pid\":" + QByteArray::number(pid);
    line += ",\"detail\":" + jsonString(detail) + "}";
    return line;
}

std::optional<GroundTruthEvent> GroundTruthEvent::fromJsonLine(const QByteArray& line)
{
    const QJsonDocument document = QJsonDocument::fromJson(line);
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    GroundTruthEvent result;
    result.time = QDateTime::fromString(object.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    result.monoMs = object.value(QStringLiteral("mono_ms")).toInteger();
    result.node = object.value(QStringLiteral("node")).toString();
    result.process = object.value(QStringLiteral("process")).toString();
    result.event = object.value(QStringLiteral("event")).toString();
    result.pid = object.value(QStringLiteral("pid")).toInteger();
    result.detail = object.value(QStringLiteral("detail")).toString();
    if (!result.time.isValid() || result.event.isEmpty())
        return std::nullopt;
    return result;
}

} // namespace etcddrill
