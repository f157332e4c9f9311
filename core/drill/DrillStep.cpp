#include "DrillStep.h"

#include "DrillText.h"

namespace etcddrill {

QString DrillStep::idName(Id id)
{
    switch (id) {
    case Id::Preflight:
        return QStringLiteral("preflight");
    case Id::StopTarget:
        return QStringLiteral("stop-target");
    case Id::VerifySurvivors:
        return QStringLiteral("verify-survivors");
    case Id::StartTarget:
        return QStringLiteral("start-target");
    case Id::Recovery:
        return QStringLiteral("recovery");
    case Id::Verdict:
        return QStringLiteral("verdict");
    case Id::Rollback:
        return QStringLiteral("rollback");
    }
    return QStringLiteral("preflight");
}

QString DrillStep::title(Id id)
{
    return DrillText::stepTitle(id).english();
}

QString DrillStep::translatedTitle(Id id)
{
    return DrillText::stepTitle(id).translated();
}

QString DrillStep::stateName(State state)
{
    switch (state) {
    case State::Pending:
        return QStringLiteral("pending");
    case State::Running:
        return QStringLiteral("running");
    case State::WaitingForOperator:
        return QStringLiteral("waiting-for-operator");
    case State::Passed:
        return QStringLiteral("passed");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Skipped:
        return QStringLiteral("skipped");
    }
    return QStringLiteral("pending");
}

std::optional<DrillStep::State> DrillStep::stateFromName(const QString& name)
{
    for (State state : {State::Pending, State::Running, State::WaitingForOperator, State::Passed,
                        State::Failed, State::Skipped}) {
        if (stateName(state) == name)
            return state;
    }
    return std::nullopt;
}

QString DrillStep::translatedStateName(State state)
{
    return DrillText::stepState(state).translated();
}

int DrillStep::number(Id id)
{
    switch (id) {
    case Id::Preflight:
        return 1;
    case Id::StopTarget:
        return 2;
    case Id::VerifySurvivors:
        return 3;
    case Id::StartTarget:
        return 4;
    case Id::Recovery:
        return 5;
    case Id::Verdict:
    case Id::Rollback:
        break;
    }
    return 0;
}

std::optional<DrillStep::Id> DrillStep::idFromName(const QString& name)
{
    for (Id id : {Id::Preflight, Id::StopTarget, Id::VerifySurvivors, Id::StartTarget, Id::Recovery,
                  Id::Verdict, Id::Rollback}) {
        if (idName(id) == name)
            return id;
    }
    return std::nullopt;
}

} // namespace etcddrill
