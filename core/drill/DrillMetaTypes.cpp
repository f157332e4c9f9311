#include "DrillMetaTypes.h"

#include "CommandResult.h"
#include "DrillCheck.h"
#include "DrillCommand.h"
#include "DrillGate.h"
#include "DrillProgress.h"
#include "DrillRecoveryResult.h"
#include "DrillStep.h"
#include "DrillSummary.h"

#include "etcd/ClusterEvent.h"
#include "etcd/ClusterSnapshot.h"
#include "i18n/LocalizedText.h"
#include "probe/DegradedPeriod.h"
#include "probe/OutageWindow.h"
#include "probe/ProbeSample.h"
#include "probe/ProbeTarget.h"

#include <QMetaType>

namespace etcddrill {

void DrillMetaTypes::registerAll()
{
    qRegisterMetaType<DrillStep>();
    qRegisterMetaType<DrillCheck>();
    qRegisterMetaType<DrillGate>();
    qRegisterMetaType<DrillCommand>();
    qRegisterMetaType<DrillProgress>();
    qRegisterMetaType<DrillSummary>();
    qRegisterMetaType<DrillRecoveryResult>();
    qRegisterMetaType<LocalizedText>();
    qRegisterMetaType<CommandResult>();
    qRegisterMetaType<OutageWindow>();
    qRegisterMetaType<DegradedPeriod>();
    qRegisterMetaType<ClusterSnapshot>();
    qRegisterMetaType<ClusterEvent>();
    qRegisterMetaType<ProbeSample>();
    qRegisterMetaType<QList<ProbeSample>>();
    qRegisterMetaType<QList<ProbeTarget>>();
}

} // namespace etcddrill
