// The drill history as a table for the console's File ▸ Drill history…: one row per drill folder (newest
// first as DrillHistory lists them; the view sorts), columns for the figures teams compare — started,
// cluster, target, verdict, how many figures got worse than in the drill before it, per way in (vip,
// domain) the longest outage and the error rate, election, recovery, data safety, fault, operator, folder.
// Sorting uses Qt::UserRole (the raw value: times, milliseconds, shares); unreadable or cut-off folders carry
// their reason as a tooltip and are drawn as problems. Presentation only: the entries come from core's
// DrillHistoryLoader. GUI thread.
#pragma once

#include "history/DrillHistoryEntry.h"
#include "i18n/LocalizedText.h"

#include <QAbstractTableModel>
#include <QList>

namespace etcddrill {

class DrillHistoryTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Started,
        Cluster,
        Target,
        Verdict,
        VersusPrevious,
        VipOutage,
        VipErrorRate,
        DomainOutage,
        DomainErrorRate,
        Election,
        Recovery,
        DataSafety,
        Fault,
        Operator,
        Folder,
        ColumnCount
    };

    explicit DrillHistoryTableModel(QObject* parent = nullptr);

    void setEntries(const QList<DrillHistoryEntry>& entries);
    const QList<DrillHistoryEntry>& entries() const { return m_entries; }
    const DrillHistoryEntry* entry(int row) const;
    QStringList clusters() const; // distinct, sorted

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void retranslate(); // the headers and texts follow the language

private:
    QList<DrillHistoryEntry> m_entries;
    QList<int> m_worse; // per row: figures worse than the previous drill of its cluster; -1: none to compare
    QList<QList<LocalizedText>> m_worseLines; // per row: those figures, for the tooltip
};

} // namespace etcddrill
