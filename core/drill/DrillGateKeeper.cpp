#include "DrillGateKeeper.h"

#include "CommandSequencer.h"
#include "DrillRecorder.h"
#include "DrillText.h"
#include "FaultAction.h"
#include "journal/GateConfirmedRecord.h"
#include "journal/GateRefusedRecord.h"
#include "journal/GateRequestedRecord.h"

#include <QDateTime>

namespace etcddrill {

DrillGateKeeper::DrillGateKeeper(bool dryRun, const OperatorIdentity& me, DrillRecorder& recorder,
                                 const CommandSequencer& commands, QObject* parent)
    : QObject(parent), m_dryRun(dryRun), m_me(me), m_recorder(recorder), m_commands(commands)
{
}

DrillGateKeeper::~DrillGateKeeper() = default;

void DrillGateKeeper::request(DrillStep::Id step, const QString& node, const FaultAction& action)
{
    DrillGate g;
    g.step = step;
    g.node = node;
    g.dryRun = m_dryRun;
    if (step == DrillStep::Id::StopTarget) {
        g.actionText = DrillText::make(QT_TRANSLATE_NOOP("DrillText", "stop etcd on %1")).arg(node);
        g.commands = m_commands.describeAll(action.stopCommands(), DrillCommand::Role::Stop, step);
        if (const std::optional<PlannedCommand> verify = action.verifyStoppedCommand())
            g.commands += m_commands.describeAll({*verify}, DrillCommand::Role::VerifyStopped, step);
    } else {
        g.actionText = DrillText::make(QT_TRANSLATE_NOOP("DrillText", "start etcd on %1 again")).arg(node);
        g.commands = m_commands.describeAll(action.startCommands(), DrillCommand::Role::Start, step);
    }
    g.action = g.actionText.english();
    m_gate = g;
    m_recorder.setStep(step, DrillStep::State::WaitingForOperator, g.promptText());
    m_recorder.put(GateRequestedRecord{g});
    emit gateRequested(g);
}

std::optional<DrillGate> DrillGateKeeper::confirm(const QString& typed)
{
    if (!m_gate) {
        const QString reason =
            DrillText::make(QT_TRANSLATE_NOOP("DrillText", "no confirmation is pending")).english();
        emit gateRefused(DrillGate{}, reason);
        return std::nullopt;
    }
    const QString why = m_gate->mismatch(typed);
    if (!why.isEmpty()) {
        m_recorder.put(GateRefusedRecord{DrillStep::idName(m_gate->step), typed.trimmed().left(64), why});
        emit gateRefused(*m_gate, why);
        return std::nullopt;
    }
    const DrillGate confirmed = *m_gate;
    m_gate.reset();
    m_recorder.put(GateConfirmedRecord{DrillStep::idName(confirmed.step), confirmed.node, m_me,
                                       QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
    m_recorder.sync();
    emit gateConfirmed(confirmed);
    return confirmed;
}

void DrillGateKeeper::cancel()
{
    m_gate.reset();
}

} // namespace etcddrill
