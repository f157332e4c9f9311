// One step of the drill procedure (the runbook's five steps plus the verdict) and where it stands. A value
// type carried by DrillEngine::stepChanged and written to the journal; names are stable (JSON, journal).
#pragma once

#include "i18n/LocalizedText.h"

#include <QMetaType>
#include <QString>
#include <optional>

namespace etcddrill {

struct DrillStep
{
    enum class Id {
        Preflight,       // 1: everything healthy, the lock taken, the fault's own checks passed
        StopTarget,      // 2: the target's etcd is stopped (gate) and seen to stop answering
        VerifySurvivors, // 3: quorum, leader, writes and an observation window with the target down
        StartTarget,     // 4: the target's etcd is started again (gate) and seen to answer
        Recovery,        // 5: same member back, caught up, everything healthy for drill.settle
        Verdict,         // the measurements against the hypothesis
        Rollback,        // only after an abort or a stop condition: the target restored without a gate
    };
    enum class State {
        Pending,
        Running,
        WaitingForOperator, // a gate: the operator must type the node name
        Passed,
        Failed,
        Skipped,
    };

    Id id = Id::Preflight;
    State state = State::Pending;
    QString detail;           // one line: why it failed, what it waits for (English, as the journal keeps it)
    LocalizedText detailText; // the same for a face to translate; empty when set as a plain string

    QString translatedDetail() const { return detailText.isEmpty() ? detail : detailText.translated(); }

    static QString idName(Id id);                             // "preflight", "stop-target", …
    static std::optional<Id> idFromName(const QString& name); // the inverse of idName
    static QString title(Id id);           // "Preflight", "Stop the target's etcd", … (English)
    static QString translatedTitle(Id id); // the same in the installed translation (DrillText)
    static QString stateName(State state); // "pending", "running", "waiting-for-operator", …
    // The state a stateName() names; nothing for another word.
    static std::optional<State> stateFromName(const QString& name);
    static int number(Id id); // 1..5 for the runbook's steps, 0 otherwise
    // The state in words for a face, translated: "waiting for the operator", … (DrillText).
    static QString translatedStateName(State state);
};

} // namespace etcddrill

Q_DECLARE_METATYPE(etcddrill::DrillStep)
