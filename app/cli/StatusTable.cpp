#include "StatusTable.h"

#include "etcd/ClusterEventDetector.h"
#include "etcd/ClusterSnapshotJson.h"

#include <QList>
#include <QStringList>

namespace etcddrill {

namespace {

QString boxed(const QList<QStringList>& rows)
{
    QList<qsizetype> widths;
    for (const QStringList& row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths[i], row[i].size());
        }
    }
    QString rule = QStringLiteral("+");
    for (qsizetype width : widths)
        rule += QString(width + 2, QLatin1Char('-')) + QLatin1Char('+');
    rule += QLatin1Char('\n');

    QString text = rule;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        text += QLatin1Char('|');
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const QString cell = i < rows[r].size() ? rows[r][i] : QString();
            text += QLatin1Char(' ') + cell.leftJustified(widths[i]) + QStringLiteral(" |");
        }
        text += QLatin1Char('\n');
        if (r == 0)
            text += rule;
    }
    return text + rule;
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

QString endpointHealth(const MemberStatus& status)
{
    if (status.healthy)
        return QStringLiteral("healthy");
    return status.error.isEmpty() ? QStringLiteral("unhealthy") : status.error.translated();
}

} // namespace

QString StatusTable::humanBytes(qint64 bytes)
{
    static const char* const units[] = {"B", "kB", "MB", "GB", "TB"};
    double value = static_cast<double>(bytes);
    int unit = 0;
    while (value >= 1000.0 && unit < 4) {
        value /= 1000.0;
        ++unit;
    }
    const int decimals = unit == 0 || value >= 10.0 ? 0 : 1;
    return QStringLiteral("%1 %2").arg(value, 0, 'f', decimals).arg(QLatin1String(units[unit]));
}

QString StatusTable::render(const QString& clusterName, const ClusterSnapshot& snapshot)
{
    QList<QStringList> endpoints{
        {QStringLiteral("NODE"), QStringLiteral("ENDPOINT"), QStringLiteral("ID"), QStringLiteral("VERSION"),
         QStringLiteral("DB SIZE"), QStringLiteral("IS LEADER"), QStringLiteral("IS LEARNER"),
         QStringLiteral("RAFT TERM"), QStringLiteral("RAFT INDEX"), QStringLiteral("RAFT APPLIED INDEX"),
         QStringLiteral("LAG"), QStringLiteral("LATENCY"), QStringLiteral("HEALTH")}};
    for (const MemberStatus& s : snapshot.endpoints) {
        if (!s.reachable) {
            endpoints.append({s.nodeName,
                              s.endpoint,
                              ClusterSnapshotJson::memberIdText(s.memberId),
                              {},
                              {},
                              {},
                              {},
                              {},
                              {},
                              {},
                              {},
                              {},
                              endpointHealth(s)});
            continue;
        }
        QString health = endpointHealth(s);
        if (!s.alarms.isEmpty())
            health += QStringLiteral(" (alarm: %1)").arg(s.alarms.join(QStringLiteral(", ")));
        endpoints.append(
            {s.nodeName, s.endpoint, ClusterSnapshotJson::memberIdText(s.memberId), s.version,
             humanBytes(s.dbSize), yesNo(s.isLeader()), yesNo(s.isLearner), QString::number(s.raftTerm),
             QString::number(s.raftIndex), QString::number(s.raftAppliedIndex),
             s.indexLag < 0 ? QStringLiteral("?") : QString::number(s.indexLag),
             QStringLiteral("%1 ms").arg(static_cast<double>(s.latency.count()) / 1000.0, 0, 'f', 1),
             health});
    }

    QList<QStringList> members{{QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("PEER ADDRS"),
                                QStringLiteral("CLIENT ADDRS"), QStringLiteral("IS LEARNER")}};
    for (const MemberInfo& m : snapshot.members) {
        members.append({ClusterSnapshotJson::memberIdText(m.id), m.name, m.peerUrls.join(QLatin1Char(',')),
                        m.clientUrls.join(QLatin1Char(',')), yesNo(m.isLearner)});
    }

    QString leader;
    if (snapshot.leaderId == 0) {
        leader = QStringLiteral("none — no reachable member knows a leader");
    } else {
        const QString node = ClusterEventDetector::nodeNameOf(snapshot, snapshot.leaderId);
        leader = QStringLiteral("%1 (%2), term %3, %4")
                     .arg(node.isEmpty() ? QStringLiteral("?") : node,
                          ClusterSnapshotJson::memberIdText(snapshot.leaderId))
                     .arg(snapshot.raftTerm)
                     .arg(snapshot.leaderAgreed ? QStringLiteral("all reachable members agree")
                                                : QStringLiteral("reachable members DISAGREE on the leader"));
    }
    const QString quorum = QStringLiteral("%1 (%2/%3 healthy voters)")
                               .arg(snapshot.quorumHeld ? QStringLiteral("held") : QStringLiteral("LOST"))
                               .arg(snapshot.healthyVoters)
                               .arg(snapshot.totalVoters);

    QString text = boxed(endpoints);
    if (snapshot.members.isEmpty())
        text += QStringLiteral("Members: unknown (no endpoint answered the member list)\n");
    else
        text += boxed(members);
    text += QStringLiteral("Cluster: %1 — %2\nLeader:  %3\nQuorum:  %4\n")
                .arg(clusterName, ClusterSnapshotJson::healthName(snapshot.health()), leader, quorum);
    return text;
}

} // namespace etcddrill
