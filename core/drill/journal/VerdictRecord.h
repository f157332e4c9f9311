// journal "verdict": the measurements against the hypothesis, line by line. Written once by the engine after
// the recovery step when the drill ran through (not after an abort, a failed preflight, a dry run or a failed
// restore). The JSON is DrillVerdict::toJson's.
#pragma once

#include "DrillVerdict.h"
#include "JournalKind.h"

#include <QJsonObject>

namespace etcddrill {

struct VerdictRecord
{
    static constexpr JournalKind kKind = JournalKind::Verdict;

    // "passed" (every line passed) and "lines": name, expected, measured (English), passed, informational,
    // and "texts" for name, expected, measured when they are templates.
    DrillVerdict verdict;

    QJsonObject toJson() const;
    static VerdictRecord fromJson(const QJsonObject& json);
};

} // namespace etcddrill
