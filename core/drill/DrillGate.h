// A point where the drill waits for the operator before it changes the cluster: before the target's etcd is
// stopped and before it is started again. The operator confirms by typing the target's node name exactly;
// the gate lists the commands that will run. A value type carried by DrillEngine::gateRequested; matching is
// pure so the faces and the tests share one rule.
#pragma once

#include "DrillCommand.h"
#include "DrillStep.h"

#include "i18n/LocalizedText.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace etcddrill {

struct DrillGate
{
    DrillStep::Id step = DrillStep::Id::StopTarget; // StopTarget or StartTarget
    QString node;                                   // what must be typed: the target's node name
    QString action;                                 // "stop etcd on M3", "start etcd on M3 again"
    QList<DrillCommand> commands;                   // exactly what runs once confirmed, in order
    bool dryRun = false;                            // the commands will be shown, not run
    LocalizedText actionText; // `action` for a face to translate (DrillText); empty when set as a string

    // "Type M3 to stop etcd on M3".
    QString prompt() const;
    QString translatedAction() const { return actionText.isEmpty() ? action : actionText.translated(); }
    LocalizedText promptText() const; // prompt() for a face to translate
    // Empty when `typed` confirms the gate: the node name exactly, case included (surrounding blanks and the
    // line end of a terminal are ignored). Otherwise why not, in words for the operator.
    QString mismatch(const QString& typed) const;
    LocalizedText mismatchText(const QString& typed) const; // mismatch() for a face to translate
    bool matches(const QString& typed) const { return mismatch(typed).isEmpty(); }
    QJsonObject toJson() const;
};

} // namespace etcddrill

Q_DECLARE_METATYPE(etcddrill::DrillGate)
