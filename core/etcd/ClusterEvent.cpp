#include "ClusterEvent.h"

namespace etcddrill {

namespace {

template <class... Args> LocalizedText ce(const char* source, const Args&... args)
{
    return LocalizedText::make("ClusterEvent", source, args...);
}

LocalizedText leaderName(const QString& nodeName, quint64 id)
{
    if (id == 0)
        return ce(QT_TRANSLATE_NOOP("ClusterEvent", "none"));
    if (!nodeName.isEmpty())
        return nodeName;
    return QString::number(id, 16); // etcdctl prints member IDs in hex
}

LocalizedText withDetail(const LocalizedText& text, const LocalizedText& detail)
{
    return detail.isEmpty() ? text : ce(QT_TRANSLATE_NOOP("ClusterEvent", "%1: %2"), text, detail);
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
    return describeText().english();
}

LocalizedText ClusterEvent::describeText() const
{
    switch (kind) {
    case Kind::LeaderChanged: {
        const LocalizedText term =
            oldTerm != 0 && oldTerm != newTerm
                ? ce(QT_TRANSLATE_NOOP("ClusterEvent", "term %1 → %2"), oldTerm, newTerm)
                : ce(QT_TRANSLATE_NOOP("ClusterEvent", "term %1"), newTerm);
        return ce(QT_TRANSLATE_NOOP("ClusterEvent", "leader changed %1 → %2 (%3)"),
                  leaderName(oldNodeName, oldLeaderId), leaderName(nodeName, newLeaderId), term);
    }
    case Kind::MemberDown:
        return withDetail(ce(QT_TRANSLATE_NOOP("ClusterEvent", "member %1 down"), nodeName), detail);
    case Kind::MemberUp:
        return withDetail(ce(QT_TRANSLATE_NOOP("ClusterEvent", "member %1 up"), nodeName), detail);
    case Kind::TermChanged:
        return ce(QT_TRANSLATE_NOOP("ClusterEvent", "raft term changed %1 → %2"), oldTerm, newTerm);
    case Kind::QuorumLost:
        return withDetail(ce(QT_TRANSLATE_NOOP("ClusterEvent", "quorum lost")), detail);
    case Kind::QuorumRegained:
        return withDetail(ce(QT_TRANSLATE_NOOP("ClusterEvent", "quorum regained")), detail);
    }
    return kindName(kind);
}

} // namespace etcddrill
