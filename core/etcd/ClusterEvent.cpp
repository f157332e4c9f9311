#include "ClusterEvent.h"

namespace etcddrill {

namespace {

QString leaderName(const QString& nodeName, quint64 id)
{
    if (id == 0)
        return QStringLiteral("none");
    if (!nodeName.isEmpty())
        return nodeName;
    return QString::number(id, 16); // etcdctl prints member IDs in hex
}

QString withDetail(const QString& text, const QString& detail)
{
    return detail.isEmpty() ? text : text + QStringLiteral(": ") + detail;
}

} // namespace

QString ClusterEvent::kindName(Kind kind)
{
    switch (kind) {
    case Kind::LeaderChanged:
        return QStringLiteral("leader-changed");
    case Kind::MemberDown:
        return QStringLiteral("member-down");
    case Kind::MemberUp:
        return QStringLiteral("member-up");
    case Kind::TermChanged:
        return QStringLiteral("term-changed");
    case Kind::QuorumLost:
        return QStringLiteral("quorum-lost");
    case Kind::QuorumRegained:
        return QStringLiteral("quorum-regained");
    }
    return QStringLiteral("unknown");
}

QString ClusterEvent::describe() const
{
    switch (kind) {
    case Kind::LeaderChanged: {
        const QString from = leaderName(oldNodeName, oldLeaderId);
        const QString to = leaderName(nodeName, newLeaderId);
        const QString term = oldTerm != 0 && oldTerm != newTerm
                                 ? QStringLiteral("term %1 → %2").arg(oldTerm).arg(newTerm)
                                 : QStringLiteral("term %1").arg(newTerm);
        return QStringLiteral("leader changed %1 → %2 (%3)").arg(from, to, term);
    }
    case Kind::MemberDown:
        return withDetail(QStringLiteral("member %1 down").arg(nodeName), detail);
    case Kind::MemberUp:
        return withDetail(QStringLiteral("member %1 up").arg(nodeName), detail);
    case Kind::TermChanged:
        return QStringLiteral("raft term changed %1 → %2").arg(oldTerm).arg(newTerm);
    case Kind::QuorumLost:
        return withDetail(QStringLiteral("quorum lost"), detail);
    case Kind::QuorumRegained:
        return withDetail(QStringLiteral("quorum regained"), detail);
    }
    return kindName(kind);
}

} // namespace etcddrill
