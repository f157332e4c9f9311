#include "LabState.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace etcddrill {

bool LabState::write(const QString& file, QString* error) const
{
    QJsonArray list;
    for (const LabProcessState& process : processes)
        list.append(process.toJson());
    const QJsonObject root{
        {QStringLiteral("supervisor_pid"), supervisorPid},
        {QStringLiteral("updated"), updated.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("processes"), list},
    };
    const QByteArray data = QJsonDocument(root).toJson(QJsonDocument::Indented);
    // QSaveFile renames over the old file: a reader sees the old state or the new one, never half of it.
    QSaveFile output(file);
    if (!output.open(QIODevice::WriteOnly) || output.write(data) != data.size() || !output.commit()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(file, output.errorString());
        return false;
    }
    return true;
}

std::optional<LabState> LabState::read(const QString& file, QString* error)
{
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read %1: %2").arg(file, input.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(input.readAll(), &parseError);
    if (!document.isObject()) {
        if (error)
            *error = QStringLiteral("%1 is not valid JSON: %2").arg(file, parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    LabState state;
    state.supervisorPid = root.value(QStringLiteral("supervisor_pid")).toInteger();
    state.updated =
        QDateTime::fromString(root.value(QStringLiteral("updated")).toString(), Qt::ISODateWithMs);
    for (const QJsonValue& value : root.value(QStringLiteral("processes")).toArray())
        state.processes.append(LabProcessState::fromJson(value.toObject()));
    return state;
}

} // namespace etcddrill
