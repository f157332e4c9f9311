// Two drills side by side (from File ▸ Drill history…): what each was (date, operator, target, verdict) and
// each key figure of the older next to the newer's, worse ones marked as DrillComparison judges them.
// Presentation only; deletes itself when closed; GUI thread.
#pragma once

#include "history/DrillHistoryEntry.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace etcddrill {

class DrillComparisonDialog : public QDialog
{
    Q_OBJECT

public:
    DrillComparisonDialog(const DrillHistoryEntry& older, const DrillHistoryEntry& newer,
                          QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }

private:
    QLabel* m_heading;
    QTableWidget* m_table;
};

} // namespace etcddrill
