// The drill's step wizard (the console's right dock): every step of the procedure in order with its state
// (symbol + word), its checks (measured, expected, pass/fail), the commands it will run (shown before they
// run) and, at a gate, a field where the operator types the target's node name; the stop/start button stays
// disabled until the text matches exactly (DrillGate::matches). "Abort and restore" stays visible throughout
// and usable until the drill has finished. Stop conditions, the rollback and the verdict appear in a banner
// at the top. Presents only: it is fed the engine's value types and answers through its own signals, which
// the face (DrillConsole) passes to the engine through its DrillSession. Core's texts (step titles and state
// words, details, checks, gate actions, reasons, headlines) are shown translated (DrillText, their
// LocalizedText parts) and follow a language switch like the panel's own words; whether the target is
// stopped is the engine's word (faultAppliedChanged), not inferred here.
//
// Thread: GUI thread. Owner: the steps dock (MainWindow::setStepsPanel) or a test.
#pragma once

#include "drill/CommandResult.h"
#include "drill/DrillCheck.h"
#include "drill/DrillCommand.h"
#include "drill/DrillGate.h"
#include "drill/DrillStep.h"
#include "drill/DrillSummary.h"
#include "report/ReportComparison.h"

#include <QList>
#include <QMap>
#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace etcddrill {

class DrillStepsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DrillStepsPanel(QWidget* parent = nullptr);
    ~DrillStepsPanel() override;

    // Reading the panel (tests).
    QPushButton* gateButton() const { return m_gateButton; }
    QLineEdit* gateEdit() const { return m_gateEdit; }
    QPushButton* abortButton() const { return m_abortButton; }
    QString bannerText() const; // empty while hidden
    QString stepText(DrillStep::Id id) const;
    std::optional<DrillGate> gate() const { return m_gate; }
    // As the engine last said (setFaultApplied), not inferred from the commands shown.
    bool targetStopped() const { return m_targetStopped; }

public slots:
    // Forgets everything and lists these steps (DrillEngine::steps() before start()).
    void setSteps(const QList<etcddrill::DrillStep>& steps);
    void updateStep(const etcddrill::DrillStep& step);
    void addCheck(const etcddrill::DrillCheck& check);
    void showGate(const etcddrill::DrillGate& gate);
    void gateRefused(const etcddrill::DrillGate& gate, const QString& reason);
    void gateConfirmed(const etcddrill::DrillGate& gate);
    void commandStarted(const etcddrill::DrillCommand& command);
    void commandFinished(const etcddrill::DrillCommand& command, const etcddrill::CommandResult& result);
    // The engine's faultAppliedChanged(): whether the target's etcd may be stopped right now
    // (targetStopped()).
    void setFaultApplied(bool applied);
    // A stop condition fired (DrillEngine::stopConditionTriggered): the reason in a banner, translated.
    void showStopCondition(const etcddrill::LocalizedText& reason);
    void showSummary(const etcddrill::DrillSummary& summary);
    // Under the verdict: the figures that got worse than in the previous drill of the cluster (or that none
    // did), once the console has compared them.
    void showComparison(const etcddrill::ReportComparison& comparison);

signals:
    void gateConfirmRequested(const QString& typedNodeName);
    void abortRequested(const QString& reason); // empty from the button: the engine words it

protected:
    void changeEvent(QEvent* event) override;

private:
    struct StepView
    {
        DrillStep step;
        QWidget* box = nullptr;
        QLabel* title = nullptr;
        QLabel* detail = nullptr;
        QVBoxLayout* checks = nullptr;
        QList<std::pair<DrillCheck, QLabel*>> checkLabels; // to retranslate them
        QLabel* commands = nullptr;
        QList<DrillCommand> commandList;
        QMap<QString, QString> commandStates; // display -> state word
    };

    StepView& stepView(DrillStep::Id id);
    void refreshStep(StepView& view);
    void refreshCommands(StepView& view);
    void refreshGate();
    void refreshAbort();
    void setBanner(const QString& symbol, const QString& text);
    // The banner's text rendered again on every language switch.
    void setBanner(const QString& symbol, std::function<QString()> text);
    static QString checkText(const DrillCheck& check);
    void retranslateUi();

    QLabel* m_banner;
    QString m_bannerSymbol;
    std::function<QString()> m_bannerText;
    QVBoxLayout* m_stepsLayout;
    QList<StepView> m_steps;
    QWidget* m_gateBox;
    QLabel* m_gatePrompt;
    QLineEdit* m_gateEdit;
    QPushButton* m_gateButton;
    QLabel* m_gateHint;
    QPushButton* m_abortButton;
    std::optional<DrillGate> m_gate;
    bool m_targetStopped = false;
    bool m_finished = false;
    std::function<QString()> m_verdictText; // the banner's text before a comparison was added
};

} // namespace etcddrill
