#include "DrillComparisonDialog.h"

#include "ConsoleColors.h"

#include "history/DrillComparison.h"
#include "report/ComparedFigure.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPalette>
#include <QScreen>
#include <QTableWidget>
#include <QVBoxLayout>

namespace etcddrill {

namespace {

QString describe(const DrillHistoryEntry& e)
{
    // The time as the history table and `etcd-drill-cli history` show it; the verdict in the console's words.
    return QStringLiteral("%1 UTC · %2 · %3 · %4")
        .arg(e.startedUtc(), e.operatorUser, e.targetNode.isEmpty() ? e.targetSpec : e.targetNode,
             ComparedFigure::outcomeText(e.outcome).translated());
}

} // namespace

DrillComparisonDialog::DrillComparisonDialog(const DrillHistoryEntry& older, const DrillHistoryEntry& newer,
                                             QWidget* parent)
    : QDialog(parent), m_heading(new QLabel(this)), m_table(new QTableWidget(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    if (parent)
        setFont(parent->font()); // the history's (presenter mode scales it), before the columns are sized
    setObjectName(QStringLiteral("drillComparisonDialog"));
    setWindowTitle(tr("Compare drills"));
    m_heading->setWordWrap(true);
    m_heading->setText(
        tr("<b>Older:</b> %1<br><b>Newer:</b> %2<br>Marked worse: durations up by more than 500 ms "
           "and 25 %, error rates by more than half a point and 25 %, lost writes at all.")
            .arg(describe(older).toHtmlEscaped(), describe(newer).toHtmlEscaped()));
    const QList<ComparedFigure> figures = DrillComparison::compare(newer, older);
    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Figure"), tr("Older drill"), tr("Newer drill"), tr("Change")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    const QColor failure =
        ConsoleColors::make(QGuiApplication::palette().color(QPalette::Window).lightness() < 128, false)
            .failure;
    int row = 0;
    for (const ComparedFigure& f : figures) {
        if (f.change == ComparedFigure::Change::NotComparable && !f.current && !f.previous)
            continue;
        m_table->insertRow(row);
        const QString change = f.change == ComparedFigure::Change::Worse    ? tr("worse")
                               : f.change == ComparedFigure::Change::Better ? tr("better")
                               : f.change == ComparedFigure::Change::Same   ? tr("about the same")
                                                                            : tr("not comparable");
        const QString delta = f.deltaText();
        const QStringList cells = {f.label.translated(), f.previousText().translated(),
                                   f.currentText().translated(),
                                   delta.isEmpty() ? change : QStringLiteral("%1 (%2)").arg(change, delta)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column)); // owned by the table
            if (f.worse()) {
                item->setForeground(failure);
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_table->setItem(row, column, item);
        }
        ++row;
    }
    m_table->resizeColumnsToContents();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    const QRect screen = (parent ? parent->screen() : QGuiApplication::primaryScreen())->availableGeometry();
    resize(std::min(960, screen.width() * 8 / 10), std::min(640, screen.height() * 8 / 10));
}

} // namespace etcddrill
