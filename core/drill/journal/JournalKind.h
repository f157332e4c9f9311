// Every kind of line a drill journal (journal.jsonl) holds, as one enum. Its JSON name (the line's "type"),
// required fields and meaning are in JournalSchema; docs/journal-format.md describes each for readers outside
// this code. A kind is never renamed or removed: a report of last quarter's drill reads it back.
#pragma once

namespace etcddrill {

enum class JournalKind {
    DrillStarted,
    Step,
    Check,
    TargetResolved,
    Plan,
    Lock,
    GateRequested,
    GateRefused,
    GateConfirmed,
    CommandStarted,
    CommandFinished,
    FaultApplied,
    FaultNotApplied,
    FaultRestored,
    TargetStopped,
    TargetAnswering,
    Snapshot,
    ClusterEvent,
    OutageOpened,
    OutageClosed,
    DegradedOpened,
    DegradedClosed,
    ProbeSummary,
    WriteCheck,
    Election,
    StopCondition,
    Abort,
    PreflightOverridden,
    RollbackStarted,
    Recovered,
    Verdict,
    DrillFinished,
    RecoverStarted,
    RecoverFinished,
    Note,
    DataSafety,
    Notification,
};

} // namespace etcddrill
