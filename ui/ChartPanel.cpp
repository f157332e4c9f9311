#include "ChartPanel.h"

#include "LatencyChartView.h"
#include "i18n/DrillDuration.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace etcddrill {

ChartPanel::ChartPanel(QWidget* parent) : QWidget(parent), m_chart(new LatencyChartView(this))
{
    setObjectName(QStringLiteral("chartPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    // The title and the controls share a row when the panel is wide enough, else the title goes above them
    // (a laptop with the docks open, presenter fonts): never a cut control or a window wider than the screen.
    m_bar = new QGridLayout;
    m_bar->setContentsMargins(8, 0, 8, 0);
    m_bar->setVerticalSpacing(0);
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    // Never wider than the panel asks for: when the row gets too narrow the title moves above the controls
    // (placeTitle) rather than widening the window.
    m_title->setMinimumWidth(1);
    m_follow = new QToolButton(this);
    m_follow->setObjectName(QStringLiteral("followLive"));
    m_follow->setCheckable(true);
    m_follow->setChecked(m_chart->followLive());
    m_follow->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_windowLabel = new QLabel(this);
    m_window = new QComboBox(this);
    m_window->setObjectName(QStringLiteral("chartWindow"));
    for (const std::chrono::minutes span : windowChoices())
        m_window->addItem(QString(), QVariant::fromValue(qint64(span.count())));
    m_window->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_windowLabel->setBuddy(m_window);
    // The selector says what the chart shows: a young session's "5 min (0:30 so far)", a wheel zoom's span.
    m_spanTimer = new QTimer(this);
    m_spanTimer->setInterval(1000);
    connect(m_spanTimer, &QTimer::timeout, this, &ChartPanel::syncSpanText);
    m_spanTimer->start();
    m_nodes = new QCheckBox(this);
    m_nodes->setObjectName(QStringLiteral("showNodeApiservers"));
    bar->addStretch(1);
    bar->addWidget(m_nodes);
    bar->addSpacing(12);
    bar->addWidget(m_windowLabel);
    bar->addWidget(m_window);
    bar->addWidget(m_follow);
    m_bar->addWidget(m_title, 0, 0);
    m_bar->addLayout(bar, 0, 1);
    m_bar->setColumnStretch(1, 1);
    layout->addLayout(m_bar);
    layout->addWidget(m_chart, 1);

    connect(m_follow, &QToolButton::toggled, m_chart, &LatencyChartView::setFollowLive);
    connect(m_chart, &LatencyChartView::followLiveChanged, m_follow, &QToolButton::setChecked);
    connect(m_nodes, &QCheckBox::toggled, m_chart, &LatencyChartView::setShowNodeApiservers);
    connect(m_window, &QComboBox::activated, this, [this](int index) {
        if (const qint64 minutes = m_window->itemData(index).toLongLong(); minutes > 0)
            m_chart->setWindowSpan(std::chrono::minutes(minutes));
    });
    connect(m_chart, &LatencyChartView::windowSpanChanged, this, &ChartPanel::showSpan);
    showSpan(m_chart->windowSpan());
    retranslateUi();
}

QList<std::chrono::minutes> ChartPanel::windowChoices()
{
    return {std::chrono::minutes(1), std::chrono::minutes(5), std::chrono::minutes(15)};
}

void ChartPanel::showSpan(std::chrono::milliseconds span)
{
    // A span set by the mouse wheel matches no choice: it gets an entry of its own at the end.
    const int choices = int(windowChoices().size());
    int match = -1;
    for (int i = 0; i < choices; ++i) {
        if (std::chrono::milliseconds(std::chrono::minutes(m_window->itemData(i).toLongLong())) == span)
            match = i;
    }
    if (match < 0) {
        if (m_window->count() == choices)
            m_window->addItem(QString(), QVariant::fromValue(qint64(-1)));
        m_window->setItemData(choices, QVariant::fromValue(qint64(span.count())), Qt::UserRole + 1);
        match = choices;
    } else if (m_window->count() > choices) {
        m_window->removeItem(choices);
    }
    m_window->setCurrentIndex(match);
    syncSpanText();
}

QString ChartPanel::choiceText(int index) const
{
    const qint64 minutes = m_window->itemData(index).toLongLong();
    if (minutes > 0)
        return tr("%n min", nullptr, int(minutes));
    return DrillDuration::text(
               std::chrono::milliseconds(m_window->itemData(index, Qt::UserRole + 1).toLongLong()))
        .translated();
}

void ChartPanel::syncSpanText()
{
    const qint64 shown = m_chart->visibleStart().msecsTo(m_chart->visibleEnd());
    const qint64 span = m_chart->windowSpan().count();
    for (int i = 0; i < m_window->count(); ++i) {
        QString text = choiceText(i);
        // Less history than the window (a session's first minutes): the chart spans what there is.
        if (i == m_window->currentIndex() && shown > 0 && shown + 1000 < span)
            text = tr("%1 (%2 so far)")
                       .arg(text, DrillDuration::text(std::chrono::milliseconds(shown)).translated());
        if (m_window->itemText(i) != text)
            m_window->setItemText(i, text);
    }
    // Whole: a squeezed row would cut "5 min (30.0 s so far)"; the title moves above instead (placeTitle).
    if (m_window->minimumWidth() != m_window->sizeHint().width()) {
        m_window->setMinimumWidth(m_window->sizeHint().width());
        placeTitle();
    }
}

void ChartPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        placeTitle();
}

void ChartPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    placeTitle();
}

void ChartPanel::placeTitle()
{
    QLayoutItem* controls =
        m_bar->itemAtPosition(0, 1) ? m_bar->itemAtPosition(0, 1) : m_bar->itemAtPosition(1, 0);
    if (!controls)
        return;
    const QMargins margins = m_bar->contentsMargins();
    const int oneRow = margins.left() + m_title->sizeHint().width() + m_bar->horizontalSpacing() +
                       controls->minimumSize().width() + margins.right();
    // A little room to spare before going back to one row, so that a width near the limit does not flip.
    const bool twoRowsNow = bool(m_bar->itemAtPosition(1, 0));
    const bool twoRows = twoRowsNow ? width() < oneRow + 16 : width() < oneRow;
    if (twoRows == twoRowsNow)
        return;
    m_bar->removeItem(controls);
    if (twoRows) {
        m_bar->addItem(controls, 1, 0, 1, 2);
        m_bar->setColumnStretch(1, 0);
        m_bar->setColumnStretch(0, 1);
    } else {
        m_bar->addItem(controls, 0, 1);
        m_bar->setColumnStretch(0, 0);
        m_bar->setColumnStretch(1, 1);
    }
}

void ChartPanel::retranslateUi()
{
    // The unit is in the title, not along the axis: a short chart (presenter mode on a laptop) keeps its
    // height for the plot.
    m_title->setText(tr("Latency per way in (ms)"));
    m_follow->setText(tr("Follow live"));
    m_follow->setToolTip(tr("Keep the newest samples in view. Dragging the chart shows the past and stops "
                            "following; double-click the chart to follow again."));
    m_windowLabel->setText(tr("&Window:"));
    syncSpanText();
    m_nodes->setText(tr("Node apiservers"));
    m_nodes->setToolTip(tr("Also draw each node's own apiserver (\"M1-apiserver\", …)"));
}

} // namespace etcddrill
