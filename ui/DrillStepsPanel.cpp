#include "DrillStepsPanel.h"

#include "drill/DrillText.h"
#include "i18n/DrillDuration.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace etcddrill {

namespace {

// Symbols next to the words so that a state never rests on colour alone (projectors, colour blindness).
QString stateSymbol(DrillStep::State state)
{
    switch (state) {
    case DrillStep::State::Pending:
        return QStringLiteral("○");
    case DrillStep::State::Running:
        return QStringLiteral("▶");
    case DrillStep::State::WaitingForOperator:
        return QStringLiteral("☛");
    case DrillStep::State::Passed:
        return QStringLiteral("✔");
    case DrillStep::State::Failed:
        return QStringLiteral("✖");
    case DrillStep::State::Skipped:
        return QStringLiteral("–");
    }
    return {};
}

} // namespace

DrillStepsPanel::DrillStepsPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("drillStepsPanel"));
    auto* outer = new QVBoxLayout(this);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("drillBanner"));
    m_banner->setWordWrap(true);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setMargin(6);
    m_banner->hide();
    outer->addWidget(m_banner);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Every text in it wraps: nothing to scroll sideways to.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* content = new QWidget(scroll);
    m_stepsLayout = new QVBoxLayout(content);
    m_stepsLayout->addStretch(1);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    m_gateBox = new QWidget(this);
    m_gateBox->setObjectName(QStringLiteral("drillGate"));
    auto* gateLayout = new QVBoxLayout(m_gateBox);
    gateLayout->setContentsMargins(0, 0, 0, 0);
    m_gatePrompt = new QLabel(m_gateBox);
    m_gatePrompt->setWordWrap(true);
    m_gateEdit = new QLineEdit(m_gateBox);
    m_gateEdit->setObjectName(QStringLiteral("gateEdit"));
    m_gateButton = new QPushButton(m_gateBox);
    m_gateButton->setObjectName(QStringLiteral("gateButton"));
    m_gateHint = new QLabel(m_gateBox);
    m_gateHint->setWordWrap(true);
    auto* row = new QHBoxLayout;
    row->addWidget(m_gateEdit, 1);
    row->addWidget(m_gateButton);
    gateLayout->addWidget(m_gatePrompt);
    gateLayout->addLayout(row);
    gateLayout->addWidget(m_gateHint);
    m_gateBox->hide();
    outer->addWidget(m_gateBox);

    m_abortButton = new QPushButton(this);
    m_abortButton->setObjectName(QStringLiteral("abortButton"));
    outer->addWidget(m_abortButton);

    connect(m_gateEdit, &QLineEdit::textChanged, this, &DrillStepsPanel::refreshGate);
    connect(m_gateEdit, &QLineEdit::returnPressed, m_gateButton, &QPushButton::click);
    connect(m_gateButton, &QPushButton::clicked, this, [this] {
        if (m_gate && m_gate->matches(m_gateEdit->text()))
            emit gateConfirmRequested(m_gateEdit->text().trimmed());
    });
    connect(m_abortButton, &QPushButton::clicked, this,
            // No reason of our own: the engine then records its "aborted by the operator" (DrillText), which
            // the journal keeps in English and the faces show translated; a tr() text here would put the
            // operator's language into the journal.
            [this] { emit abortRequested(QString()); });

    retranslateUi();
}

DrillStepsPanel::~DrillStepsPanel() = default;

QString DrillStepsPanel::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

QString DrillStepsPanel::stepText(DrillStep::Id id) const
{
    for (const StepView& view : m_steps)
        if (view.step.id == id)
            return view.title->text();
    return {};
}

void DrillStepsPanel::setSteps(const QList<DrillStep>& steps)
{
    for (StepView& view : m_steps)
        view.box->deleteLater();
    m_steps.clear();
    m_gate.reset();
    m_targetStopped = false;
    m_finished = false;
    m_banner->hide();
    for (const DrillStep& step : steps)
        stepView(step.id).step = step;
    for (StepView& view : m_steps)
        refreshStep(view);
    refreshGate();
    refreshAbort();
}

DrillStepsPanel::StepView& DrillStepsPanel::stepView(DrillStep::Id id)
{
    for (StepView& view : m_steps)
        if (view.step.id == id)
            return view;
    StepView view;
    view.step.id = id;
    view.box = new QWidget(m_stepsLayout->parentWidget());
    auto* layout = new QVBoxLayout(view.box);
    layout->setContentsMargins(0, 4, 0, 4);
    view.title = new QLabel(view.box);
    QFont bold = view.title->font();
    bold.setBold(true);
    view.title->setFont(bold);
    // "2 · Stop the target's etcd — waiting for the operator" wraps in a narrow dock rather than scrolling.
    view.title->setWordWrap(true);
    view.detail = new QLabel(view.box);
    view.detail->setWordWrap(true);
    view.detail->hide();
    view.checks = new QVBoxLayout;
    view.checks->setContentsMargins(16, 0, 0, 0);
    view.commands = new QLabel(view.box);
    view.commands->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view.commands->setTextInteractionFlags(Qt::TextSelectableByMouse);
    view.commands->setWordWrap(true);
    view.commands->setContentsMargins(16, 0, 0, 0);
    view.commands->hide();
    layout->addWidget(view.title);
    layout->addWidget(view.detail);
    layout->addLayout(view.checks);
    layout->addWidget(view.commands);
    m_stepsLayout->insertWidget(m_stepsLayout->count() - 1, view.box);
    m_steps.append(view);
    return m_steps.last();
}

void DrillStepsPanel::refreshStep(StepView& view)
{
    const int number = DrillStep::number(view.step.id);
    // The titles and state words are core's (DrillText), as the timeline, the CLI and the report show them.
    const QString stepTitle = DrillStep::translatedTitle(view.step.id);
    const QString title = number > 0 ? tr("%1 · %2").arg(number).arg(stepTitle) : stepTitle;
    view.title->setText(
        tr("%1 %2 — %3")
            .arg(stateSymbol(view.step.state), title, DrillStep::translatedStateName(view.step.state)));
    view.detail->setText(view.step.translatedDetail());
    view.detail->setVisible(!view.step.detail.isEmpty());
}

void DrillStepsPanel::refreshCommands(StepView& view)
{
    QStringList lines;
    for (const DrillCommand& command : std::as_const(view.commandList)) {
        const QString state = view.commandStates.value(command.display, tr("will run"));
        lines.append(QStringLiteral("$ %1\n  (%2, %3)")
                         .arg(command.display, DrillText::location(command.location).translated(), state));
    }
    view.commands->setText(lines.join(QLatin1Char('\n')));
    view.commands->setVisible(!lines.isEmpty());
}

void DrillStepsPanel::updateStep(const DrillStep& step)
{
    StepView& view = stepView(step.id);
    view.step = step;
    refreshStep(view);
    if (step.id == DrillStep::Id::Rollback && step.state == DrillStep::State::Running)
        setBanner(QStringLiteral("↺"),
                  [] { return tr("Rolling back: the target's etcd is being restored."); });
}

QString DrillStepsPanel::checkText(const DrillCheck& check)
{
    const bool failed = check.status == DrillCheck::Status::Failed;
    const QString outcome = failed                                        ? tr("✖ FAIL")
                            : check.status == DrillCheck::Status::Skipped ? tr("– skipped")
                                                                          : tr("✔ pass");
    QString text =
        tr("%1  %2: %3 (expected %4)")
            .arg(outcome, check.translatedName(), check.translatedMeasured(), check.translatedExpected());
    if (!check.detail.isEmpty())
        text += QLatin1Char('\n') + check.translatedDetail();
    return text;
}

void DrillStepsPanel::addCheck(const DrillCheck& check)
{
    StepView& view = stepView(check.step);
    auto* label = new QLabel(checkText(check), view.box);
    label->setWordWrap(true);
    label->setObjectName(QStringLiteral("check"));
    view.checks->addWidget(label);
    view.checkLabels.append({check, label});
}

void DrillStepsPanel::showGate(const DrillGate& gate)
{
    m_gate = gate;
    StepView& view = stepView(gate.step);
    for (const DrillCommand& command : gate.commands) {
        bool known = false;
        for (const DrillCommand& shown : std::as_const(view.commandList))
            known = known || shown.display == command.display;
        if (!known)
            view.commandList.append(command);
    }
    refreshCommands(view);
    m_gateEdit->clear();
    m_gateHint->clear();
    refreshGate();
    m_gateBox->show();
    m_gateEdit->setFocus();
}

void DrillStepsPanel::gateRefused(const DrillGate&, const QString& reason)
{
    // The reason comes in English (the engine's words for the journal); the hint is rebuilt from the
    // gate and what was typed, in the operator's language.
    const LocalizedText why = m_gate ? m_gate->mismatchText(m_gateEdit->text()) : LocalizedText();
    m_gateHint->setText(tr("✖ Not confirmed: %1").arg(why.isEmpty() ? reason : why.translated()));
}

void DrillStepsPanel::gateConfirmed(const DrillGate&)
{
    m_gate.reset();
    m_gateEdit->clear();
    m_gateBox->hide();
}

void DrillStepsPanel::commandStarted(const DrillCommand& command)
{
    StepView& view = stepView(command.step);
    bool known = false;
    for (const DrillCommand& shown : std::as_const(view.commandList))
        known = known || shown.display == command.display;
    if (!known)
        view.commandList.append(command);
    view.commandStates.insert(command.display, tr("running"));
    refreshCommands(view);
}

void DrillStepsPanel::commandFinished(const DrillCommand& command, const CommandResult& result)
{
    StepView& view = stepView(command.step);
    view.commandStates.insert(command.display,
                              result.succeeded()
                                  ? tr("✔ done in %1").arg(DrillDuration::text(result.duration).translated())
                                  : tr("✖ failed: %1").arg(result.errorText));
    refreshCommands(view);
}

void DrillStepsPanel::setFaultApplied(bool applied)
{
    m_targetStopped = applied;
    refreshAbort();
}

void DrillStepsPanel::showStopCondition(const LocalizedText& reason)
{
    setBanner(QStringLiteral("⚠"), [reason] {
        return tr("Stop condition: %1 — rolling back automatically.").arg(reason.translated());
    });
}

void DrillStepsPanel::showSummary(const DrillSummary& summary)
{
    m_finished = true;
    m_gate.reset();
    m_gateBox->hide();
    // The symbol and the verdict's words in one place; the words are rendered again on a language switch.
    auto verdict = [outcome = summary.outcome](QString* symbol) {
        switch (outcome) {
        case DrillSummary::Outcome::Passed:
            *symbol = QStringLiteral("✔");
            return tr("Drill passed");
        case DrillSummary::Outcome::HypothesisFailed:
            return tr("Drill failed: a hypothesis did not hold");
        case DrillSummary::Outcome::Aborted:
            *symbol = QStringLiteral("⚠");
            return tr("Drill aborted");
        case DrillSummary::Outcome::PreflightFailed:
            return tr("Preflight failed: nothing was changed");
        case DrillSummary::Outcome::RestoreFailed:
            return tr("Restore FAILED: the target's etcd may still be stopped");
        case DrillSummary::Outcome::DryRun:
            *symbol = QStringLiteral("ℹ");
            return tr("Dry run finished: nothing was changed");
        }
        return QString();
    };
    QString symbol = QStringLiteral("✖");
    verdict(&symbol);
    m_verdictText = [summary, verdict] {
        QString ignored;
        QString text = verdict(&ignored) + QLatin1Char('\n') + summary.headlineText().translated();
        if (!summary.reason.isEmpty())
            text += QLatin1Char('\n') + tr("Reason: %1").arg(summary.translatedReason());
        // The fault's own commands, as the config wrote them: not translated.
        if (!summary.restoreInstructions.isEmpty())
            text += QLatin1Char('\n') + summary.restoreInstructions.translated();
        return text;
    };
    setBanner(symbol, m_verdictText);
    refreshAbort();
}

void DrillStepsPanel::showComparison(const ReportComparison& comparison)
{
    if (!m_finished || !m_verdictText)
        return;
    setBanner(m_bannerSymbol, [verdict = m_verdictText, comparison] {
        const QString date =
            QLocale().toString(comparison.previousStartedAt.toLocalTime(), QLocale::ShortFormat);
        QStringList worse;
        for (const ComparedFigure& f : comparison.figures) {
            if (f.worse())
                worse << QStringLiteral("• ") + f.line().translated();
        }
        QString text = verdict() + QLatin1Char('\n');
        if (worse.isEmpty())
            text += tr("No key figure got worse than in the previous drill (%1).").arg(date);
        else
            text += tr("Worse than in the previous drill (%1):").arg(date) + QLatin1Char('\n') +
                    worse.join(QLatin1Char('\n'));
        return text;
    });
}

void DrillStepsPanel::setBanner(const QString& symbol, const QString& text)
{
    setBanner(symbol, [text] { return text; });
}

void DrillStepsPanel::setBanner(const QString& symbol, std::function<QString()> text)
{
    m_bannerSymbol = symbol;
    m_bannerText = std::move(text);
    m_banner->setText(m_bannerSymbol + QLatin1Char(' ') + m_bannerText());
    m_banner->show();
}

void DrillStepsPanel::refreshGate()
{
    if (!m_gate) {
        m_gateButton->setEnabled(false);
        return;
    }
    // The button's words say exactly what it does, with the node, so nobody confirms the wrong machine.
    m_gateButton->setText(m_gate->step == DrillStep::Id::StartTarget
                              ? tr("Start etcd on %1").arg(m_gate->node)
                              : tr("Stop etcd on %1").arg(m_gate->node));
    m_gatePrompt->setText(tr("Type %1 to confirm: %2").arg(m_gate->node, m_gate->translatedAction()));
    m_gateEdit->setPlaceholderText(m_gate->node);
    m_gateButton->setEnabled(m_gate->matches(m_gateEdit->text()));
}

void DrillStepsPanel::refreshAbort()
{
    // Always visible; usable until the drill is over — before the stop it is a plain abort, after it the
    // engine restores the target first.
    m_abortButton->setVisible(true);
    m_abortButton->setEnabled(!m_finished);
    m_abortButton->setText(tr("Abort and restore"));
}

void DrillStepsPanel::retranslateUi()
{
    for (StepView& view : m_steps) {
        refreshStep(view);
        for (const auto& [check, label] : std::as_const(view.checkLabels))
            label->setText(checkText(check));
    }
    if (m_bannerText && !m_banner->isHidden())
        m_banner->setText(m_bannerSymbol + QLatin1Char(' ') + m_bannerText());
    refreshGate();
    refreshAbort();
}

void DrillStepsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace etcddrill
