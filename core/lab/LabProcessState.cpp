#include "LabProcessState.h"

namespace etcddrill {

QString LabProcessState::stateName(State state)
{
    switch (state) {
    case State::Stopped:
        return QStringLiteral("stopped");
    case State::Starting:
        return QStringLiteral("starting");
    case State::Running:
        return QStringLiteral("running");
    case State::Stopping:
        return QStringLiteral("stopping");
    }
    return QStringLiteral("stopped");
}

std::optional<LabProcessState::State> LabProcessState::stateFromName(const QString& name)
{
    for (State state : {State::Stopped, State::Starting, State::Running, State::Stopping}) {
        if (stateName(state) == name)
            return state;
    }
    return std::nullopt;
}

QJsonObject LabProcessState::toJson() const
{
    return QJsonObject{
        {QStringLiteral("node"), node},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("pid"), pid},
        {QStringLiteral("address"), address},
        {QStringLiteral("state"), stateName(state)},
        {QStringLiteral("detail"), detail},
    };
}

LabProcessState LabProcessState::fromJson(const QJsonObject& json)
{
    LabProcessState result;
    result.node = json.value(QStringLiteral("node")).toString();
    result.kind = json.value(QStringLiteral("kind")).toString();
    result.pid = json.value(QStringLiteral("pid")).toInteger();
    result.address = json.value(QStringLiteral("address")).toString();
    result.state = stateFromName(json.value(QStringLiteral("state")).toString()).value_or(State::Stopped);
    result.detail = json.value(QStringLiteral("detail")).toString();
    return result;
}

} // namespace etcddrill
