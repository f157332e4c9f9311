// One thing the team's chat is told about a drill: which event (start, gate, stop, stop-condition, abort,
// verdict), the cluster, the drill's step, the operator and a one-line summary. The summary is a
// LocalizedText: chat robots get it in the language of the drill's face (the console's, the CLI's
// --language); the generic webhook's JSON keeps the English one beside it. A value type.
#pragma once

#include "i18n/LocalizedText.h"

#include <QDateTime>
#include <QString>

namespace etcddrill {

struct NotifyMessage
{
    QString event; // NotifyTarget::allEvents()
    QString cluster;
    QString step;            // the drill step's id ("stop-target"), "" when none
    LocalizedText stepTitle; // "Stop the target's etcd", shown in the chat; empty when none
    QString operatorName;    // "alice@bastion-1"
    LocalizedText summary;
    QString outcome; // the verdict's outcome ("passed", …), only for "verdict"
    QString drill;   // the drill's folder name ("lab-20261203T101500Z"), not its path
    QDateTime time;  // UTC

    // "etcd-drill · lab · gate confirmed · Stop the target's etcd (alice@bastion-1): stop etcd on M3" in the
    // installed language (without the step when there is none).
    QString text() const;
    QString englishText() const;
    static LocalizedText eventTitle(const QString& event);
};

} // namespace etcddrill
