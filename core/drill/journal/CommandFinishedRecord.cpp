#include "CommandFinishedRecord.h"

#include "Redactor.h"

namespace etcddrill {

CommandFinishedRecord CommandFinishedRecord::of(const DrillCommand& command, const CommandResult& result)
{
    CommandFinishedRecord r;
    r.command = command;
    r.result = result;
    r.result.stdOut = Redactor::redact(result.stdOut);
    r.result.stdErr = Redactor::redact(result.stdErr);
    r.result.errorText = Redactor::redact(result.errorText);
    r.succeeded = result.succeeded();
    r.neverRan = result.neverRan();
    return r;
}

QJsonObject CommandFinishedRecord::toJson() const
{
    QJsonObject json = command.toJson();
    json.insert(QStringLiteral("exit_code"), result.exitCode);
    json.insert(QStringLiteral("succeeded"), succeeded);
    json.insert(QStringLiteral("stdout"), result.stdOut);
    json.insert(QStringLiteral("stderr"), result.stdErr);
    json.insert(QStringLiteral("timed_out"), result.timedOut);
    json.insert(QStringLiteral("refused"), result.refused);
    json.insert(QStringLiteral("never_ran"), neverRan);
    json.insert(QStringLiteral("error"), result.errorText);
    json.insert(QStringLiteral("duration_ms"), qint64(result.duration.count()));
    return json;
}

CommandFinishedRecord CommandFinishedRecord::fromJson(const QJsonObject& json)
{
    CommandFinishedRecord r;
    r.command = DrillCommand::fromJson(json);
    r.result.commandLine = r.command.commandLine;
    r.result.exitCode = json.value(QStringLiteral("exit_code")).toInt(-1);
    r.result.stdOut = json.value(QStringLiteral("stdout")).toString();
    r.result.stdErr = json.value(QStringLiteral("stderr")).toString();
    r.result.timedOut = json.value(QStringLiteral("timed_out")).toBool();
    r.result.refused = json.value(QStringLiteral("refused")).toBool();
    r.result.errorText = json.value(QStringLiteral("error")).toString();
    r.result.duration = std::chrono::milliseconds(json.value(QStringLiteral("duration_ms")).toInteger());
    r.succeeded = json.value(QStringLiteral("succeeded")).toBool();
    r.neverRan = json.value(QStringLiteral("never_ran")).toBool();
    return r;
}

} // namespace etcddrill
