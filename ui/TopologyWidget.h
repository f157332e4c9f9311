// The runbook's picture of the control plane, live: the ways in (VIP, domain, other load balancers from the
// config's probe targets) on top, and below them one MemberCard per node (1 to 7) with its etcd member and
// its apiserver. Fed with ClusterSnapshots and probe samples; it only presents them.
// Thread: GUI thread. Owner: MainWindow (Qt parent).
#pragma once

#include "ConsoleColors.h"
#include "config/DrillConfig.h"
#include "drill/DrillProgress.h"
#include "etcd/ClusterSnapshot.h"
#include "probe/DegradedPeriod.h"
#include "probe/OutageWindow.h"
#include "probe/ProbeSample.h"

#include <QList>
#include <QMap>
#include <QWidget>
#include <chrono>
#include <optional>

class QGridLayout;
class QHBoxLayout;
class QLabel;

namespace etcddrill {

class EntryPointBox;
class MemberCard;

class TopologyWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TopologyWidget(QWidget* parent = nullptr);

    QList<MemberCard*> cards() const { return m_cards; }
    MemberCard* card(const QString& nodeName) const;
    QList<EntryPointBox*> entryPoints() const { return m_entries; }
    EntryPointBox* entryPoint(const QString& targetName) const;
    QString placeholderText() const;
    // When the latest snapshot shown was taken (steady clock); unset before the first one.
    std::optional<std::chrono::steady_clock::time_point> lastSnapshotAt() const { return m_lastSnapshotAt; }

public slots:
    // Builds the cards and boxes for this config's nodes and probe targets; forgets earlier data.
    void setConfig(const etcddrill::DrillConfig& config);
    void clear();
    void setSnapshot(const etcddrill::ClusterSnapshot& snapshot);
    void addProbeSamples(const QString& target, const QList<etcddrill::ProbeSample>& samples);
    void outageWindowOpened(const QString& target, const etcddrill::OutageWindow& window);
    void outageWindowClosed(const QString& target, const etcddrill::OutageWindow& window);
    void degradedPeriodOpened(const QString& target, const etcddrill::DegradedPeriod& period);
    void degradedPeriodClosed(const QString& target, const etcddrill::DegradedPeriod& period);
    // A drill's per-second figures: the share failing of each degraded way in so far.
    void setProgress(const etcddrill::DrillProgress& progress);
    void setColors(const etcddrill::ConsoleColors& colors);
    // The drill stopped this node's etcd on purpose (MemberCard::setExpectedDown).
    void setExpectedDown(const QString& nodeName, bool expected);
    // Folds the cards' detail rows (MemberCard::setCompact): MainWindow does when the window is too short.
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    DrillConfig m_config;
    ConsoleColors m_colors = ConsoleColors::make(false, false);
    bool m_compact = false;
    QLabel* m_placeholder;
    QHBoxLayout* m_entryRow;
    QGridLayout* m_nodeGrid;
    QList<MemberCard*> m_cards;
    QList<EntryPointBox*> m_entries;
    QMap<QString, MemberCard*> m_cardByApiserverTarget;
    // Wall and steady "now" at the same instant, to show a window's steady start as a clock time.
    QDateTime m_wallOrigin;
    std::chrono::steady_clock::time_point m_steadyOrigin;
    std::optional<std::chrono::steady_clock::time_point> m_lastSnapshotAt;
};

} // namespace etcddrill
