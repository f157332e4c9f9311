// One check of the drill with what was measured, what was expected and the outcome: "M1 healthy", "probe
// vip", "quorum held", "same member ID". A value type carried by DrillEngine::checkFinished, written to the
// journal and listed in the summary.
#pragma once

#include "DrillStep.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace etcddrill {

struct DrillCheck
{
    enum class Status { Passed, Failed, Skipped };

    DrillStep::Id step = DrillStep::Id::Preflight;
    QString name; // short and stable within a drill: "etcd M1", "probe vip", "fault: manifest present"
    Status status = Status::Passed;
    QString measured; // "healthy, leader M2, raft index 1234"
    QString expected; // "healthy"
    QString detail;   // what failed and what to do; empty when passed
    // --override-preflight may go past a failed check only when this is set. The lock, the target and the
    // fault's own checks are never overridable: without them the stop would not be safe or not even possible.
    bool overridable = true;

    bool passed() const { return status != Status::Failed; }

    static QString statusName(Status status); // "passed", "failed", "skipped"
    // "PASS  etcd M1: healthy (expected healthy)" plus the detail when there is one.
    QString describe() const;
    QJsonObject toJson() const;
};

} // namespace etcddrill

Q_DECLARE_METATYPE(etcddrill::DrillCheck)
