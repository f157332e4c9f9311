#include "TopologyWidget.h"

#include "EntryPointBox.h"
#include "MemberCard.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

#include <cmath>

namespace etcddrill {

TopologyWidget::TopologyWidget(QWidget* parent)
    : QWidget(parent), m_wallOrigin(QDateTime::currentDateTime()),
      m_steadyOrigin(std::chrono::steady_clock::now())
{
    setObjectName(QStringLiteral("topology"));
    auto* layout = new QVBoxLayout(this);
    // Tight at the sides: three presenter-mode cards must fit a 1366 px laptop beside the docks.
    layout->setContentsMargins(6, 12, 6, 12);
    // The gap between the tiers is where the connecting lines are drawn.
    layout->setSpacing(28);
    m_placeholder = new QLabel(this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    layout->addWidget(m_placeholder);
    m_entryRow = new QHBoxLayout;
    m_entryRow->setSpacing(32);
    layout->addLayout(m_entryRow);
    m_nodeGrid = new QGridLayout;
    m_nodeGrid->setHorizontalSpacing(10);
    m_nodeGrid->setVerticalSpacing(16);
    layout->addLayout(m_nodeGrid);
    layout->addStretch(1);
    retranslateUi();
}

MemberCard* TopologyWidget::card(const QString& nodeName) const
{
    for (MemberCard* c : m_cards) {
        if (c->nodeName() == nodeName)
            return c;
    }
    return nullptr;
}

EntryPointBox* TopologyWidget::entryPoint(const QString& targetName) const
{
    for (EntryPointBox* e : m_entries) {
        if (e->targetName() == targetName)
            return e;
    }
    return nullptr;
}

QString TopologyWidget::placeholderText() const
{
    return m_placeholder->isHidden() ? QString() : m_placeholder->text();
}

void TopologyWidget::clear()
{
    qDeleteAll(m_cards);
    m_cards.clear();
    qDeleteAll(m_entries);
    m_entries.clear();
    m_cardByApiserverTarget.clear();
    while (QLayoutItem* item = m_entryRow->takeAt(0))
        delete item;
    for (int column = 0; column < m_nodeGrid->columnCount(); ++column)
        m_nodeGrid->setColumnStretch(column, 0);
    m_config = DrillConfig();
    m_placeholder->setVisible(true);
    update();
}

void TopologyWidget::setConfig(const DrillConfig& config)
{
    clear();
    m_config = config;
    m_placeholder->setVisible(config.nodes.isEmpty());

    m_entryRow->addStretch(1);
    for (const ProbeTargetConfig& target : config.probes.targets) {
        bool isNodeTarget = false;
        for (const NodeConfig& node : config.nodes)
            isNodeTarget |= target.name == ProbeSettings::nodeApiserverTargetName(node.name);
        if (isNodeTarget)
            continue;
        auto* box = new EntryPointBox(target.name, QUrl(target.url), this);
        box->setColors(m_colors);
        box->installEventFilter(this);
        m_entries.append(box);
        m_entryRow->addWidget(box);
    }
    m_entryRow->addStretch(1);

    // Up to four nodes side by side; five to seven in two rows, so cards keep a readable width.
    const int count = int(config.nodes.size());
    const int columns = count <= 4 ? std::max(count, 1) : int(std::ceil(count / 2.0));
    for (int i = 0; i < count; ++i) {
        const NodeConfig& node = config.nodes.at(i);
        auto* c = new MemberCard(node.name, this);
        c->setColors(m_colors);
        c->setCompact(m_compact);
        c->installEventFilter(this);
        m_cards.append(c);
        m_cardByApiserverTarget.insert(ProbeSettings::nodeApiserverTargetName(node.name), c);
        m_nodeGrid->addWidget(c, i / columns, i % columns);
    }
    for (int column = 0; column < columns; ++column)
        m_nodeGrid->setColumnStretch(column, 1);
    update();
}

void TopologyWidget::setExpectedDown(const QString& nodeName, bool expected)
{
    for (MemberCard* c : std::as_const(m_cards))
        c->setExpectedDown(expected && c->nodeName() == nodeName);
}

void TopologyWidget::setSnapshot(const ClusterSnapshot& snapshot)
{
    m_lastSnapshotAt = snapshot.at;
    for (const MemberStatus& status : snapshot.endpoints) {
        if (MemberCard* c = card(status.nodeName))
            c->setStatus(status);
    }
    update();
}

void TopologyWidget::addProbeSamples(const QString& target, const QList<ProbeSample>& samples)
{
    // Only the newest answer counts for the picture; the chart shows the history.
    for (auto it = samples.crbegin(); it != samples.crend(); ++it) {
        if (it->outcome == ProbeSample::Outcome::Skipped)
            continue;
        if (MemberCard* c = m_cardByApiserverTarget.value(target))
            c->setApiserverSample(*it);
        else if (EntryPointBox* box = entryPoint(target))
            box->setSample(*it);
        break;
    }
}

void TopologyWidget::outageWindowOpened(const QString& target, const OutageWindow& window)
{
    if (EntryPointBox* box = entryPoint(target)) {
        const auto offset =
            std::chrono::duration_cast<std::chrono::milliseconds>(window.start - m_steadyOrigin);
        box->setOutageSince(m_wallOrigin.addMSecs(offset.count()));
    }
    update();
}

void TopologyWidget::outageWindowClosed(const QString& target, const OutageWindow& window)
{
    Q_UNUSED(window);
    if (EntryPointBox* box = entryPoint(target))
        box->setOutageSince(QDateTime());
    update();
}

void TopologyWidget::degradedPeriodOpened(const QString& target, const DegradedPeriod& period)
{
    Q_UNUSED(period);
    if (EntryPointBox* box = entryPoint(target))
        box->setDegraded(true);
}

void TopologyWidget::degradedPeriodClosed(const QString& target, const DegradedPeriod& period)
{
    Q_UNUSED(period);
    if (EntryPointBox* box = entryPoint(target))
        box->setDegraded(false);
}

void TopologyWidget::setProgress(const DrillProgress& progress)
{
    for (const DrillProgress::Target& target : progress.targets) {
        EntryPointBox* box = entryPoint(target.name);
        if (box && box->isDegraded() && target.degradedShare)
            box->setDegraded(true, target.degradedShare);
    }
}

void TopologyWidget::setCompact(bool compact)
{
    m_compact = compact;
    for (MemberCard* c : std::as_const(m_cards))
        c->setCompact(compact);
}

void TopologyWidget::setColors(const ConsoleColors& colors)
{
    m_colors = colors;
    // Presenter mode on a laptop has no height to spare: the tiers come closer (the lines still show).
    if (auto* tiers = qobject_cast<QVBoxLayout*>(layout())) {
        tiers->setSpacing(colors.presenter ? 18 : 28);
        tiers->setContentsMargins(6, colors.presenter ? 6 : 12, 6, colors.presenter ? 6 : 12);
    }
    for (MemberCard* c : std::as_const(m_cards))
        c->setColors(colors);
    for (EntryPointBox* e : std::as_const(m_entries))
        e->setColors(colors);
    update();
}

void TopologyWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TopologyWidget::retranslateUi()
{
    m_placeholder->setText(tr("No cluster yet. Open a drill config (File ▸ Open drill config…) or start the "
                              "embedded lab (File ▸ Start embedded lab)."));
}

bool TopologyWidget::eventFilter(QObject* watched, QEvent* event)
{
    // The lines join the boxes to the cards across the whole widget: when one of them moves or changes size
    // (a box gains its "outage since" line), Qt repaints only where the child was, which would leave pieces
    // of the old lines behind.
    if (event->type() == QEvent::Move || event->type() == QEvent::Resize)
        update();
    return QWidget::eventFilter(watched, event);
}

void TopologyWidget::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event);
    if (m_entries.isEmpty() || m_cards.isEmpty())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    // Every way in reaches every node's apiserver: the load balancer's backends.
    for (const EntryPointBox* box : std::as_const(m_entries)) {
        const QPointF from(box->geometry().center().x(), box->geometry().bottom());
        for (const MemberCard* c : std::as_const(m_cards)) {
            const bool down = c->role() == MemberRole::Kind::Down;
            QColor color = down ? m_colors.down : m_colors.mutedText;
            color.setAlphaF(0.8);
            painter.setPen(QPen(color, m_colors.presenter ? 3.0 : 1.5, down ? Qt::DotLine : Qt::SolidLine));
            const QPointF to(c->geometry().center().x(), c->geometry().top());
            painter.drawLine(from, to);
        }
    }
}

} // namespace etcddrill
