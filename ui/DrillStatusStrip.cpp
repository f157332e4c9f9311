#include "DrillStatusStrip.h"

#include "RelativeFont.h"
#include "i18n/DrillDuration.h"
#include "report/ReportImpactFigures.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace etcddrill {

namespace {

QLabel* makeLabel(QWidget* parent, const char* name, bool bold, qreal scale)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setTextFormat(Qt::PlainText);
    RelativeFont::set(label, scale, bold);
    return label;
}

QString percentText(double share)
{
    return QStringLiteral("%1 %").arg(QLocale().toString(share * 100.0, 'f', share < 0.1 ? 2 : 1));
}

} // namespace

DrillStatusStrip::DrillStatusStrip(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("drillStatusStrip"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(12, 6, 12, 6);
    row->setSpacing(18);
    auto* where = new QVBoxLayout;
    where->setSpacing(2);
    m_step = makeLabel(this, "stripStep", true, 1.25);
    // The step and the action wrap rather than widen the strip: on a laptop the clock, the cluster and the
    // button keep their room.
    m_step->setWordWrap(true);
    m_action = makeLabel(this, "stripAction", false, 1.1);
    m_action->setWordWrap(true);
    m_verdict = makeLabel(this, "stripVerdict", true, 1.4);
    m_verdict->setWordWrap(true);
    m_figures = makeLabel(this, "stripFigures", false, 1.05);
    m_figures->setWordWrap(true);
    where->addWidget(m_step);
    where->addWidget(m_action);
    where->addWidget(m_verdict);
    where->addWidget(m_figures);
    m_data = makeLabel(this, "stripData", false, 1.0);
    m_data->setWordWrap(true);
    where->addWidget(m_data);
    row->addLayout(where, 1);
    m_clock = makeLabel(this, "stripClock", true, 1.4);
    m_clock->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    row->addWidget(m_clock);
    m_cluster = makeLabel(this, "stripCluster", true, 1.25);
    m_cluster->setAlignment(Qt::AlignCenter);
    m_cluster->setMargin(6);
    row->addWidget(m_cluster);
    m_abort = new QPushButton(this);
    m_abort->setObjectName(QStringLiteral("stripAbort"));
    RelativeFont::set(m_abort, 1.15, true);
    m_abort->setStyleSheet(
        QStringLiteral("QPushButton { background-color: #C62828; color: white; border: none; "
                       "border-radius: 4px; padding: 8px 16px; }"
                       "QPushButton:disabled { background-color: #9E9E9E; }"));
    connect(m_abort, &QPushButton::clicked, this, &DrillStatusStrip::askAndAbort);
    row->addWidget(m_abort);

    // The clock counts up between the engine's once-a-second progress.
    m_tick.setInterval(250);
    connect(&m_tick, &QTimer::timeout, this, &DrillStatusStrip::refresh);
    m_tick.start();
    reset(QString());
}

QString DrillStatusStrip::clock(std::chrono::milliseconds elapsed)
{
    const qint64 s = std::max<qint64>(0, elapsed.count() / 1000);
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}

void DrillStatusStrip::reset(const QString& target)
{
    m_target = target;
    m_current.reset();
    m_gate.reset();
    m_progress.reset();
    m_summary.reset();
    m_faultApplied = false;
    m_wasApplied = false;
    m_downSince.reset();
    m_downFor.reset();
    refresh();
}

void DrillStatusStrip::setStep(const DrillStep& step)
{
    // The strip follows the step the drill is at: one that runs or waits, or the latest that ended.
    if (step.state != DrillStep::State::Pending)
        m_current = step;
    refresh();
}

void DrillStatusStrip::setGate(const DrillGate& gate)
{
    m_gate = gate;
    if (!gate.node.isEmpty())
        m_target = gate.node;
    refresh();
}

void DrillStatusStrip::clearGate()
{
    m_gate.reset();
    refresh();
}

void DrillStatusStrip::setTarget(const QString& node)
{
    m_target = node;
    refresh();
}

void DrillStatusStrip::setFaultApplied(bool applied)
{
    const auto now = std::chrono::steady_clock::now();
    if (applied && !m_faultApplied) {
        m_downSince = now;
        m_downFor.reset();
    } else if (!applied && m_faultApplied && m_downSince) {
        m_downFor = std::chrono::duration_cast<std::chrono::milliseconds>(now - *m_downSince);
    }
    m_faultApplied = applied;
    m_wasApplied = m_wasApplied || applied;
    refresh();
}

void DrillStatusStrip::setProgress(const DrillProgress& progress)
{
    m_progress = progress;
    m_progressAt = std::chrono::steady_clock::now();
    refresh();
}

void DrillStatusStrip::showSummary(const DrillSummary& summary)
{
    m_summary = summary;
    m_gate.reset();
    refresh();
}

void DrillStatusStrip::setColors(const ConsoleColors& colors)
{
    m_colors = colors;
    refresh();
}

QString DrillStatusStrip::stepText() const
{
    return m_step->text();
}

QString DrillStatusStrip::actionText() const
{
    return m_action->text();
}

QString DrillStatusStrip::clockText() const
{
    return m_clock->text();
}

QString DrillStatusStrip::clusterText() const
{
    return m_cluster->text();
}

QString DrillStatusStrip::buttonText() const
{
    return m_abort->isVisible() ? m_abort->text() : QString();
}

QString DrillStatusStrip::verdictText() const
{
    return m_summary ? m_verdict->text() + QLatin1Char('\n') + m_figures->text() : QString();
}

QString DrillStatusStrip::dataSafetyText() const
{
    return m_data->isHidden() ? QString() : m_data->text();
}

QString DrillStatusStrip::liveDataText() const
{
    if (!m_progress || !m_progress->workload)
        return {};
    const DrillProgress::Workload& w = *m_progress->workload;
    return joinParts(
        {tr("Workload writes: %1 acknowledged").arg(QLocale().toString(w.acknowledged)),
         tr("%1 unknown").arg(QLocale().toString(w.unknown)),
         tr("%1 failed").arg(QLocale().toString(w.failed)),
         tr("watch %1 events, opened %2×").arg(QLocale().toString(w.watchEvents)).arg(w.watchOpens)});
}

QString DrillStatusStrip::joinParts(const QStringList& parts)
{
    // A line that wraps keeps each number with the word it counts ("338 events", never "338 / events"): the
    // space after a digit does not break.
    static const QRegularExpression nextToDigit(QStringLiteral("(?<=\\d) "));
    QStringList kept;
    for (QString part : parts)
        kept.append(part.replace(nextToDigit, QString(QChar(0x00A0))));
    return kept.join(QStringLiteral(" · "));
}

QString DrillStatusStrip::endDataText(bool* bad) const
{
    *bad = false;
    if (!m_summary || !m_summary->measurements.dataSafety)
        return {};
    const DataSafetyResult& r = *m_summary->measurements.dataSafety;
    if (!r.readDone) {
        *bad = true;
        if (r.readError.isEmpty())
            return tr("Data safety: %1 acknowledged writes, not checked (the target was not back)")
                .arg(r.acknowledged);
        return tr("Data safety: not checked (%1) · %2 acknowledged writes")
            .arg(r.readError)
            .arg(r.acknowledged);
    }
    QStringList parts;
    parts << tr("Data safety: %1 of %2 acknowledged writes lost")
                 .arg(QLocale().toString(r.lost), QLocale().toString(r.acknowledged));
    if (r.unknown > 0)
        parts << tr("%1 unknown (%2 of them stored)")
                     .arg(QLocale().toString(r.unknown), QLocale().toString(r.unknownApplied));
    if (r.foreign > 0)
        parts << tr("%1 changed by someone else").arg(QLocale().toString(r.foreign));
    if (r.orderViolations > 0)
        parts << tr("%1 out of revision order").arg(QLocale().toString(r.orderViolations));
    parts << (r.watchComplete() ? tr("watch complete") : tr("watch INCOMPLETE"));
    parts << (r.hashesAgree        ? tr("hashes equal on %1 members").arg(r.hashes.size())
              : r.hashes.isEmpty() ? tr("hashes not checked")
                                   : tr("hashes DIFFER"));
    if (!r.membersNotRead.isEmpty())
        parts << tr("not read from %1").arg(r.membersNotRead.join(QStringLiteral("; ")));
    *bad = r.lost > 0 || r.foreign > 0 || r.orderViolations > 0 || !r.watchComplete() || !r.hashesAgree ||
           !r.membersNotRead.isEmpty();
    return joinParts(parts);
}

QString DrillStatusStrip::figuresText() const
{
    // Per way in (VIP and domain; every probe target when there is neither) what clients felt.
    const QList<DrillMeasurements::TargetOutage>& outages = m_summary->measurements.outages;
    QStringList targets;
    for (const DrillMeasurements::TargetOutage& o : outages)
        targets.append(o.target);
    const QStringList ways = ReportImpactFigures::waysIn(targets, {});
    QStringList parts;
    for (const DrillMeasurements::TargetOutage& o : outages) {
        if (!ways.contains(o.target))
            continue;
        QString part =
            tr("%1: %2 of calls failed while %3 was down")
                .arg(o.target, percentText(o.errorRate()), m_target.isEmpty() ? tr("the target") : m_target);
        if (o.degradedTime.count() > 0)
            part += tr(", degraded %1").arg(DrillDuration::text(o.degradedTime).translated());
        if (o.longest.count() > 0)
            part += tr(", longest outage %1").arg(DrillDuration::text(o.longest).translated());
        parts << part;
    }
    if (m_summary->measurements.recovery)
        parts
            << tr("recovered in %1").arg(DrillDuration::text(*m_summary->measurements.recovery).translated());
    return parts.join(QStringLiteral(" · "));
}

void DrillStatusStrip::refresh()
{
    const auto now = std::chrono::steady_clock::now();
    QPalette pal = palette();
    QColor background = m_colors.cardBackground;
    QColor accent = m_colors.mutedText;

    if (m_summary) {
        // The verdict banner, full width.
        const DrillSummary::Outcome outcome = m_summary->outcome;
        const bool good =
            outcome == DrillSummary::Outcome::Passed || outcome == DrillSummary::Outcome::DryRun;
        const bool bad = outcome == DrillSummary::Outcome::HypothesisFailed ||
                         outcome == DrillSummary::Outcome::RestoreFailed;
        accent = good ? m_colors.ok : bad ? m_colors.failure : m_colors.highlight;
        background = accent;
        background.setAlphaF(m_colors.dark ? 0.35 : 0.16);
        m_step->hide();
        m_action->hide();
        m_cluster->hide();
        m_abort->hide();
        m_verdict->setText(m_summary->headlineText().translated());
        m_verdict->show();
        const QString figures = figuresText();
        m_figures->setText(figures);
        m_figures->setVisible(!figures.isEmpty());
        bool dataBad = false;
        const QString data = endDataText(&dataBad);
        m_data->setText(data);
        m_data->setVisible(!data.isEmpty());
        m_data->setStyleSheet(
            dataBad ? QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(m_colors.failure.name())
                    : QString());
        // Over: how long the target was down, in the past tense.
        m_clock->setText(m_downFor ? tr("%1 was down %2").arg(m_target, clock(*m_downFor)) : QString());
        m_clock->setVisible(m_downFor.has_value());
    } else {
        m_verdict->hide();
        m_figures->hide();
        m_step->show();
        m_action->show();
        if (m_current) {
            const int number = DrillStep::number(m_current->id);
            const QString title =
                number > 0 ? tr("Step %1/5 · %2").arg(number).arg(DrillStep::translatedTitle(m_current->id))
                           : DrillStep::translatedTitle(m_current->id);
            m_step->setText(title);
        } else {
            m_step->setText(tr("Drill prepared: start it with Drill ▸ Start drill"));
        }
        // The operator's next action, else what the step is doing.
        QString action;
        if (m_gate)
            action = m_gate->promptText().translated();
        else if (m_current)
            action = m_current->translatedDetail();
        m_action->setText(action);
        m_action->setVisible(!action.isEmpty());
        const QString data = liveDataText();
        m_data->setText(data);
        m_data->setVisible(!data.isEmpty());
        m_data->setStyleSheet(QString());

        QStringList clockParts;
        if (m_faultApplied && m_downSince)
            clockParts << tr("%1 down %2")
                              .arg(m_target.isEmpty() ? tr("target") : m_target,
                                   clock(std::chrono::duration_cast<std::chrono::milliseconds>(
                                       now - *m_downSince)));
        if (m_progress && m_progress->total.count() > 0) {
            const auto sinceProgress =
                std::chrono::duration_cast<std::chrono::milliseconds>(now - m_progressAt);
            const auto left = std::max(std::chrono::milliseconds(0),
                                       m_progress->total - m_progress->elapsed - sinceProgress);
            clockParts << tr("%1 left").arg(clock(left + std::chrono::milliseconds(999)));
        }
        m_clock->setText(clockParts.join(QStringLiteral("\n")));
        m_clock->setVisible(!clockParts.isEmpty());

        QString cluster;
        QColor clusterColor = m_colors.unknown;
        if (m_progress && !m_progress->health.isEmpty()) {
            const QString& health = m_progress->health;
            if (health == QLatin1String("healthy")) {
                cluster = tr("healthy %1/%2").arg(m_progress->healthyVoters).arg(m_progress->totalVoters);
                clusterColor = m_colors.ok;
            } else if (health == QLatin1String("degraded")) {
                cluster = tr("degraded %1/%2").arg(m_progress->healthyVoters).arg(m_progress->totalVoters);
                clusterColor = m_colors.highlight;
            } else if (health == QLatin1String("quorum-lost")) {
                cluster = tr("QUORUM LOST %1/%2").arg(m_progress->healthyVoters).arg(m_progress->totalVoters);
                clusterColor = m_colors.failure;
            } else {
                cluster = tr("cluster unknown");
            }
        }
        m_cluster->setText(cluster);
        m_cluster->setVisible(!cluster.isEmpty());
        m_cluster->setStyleSheet(
            QStringLiteral("QLabel { color: white; background-color: %1; border-radius: 4px; }")
                .arg(clusterColor.name()));

        // Before the stop command nothing has changed: cancelling is harmless. After it, the target may be
        // stopped: aborting restores it.
        m_abort->setText(m_wasApplied ? tr("Abort and restore") : tr("Cancel drill"));
        m_abort->show();
        if (m_faultApplied)
            accent = m_colors.failure;
    }
    pal.setColor(QPalette::WindowText, m_colors.text);
    setPalette(pal);
    // A style sheet's background wins over the palette's: the tint goes in the sheet.
    setStyleSheet(QStringLiteral("#drillStatusStrip { background-color: %1; border: none; "
                                 "border-left: 8px solid %2; }")
                      .arg(background.name(QColor::HexArgb), accent.name()));
}

void DrillStatusStrip::askAndAbort()
{
    const QString node = m_target.isEmpty() ? tr("the target") : m_target;
    const bool restore = m_wasApplied;
    auto* box =
        new QMessageBox(QMessageBox::Warning,
                        restore ? tr("Abort the drill and restore %1?").arg(node) : tr("Cancel the drill?"),
                        restore ? tr("etcd-drill will start etcd on %1 again and verify that it rejoins "
                                     "the cluster and catches up. The drill ends as aborted.")
                                      .arg(node)
                                : tr("Nothing has been changed on the cluster yet; the drill ends here."),
                        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("stripAbortConfirm"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* yes = box->addButton(restore ? tr("Abort and restore %1").arg(node) : tr("Cancel drill"),
                                      QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("stripAbortYes"));
    box->addButton(restore ? tr("Keep the drill running") : tr("Keep the drill"), QMessageBox::RejectRole);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes](QAbstractButton* clicked) {
        if (clicked == yes)
            emit abortRequested(QString());
    });
    box->open();
}

void DrillStatusStrip::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    if (event->type() == QEvent::FontChange)
        RelativeFont::refresh(this);
    QFrame::changeEvent(event);
}

} // namespace etcddrill
