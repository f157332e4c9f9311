// What the console shows on first launch and whenever no cluster is open: what etcd-drill is for, the ways
// to begin (start the embedded lab to rehearse, open a drill config), and the recent drill configs and drills
// (a drill opens its replay). Only presents: MainWindow does what the buttons ask. Fits 1366×768.
//
// Thread: GUI thread. Owner: MainWindow (Qt parent).
#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace etcddrill {

class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget* parent = nullptr);

    // Newest first; a missing file is listed greyed out with a note rather than dropped.
    void setRecent(const QStringList& configs, const QStringList& drills);

    QPushButton* labButton() const { return m_lab; }
    QPushButton* openButton() const { return m_open; }
    QPushButton* replayButton() const { return m_replay; }
    QListWidget* recentConfigs() const { return m_configs; }
    QListWidget* recentDrills() const { return m_drills; }

signals:
    void startLabRequested();
    void openConfigRequested();
    void openReplayRequested();
    void configChosen(const QString& path);
    void drillChosen(const QString& journal);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fill(QListWidget* list, const QStringList& files, bool drills);

    QLabel* m_title;
    QLabel* m_intro;
    QPushButton* m_lab;
    QLabel* m_labHint;
    QPushButton* m_open;
    QLabel* m_openHint;
    QPushButton* m_replay;
    QLabel* m_replayHint;
    QLabel* m_configsTitle;
    QLabel* m_drillsTitle;
    QListWidget* m_configs;
    QListWidget* m_drills;
    QStringList m_configFiles;
    QStringList m_drillFiles;
};

} // namespace etcddrill
