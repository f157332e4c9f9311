// Asks the operator, when a config is opened, whether to restore the members that earlier drills stopped and
// never started again (RestoreController found them), then shows the restore's progress and its result. It
// cannot be dismissed by accident: Escape and the window's close button do nothing; only "Restore now" or
// "Later" (which leaves the window's banner, with the CLI command, in place) answer it, and once a restore
// has started only "Close" after its result.
//
// Thread: GUI thread. Owner: MainWindow (Qt parent; deleted on close).
#pragma once

#include "drill/CommandResult.h"
#include "drill/DrillCommand.h"
#include "drill/DrillRecoveryResult.h"
#include "drill/UnfinishedDrill.h"

#include <QDialog>
#include <QList>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace etcddrill {

class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreDialog(const QList<UnfinishedDrill>& drills, const QString& commandLine,
                  QWidget* parent = nullptr);

    QString promptText() const;
    QString resultText() const;
    QString progressText() const;
    QPushButton* restoreButton() const { return m_restore; }
    QPushButton* laterButton() const { return m_later; }
    QPushButton* closeButton() const { return m_close; }

public slots:
    // The restore runs: the buttons give way to the progress.
    void showRestoring();
    void addProgress(const QString& line);
    void commandStarted(const etcddrill::DrillCommand& command);
    void commandFinished(const etcddrill::DrillCommand& command, const etcddrill::CommandResult& result);
    void showResult(const etcddrill::DrillRecoveryResult& result);
    void reject() override; // Escape: ignored while a decision or the restore is pending

signals:
    void restoreRequested();
    void laterRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QLabel* m_prompt;
    QLabel* m_command;
    QPlainTextEdit* m_progress;
    QProgressBar* m_busy;
    QLabel* m_result;
    QPushButton* m_restore;
    QPushButton* m_later;
    QPushButton* m_close;
    bool m_done = false;
};

} // namespace etcddrill
