#include "ReplayStepsPanel.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace etcddrill {

namespace {

constexpr int kMonoRole = Qt::UserRole + 1;

bool isStepsRow(const QString& kind)
{
    static const QStringList kinds = {QStringLiteral("step"),     QStringLiteral("check"),
                                      QStringLiteral("gate"),     QStringLiteral("stop-condition"),
                                      QStringLiteral("rollback"), QStringLiteral("verdict"),
                                      QStringLiteral("recover")};
    return kinds.contains(kind);
}

} // namespace

ReplayStepsPanel::ReplayStepsPanel(QWidget* parent)
    : QWidget(parent), m_header(new QLabel(this)), m_facts(new QLabel(this)), m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("replayStepsPanel"));
    m_header->setObjectName(QStringLiteral("replayHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::PlainText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_header->font();
    bold.setBold(true);
    m_header->setFont(bold);
    m_facts->setWordWrap(true);
    m_facts->setTextFormat(Qt::PlainText);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_facts);
    layout->addWidget(m_list, 1);

    connect(m_list, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { emit momentActivated(item->data(kMonoRole).toDouble()); });
}

QString ReplayStepsPanel::headerText() const
{
    return m_header->text();
}

int ReplayStepsPanel::shownRowCount() const
{
    return std::max(m_shown, 0);
}

void ReplayStepsPanel::setModel(const ReportModel& model)
{
    m_model = model;
    // The samples are the chart's; the panel keeps only the facts it shows.
    m_model.series.clear();
    m_list->clear();
    m_rowTimes.clear();
    m_shown = -1;
    for (const ReportTimelineRow& row : model.timeline) {
        if (!isStepsRow(row.kind))
            continue;
        const QString time = row.time.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
        auto* item = new QListWidgetItem(
            QStringLiteral("%1  %2%3").arg(time, row.failed ? QStringLiteral("✖ ") : QString(), row.text),
            m_list);
        item->setData(kMonoRole, row.monoMs);
        if (!row.detail.isEmpty())
            item->setToolTip(row.detail);
        if (row.kind == QLatin1String("step") || row.kind == QLatin1String("verdict")) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
        m_rowTimes.append(row.monoMs);
    }
    refreshHeader();
    setPosition(model.startMonoMs);
}

void ReplayStepsPanel::setPosition(double monoMs)
{
    // Rows are in journal order, which is time order: the first `shown` are at or before the position.
    const int shown =
        int(std::upper_bound(m_rowTimes.cbegin(), m_rowTimes.cend(), monoMs) - m_rowTimes.cbegin());
    if (shown == m_shown)
        return;
    m_shown = shown;
    for (int row = 0; row < m_list->count(); ++row)
        m_list->item(row)->setHidden(row >= shown);
    if (shown > 0)
        m_list->scrollToItem(m_list->item(shown - 1));
}

void ReplayStepsPanel::refreshHeader()
{
    const ReportModel& m = m_model;
    QString header;
    if (!m.complete) {
        header = tr("⚠ Incomplete journal: %1")
                     .arg(m.incompleteReasons.isEmpty() ? tr("it ends before the drill finished")
                                                        : m.incompleteReasons.join(QStringLiteral("; ")));
    }
    // The translated texts are in the language the journal was loaded in; the English ones are the fallback.
    const auto shown = [](const QString& translated, const QString& english) {
        return translated.isEmpty() ? english : translated;
    };
    const QString headline = shown(m.translatedHeadline, m.headline);
    if (!headline.isEmpty())
        header += (header.isEmpty() ? QString() : QStringLiteral("\n")) + headline;
    m_header->setText(header);

    QStringList facts;
    facts << tr("Cluster: %1").arg(m.cluster);
    facts << tr("Target: %1 (%2)")
                 .arg(m.targetNode.isEmpty() ? tr("not resolved") : m.targetNode, m.targetSpec);
    facts << tr("Started %1 by %2@%3")
                 .arg(m.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                      m.operatorUser, m.host);
    for (const ReportHypothesisLine& line : m.hypothesis) {
        facts << tr("%1 %2: %3 (expected %4)")
                     .arg(line.informational ? QStringLiteral("ℹ")
                                             : (line.passed ? QStringLiteral("✔") : QStringLiteral("✖")),
                          shown(line.translatedName, line.name),
                          shown(line.translatedMeasured, line.measured),
                          shown(line.translatedExpected, line.expected));
    }
    if (m.dataSafety) {
        // The client workload, also for a drill that never reached its verdict (an abort, a rollback).
        const DataSafetyResult& r = m.dataSafety->result;
        facts << (m.dataSafety->verified && r.readDone
                      ? tr("Data safety: %1 of %2 acknowledged writes lost, %3 changed by others, watch %4, "
                           "hashes %5")
                            .arg(r.lost)
                            .arg(r.acknowledged)
                            .arg(r.foreign)
                            .arg(r.watchComplete() ? tr("complete") : tr("INCOMPLETE"),
                                 r.hashesAgree ? tr("equal") : tr("NOT equal"))
                      : tr("Data safety: %1 acknowledged writes, not checked").arg(r.acknowledged));
    }
    m_facts->setText(facts.join(QLatin1Char('\n')));
}

void ReplayStepsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refreshHeader();
    QWidget::changeEvent(event);
}

} // namespace etcddrill
