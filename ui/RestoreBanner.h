// A strip at the top of the console that stays while a member stopped by an earlier drill is not restored:
// what happened (cluster, when, who, which node), a "Restore now…" button, and the `etcd-drill-cli recover`
// command line so the operator knows how to do it from a shell. Shown by MainWindow after the operator chose
// "Later" (and during a restore); hidden once the restore succeeded or another config is opened.
//
// Thread: GUI thread. Owner: MainWindow (Qt parent).
#pragma once

#include "drill/UnfinishedDrill.h"

#include <QFrame>
#include <QList>

class QLabel;
class QPushButton;

namespace etcddrill {

class RestoreBanner : public QFrame
{
    Q_OBJECT

public:
    explicit RestoreBanner(QWidget* parent = nullptr);

    void setDrills(const QList<UnfinishedDrill>& drills, const QString& commandLine);
    void setRestoring(bool restoring);
    void setProblem(const QString& text); // a failed restore: shown under the description; "" clears
    QString text() const;                 // everything the banner says, for tests
    QPushButton* restoreButton() const { return m_restore; }

signals:
    void restoreRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QList<UnfinishedDrill> m_drills;
    QString m_commandLine;
    QString m_problem;
    QLabel* m_text;
    QLabel* m_command;
    QPushButton* m_restore;
};

} // namespace etcddrill
