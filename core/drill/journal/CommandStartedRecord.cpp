#include "CommandStartedRecord.h"

namespace etcddrill {

QJsonObject CommandStartedRecord::toJson() const
{
    return command.toJson();
}

CommandStartedRecord CommandStartedRecord::fromJson(const QJsonObject& json)
{
    return {DrillCommand::fromJson(json)};
}

} // namespace etcddrill
