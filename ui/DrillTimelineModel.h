// Every event of one drill as a table (time, kind, text) for the timeline dock: steps, checks, gates,
// commands, cluster events, outage windows, stop conditions, notices, the verdict. Data streams (snapshots,
// probe samples, the per-second progress) are left to the topology and the chart. Each row keeps its
// steady_clock time so the chart can be moved to it.
//
// Thread: GUI thread. Owner: TimelinePanel (Qt parent).
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <chrono>

namespace etcddrill {

class DrillTimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Kind { Step, Check, Gate, Command, Cluster, Outage, StopCondition, Notice, Verdict };
    static constexpr int KindRole = Qt::UserRole + 1; // the Kind as int, on every column
    enum Column { TimeColumn, KindColumn, TextColumn, ColumnCount };

    explicit DrillTimelineModel(QObject* parent = nullptr);

    static QString kindName(Kind kind); // translated
    static QList<Kind> kinds();

    void addEvent(Kind kind, const QString& text,
                  std::chrono::steady_clock::time_point time = std::chrono::steady_clock::now());
    void clear();
    std::chrono::steady_clock::time_point timeAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Event
    {
        Kind kind;
        QString text;
        std::chrono::steady_clock::time_point time;
        QDateTime wall;
    };
    QList<Event> m_events;
};

} // namespace etcddrill
