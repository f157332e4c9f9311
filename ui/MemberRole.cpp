#include "MemberRole.h"

#include "etcd/MemberStatus.h"

#include <QCoreApplication>

namespace etcddrill {

MemberRole::Kind MemberRole::of(const MemberStatus& status, bool polled)
{
    if (!polled)
        return Kind::Unknown;
    if (!status.healthy)
        return Kind::Down;
    if (status.isLeader())
        return Kind::Leader;
    if (status.isLearner)
        return Kind::Learner;
    return status.leaderId != 0 ? Kind::Follower : Kind::Unknown;
}

QString MemberRole::text(Kind role)
{
    switch (role) {
    case Kind::Leader:
        return QCoreApplication::translate("etcddrill::MemberRole", "Leader");
    case Kind::Follower:
        return QCoreApplication::translate("etcddrill::MemberRole", "Follower");
    case Kind::Learner:
        return QCoreApplication::translate("etcddrill::MemberRole", "Learner");
    case Kind::Down:
        return QCoreApplication::translate("etcddrill::MemberRole", "Down");
    case Kind::Unknown:
        break;
    }
    return QCoreApplication::translate("etcddrill::MemberRole", "Unknown");
}

QString MemberRole::symbol(Kind role)
{
    switch (role) {
    case Kind::Leader:
        return QStringLiteral("★");
    case Kind::Follower:
        return QStringLiteral("●");
    case Kind::Learner:
        return QStringLiteral("◐");
    case Kind::Down:
        return QStringLiteral("✖");
    case Kind::Unknown:
        break;
    }
    return QStringLiteral("?");
}

} // namespace etcddrill
