// Every event of one drill as a table (time, kind, text) for the timeline dock: steps, checks, gates,
// commands, cluster events, outage windows, stop conditions, notices, the verdict. Data streams (snapshots,
// probe samples, the per-second progress) are left to the topology and the chart. Each row keeps its
// steady_clock time so the chart can be moved to it. A row's text may be given as a function that renders it
// (LocalizedText::translated(), a tr() call): retranslate() then shows every row in the new language.
//
// Thread: GUI thread. Owner: TimelinePanel (Qt parent).
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHashFunctions>
#include <QList>
#include <chrono>
#include <functional>

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
    // `text` is called whenever the row is shown, so it follows a language switch (see retranslate()).
    void addEvent(Kind kind, std::function<QString()> text,
                  std::chrono::steady_clock::time_point time = std::chrono::steady_clock::now());
    // After QEvent::LanguageChange: every row's kind and text and the headers are rendered again.
    void retranslate();
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
        std::function<QString()> text;
        std::chrono::steady_clock::time_point time;
        QDateTime wall;
    };
    QList<Event> m_events;
};

// For sets of kinds (TimelinePanel's filter).
inline size_t qHash(DrillTimelineModel::Kind kind, size_t seed = 0) noexcept
{
    return ::qHash(int(kind), seed);
}

} // namespace etcddrill
