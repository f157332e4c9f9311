// journal "check": a check finished, what was measured against what was expected. Written by
// DrillRecorder::addCheck when each check finishes, after it redacted measured and detail (and their texts).
// The JSON is DrillCheck::toJson's, the one the summary's checks have too.
#pragma once

#include "DrillCheck.h"
#include "JournalKind.h"

#include <QJsonObject>

namespace etcddrill {

struct CheckRecord
{
    static constexpr JournalKind kKind = JournalKind::Check;

    // step, name, status ("passed" also derived from it), measured, expected; detail only when not empty,
    // "overridable": false only when not overridable; "texts" for the fields that are templates.
    DrillCheck check;

    QJsonObject toJson() const;
    // Unknown or missing step: preflight; missing status: from "passed".
    static CheckRecord fromJson(const QJsonObject& json);
};

} // namespace etcddrill
