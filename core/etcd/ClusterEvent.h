// A change the ClusterMonitor noticed between two snapshots; streamed to the console, the journal and
// `status --watch`.
#pragma once

#include "i18n/LocalizedText.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <chrono>

namespace etcddrill {

struct ClusterEvent
{
    enum class Kind { LeaderChanged, MemberDown, MemberUp, TermChanged, QuorumLost, QuorumRegained };

    Kind kind = Kind::MemberDown;
    QDateTime wallTime;
    std::chrono::steady_clock::time_point at;
    QString nodeName;        // MemberDown/MemberUp: the node; LeaderChanged: the new leader's node (or empty)
    QString oldNodeName;     // LeaderChanged: the old leader's node (or empty)
    quint64 oldLeaderId = 0; // LeaderChanged
    quint64 newLeaderId = 0; // LeaderChanged
    quint64 oldTerm = 0;     // LeaderChanged, TermChanged
    quint64 newTerm = 0;     // LeaderChanged, TermChanged
    LocalizedText detail;    // e.g. the error text that made a member down

    static QString
    kindName(Kind kind);      // "leader-changed", "member-down", … (stable: used in the journal/JSON)
    QString describe() const; // one human line, e.g. "leader changed M1 → M2 (term 3 → 4)"
    LocalizedText
    describeText() const; // the same for a face to translate ("ClusterEvent"); describe() is its English
};

} // namespace etcddrill

Q_DECLARE_METATYPE(etcddrill::ClusterEvent)
