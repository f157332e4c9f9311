// journal "preflight-overridden": the operator went past failed preflight checks (--override-preflight).
// Written by DrillPreflight at the end of the preflight, only when overridable checks had failed.
#pragma once

#include "JournalKind.h"
#include "OperatorIdentity.h"

#include <QJsonObject>
#include <QStringList>

namespace etcddrill {

struct PreflightOverriddenRecord
{
    static constexpr JournalKind kKind = JournalKind::PreflightOverridden;

    QStringList failedChecks; // English, "<check name>: <measured>" of each failed check gone past
    OperatorIdentity by;

    QJsonObject toJson() const;
    static PreflightOverriddenRecord fromJson(const QJsonObject& json);
};

} // namespace etcddrill
