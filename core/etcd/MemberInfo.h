// One entry of etcd's member list (Cluster.MemberList).
#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace etcddrill {

struct MemberInfo
{
    quint64 id = 0;
    QString name; // empty for a member that was added but never started
    QStringList peerUrls;
    QStringList clientUrls;
    bool isLearner = false;

    friend bool operator==(const MemberInfo&, const MemberInfo&) = default;
};

} // namespace etcddrill
