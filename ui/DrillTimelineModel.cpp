#include "DrillTimelineModel.h"

namespace etcddrill {

DrillTimelineModel::DrillTimelineModel(QObject* parent) : QAbstractTableModel(parent) {}

QList<DrillTimelineModel::Kind> DrillTimelineModel::kinds()
{
    return {Kind::Step,   Kind::Check,         Kind::Gate,   Kind::Command, Kind::Cluster,
            Kind::Outage, Kind::StopCondition, Kind::Notice, Kind::Verdict};
}

QString DrillTimelineModel::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Step:
        return tr("Step");
    case Kind::Check:
        return tr("Check");
    case Kind::Gate:
        return tr("Gate");
    case Kind::Command:
        return tr("Command");
    case Kind::Cluster:
        return tr("Cluster");
    case Kind::Outage:
        return tr("Outage");
    case Kind::StopCondition:
        return tr("Stop condition");
    case Kind::Notice:
        return tr("Notice");
    case Kind::Verdict:
        return tr("Verdict");
    }
    return {};
}

void DrillTimelineModel::addEvent(Kind kind, const QString& text, std::chrono::steady_clock::time_point time)
{
    addEvent(
        kind, [text] { return text; }, time);
}

void DrillTimelineModel::retranslate()
{
    if (!m_events.isEmpty())
        emit dataChanged(index(0, KindColumn), index(int(m_events.size()) - 1, TextColumn));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void DrillTimelineModel::addEvent(Kind kind, std::function<QString()> text,
                                  std::chrono::steady_clock::time_point time)
{
    // The wall time is derived from the steady one so that the rows and the chart agree.
    const auto ago =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - time);
    const QDateTime wall = QDateTime::currentDateTime().addMSecs(-ago.count());
    beginInsertRows({}, int(m_events.size()), int(m_events.size()));
    m_events.append(Event{kind, std::move(text), time, wall});
    endInsertRows();
}

void DrillTimelineModel::clear()
{
    beginResetModel();
    m_events.clear();
    endResetModel();
}

std::chrono::steady_clock::time_point DrillTimelineModel::timeAt(int row) const
{
    return row >= 0 && row < m_events.size() ? m_events.at(row).time
                                             : std::chrono::steady_clock::time_point{};
}

int DrillTimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int DrillTimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DrillTimelineModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const Event& event = m_events.at(index.row());
    if (role == KindRole)
        return int(event.kind);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return event.wall.toString(QStringLiteral("HH:mm:ss.zzz"));
    case KindColumn:
        return kindName(event.kind);
    case TextColumn:
        return event.text ? event.text() : QString();
    }
    return {};
}

QVariant DrillTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        return tr("Kind");
    case TextColumn:
        return tr("Event");
    }
    return {};
}

} // namespace etcddrill
