#include "ClusterStatusLine.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace etcddrill {

ClusterStatusLine::ClusterStatusLine(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("clusterStatusLine"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(18);
    m_cluster = new QLabel(this);
    m_quorum = new QLabel(this);
    m_leader = new QLabel(this);
    m_drill = new QLabel(this);
    m_cluster->setObjectName(QStringLiteral("cluster"));
    m_quorum->setObjectName(QStringLiteral("quorum"));
    m_leader->setObjectName(QStringLiteral("leader"));
    m_drill->setObjectName(QStringLiteral("drillElapsed"));
    for (QLabel* label : {m_cluster, m_quorum, m_leader, m_drill}) {
        label->setTextFormat(Qt::PlainText);
        layout->addWidget(label);
    }
    QFont bold = m_quorum->font();
    bold.setBold(true);
    m_quorum->setFont(bold);
    refresh();
}

QString ClusterStatusLine::clusterText() const
{
    return m_cluster->text();
}

QString ClusterStatusLine::quorumText() const
{
    return m_quorum->text();
}

QString ClusterStatusLine::leaderText() const
{
    return m_leader->text();
}

QString ClusterStatusLine::elapsedText() const
{
    return m_drill->text();
}

void ClusterStatusLine::setClusterName(const QString& name)
{
    m_clusterName = name;
    refresh();
}

void ClusterStatusLine::setSnapshot(const ClusterSnapshot& snapshot)
{
    m_snapshot = snapshot;
    refresh();
}

void ClusterStatusLine::clearSnapshot()
{
    m_snapshot.reset();
    refresh();
}

void ClusterStatusLine::setDrillElapsed(std::optional<std::chrono::milliseconds> elapsed)
{
    m_elapsed = elapsed;
    refresh();
}

void ClusterStatusLine::setColors(const ConsoleColors& colors)
{
    m_colors = colors;
    refresh();
}

void ClusterStatusLine::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void ClusterStatusLine::refresh()
{
    m_cluster->setText(m_clusterName.isEmpty() ? tr("No cluster") : tr("Cluster: %1").arg(m_clusterName));

    QColor quorumColor = m_colors.text;
    if (!m_snapshot) {
        m_quorum->setText(m_clusterName.isEmpty() ? QString() : tr("Quorum: waiting for the first poll…"));
        m_leader->setText(QString());
    } else {
        const ClusterSnapshot& s = *m_snapshot;
        const QString voters = tr("%1/%2 voters healthy").arg(s.healthyVoters).arg(s.totalVoters);
        switch (s.health()) {
        case ClusterSnapshot::Health::Healthy:
            m_quorum->setText(tr("✔ Quorum held · %1").arg(voters));
            break;
        case ClusterSnapshot::Health::Degraded:
            m_quorum->setText(tr("⚠ Quorum held, degraded · %1").arg(voters));
            quorumColor = m_colors.dark ? m_colors.highlight : m_colors.highlight.darker(140);
            break;
        case ClusterSnapshot::Health::QuorumLost:
            m_quorum->setText(tr("✖ Quorum lost · %1").arg(voters));
            quorumColor = m_colors.dark ? m_colors.failure : m_colors.failure.darker(120);
            break;
        }
        const MemberStatus* leader = s.leader();
        if (leader)
            m_leader->setText(tr("★ Leader: %1 (term %2)").arg(leader->nodeName).arg(s.raftTerm));
        else
            m_leader->setText(tr("Leader: none"));
    }
    QPalette quorumPalette = m_quorum->palette();
    quorumPalette.setColor(QPalette::WindowText, quorumColor);
    m_quorum->setPalette(quorumPalette);

    if (m_elapsed) {
        const qint64 total = m_elapsed->count() / 1000;
        m_drill->setText(tr("Drill: %1:%2:%3")
                             .arg(total / 3600, 2, 10, QLatin1Char('0'))
                             .arg((total / 60) % 60, 2, 10, QLatin1Char('0'))
                             .arg(total % 60, 2, 10, QLatin1Char('0')));
    } else {
        m_drill->setText(tr("Drill: not started"));
    }
}

} // namespace etcddrill
