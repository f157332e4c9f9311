// Shows the embedded lab coming up: Lab::up's progress lines as they arrive (from LabStarter) and, at the
// end, success (the dialog closes itself) or what went wrong and what to do. Non-modal: the console stays
// usable while the lab starts.
// Thread: GUI thread. Owner: MainWindow (Qt parent); deletes itself when closed.
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;

namespace etcddrill {

class LabStartDialog : public QDialog
{
    Q_OBJECT

public:
    LabStartDialog(const QString& dir, QWidget* parent = nullptr);

    QString logText() const;

public slots:
    void addProgress(const QString& line);
    void finish(bool ok, const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QString m_dir;
    bool m_finished = false;
    bool m_ok = false;
    QLabel* m_heading;
    QProgressBar* m_progress;
    QPlainTextEdit* m_log;
    QDialogButtonBox* m_buttons;
};

} // namespace etcddrill
