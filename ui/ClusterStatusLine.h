// The status bar's permanent part: the cluster's name, its quorum (ClusterSnapshot::health(), with the
// healthy voter count), the leader, and the drill's elapsed time (a placeholder until a drill runs).
// Thread: GUI thread. Owner: MainWindow's status bar (Qt parent).
#pragma once

#include "ConsoleColors.h"
#include "etcd/ClusterSnapshot.h"

#include <QWidget>
#include <chrono>
#include <optional>

class QLabel;

namespace etcddrill {

class ClusterStatusLine : public QWidget
{
    Q_OBJECT

public:
    explicit ClusterStatusLine(QWidget* parent = nullptr);

    QString clusterText() const;
    QString quorumText() const;
    QString leaderText() const;
    QString elapsedText() const;

public slots:
    void setClusterName(const QString& name); // empty: no cluster open
    void setSnapshot(const etcddrill::ClusterSnapshot& snapshot);
    void clearSnapshot();
    // The drill engine's elapsed time; nullopt while no drill runs.
    void setDrillElapsed(std::optional<std::chrono::milliseconds> elapsed);
    void setColors(const etcddrill::ConsoleColors& colors);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    QString m_clusterName;
    std::optional<ClusterSnapshot> m_snapshot;
    std::optional<std::chrono::milliseconds> m_elapsed;
    ConsoleColors m_colors = ConsoleColors::make(false, false);
    QLabel* m_cluster;
    QLabel* m_quorum;
    QLabel* m_leader;
    QLabel* m_drill;
};

} // namespace etcddrill
