// What DrillRecovery did: nothing (no unfinished drill), restored and verified every unfinished drill's
// target, or failed — with the commands to run by hand. A value type.
#pragma once

#include "i18n/LocalizedText.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace etcddrill {

struct DrillRecoveryResult
{
    enum class Status { NothingToDo, Restored, Failed };

    Status status = Status::NothingToDo;
    LocalizedText message;            // one paragraph for the operator (DrillText)
    QStringList folders;              // the journal folders handled
    LocalizedText manualInstructions; // on failure: what to run by hand, on which node
};

} // namespace etcddrill

Q_DECLARE_METATYPE(etcddrill::DrillRecoveryResult)
