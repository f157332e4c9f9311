// The console's offer to restore what an earlier drill left stopped: RestoreController's answer for the
// open config becomes a dialog that asks and a banner that stays (with the `etcd-drill-cli recover` command
// line) until the member is restored or another config is opened; "Restore now" from either goes back to the
// window (restoreRequested), which decides whether it may run now and then calls restore(). The recovery's
// progress and result go to the dialog, the banner and the status bar. The offer belongs to the live
// cluster: a replay hides it and it comes back with that cluster.
//
// Thread: GUI thread (the search and the restore run on RestoreController's workers). Owner: MainWindow (Qt
// parent); the banner is the window's (its central layout), the dialog is parented to the window and
// deleted on close.
#pragma once

#include "config/DrillConfig.h"
#include "drill/DrillRecoveryResult.h"
#include "drill/UnfinishedDrill.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QWidget;

namespace etcddrill {

class MainWindow;
class RestoreBanner;
class RestoreController;
class RestoreDialog;

class RestoreOffer : public QObject
{
    Q_OBJECT

public:
    // The banner is for the window's central layout (bannerParent until the layout takes it).
    RestoreOffer(MainWindow* window, QWidget* bannerParent);

    RestoreController* controller() const { return m_controller; }
    RestoreBanner* banner() const { return m_banner; }
    RestoreDialog* dialog() const; // null unless the dialog is open
    bool isRestoring() const;

    // Forgets the offer on screen and looks for unfinished drills of this config's cluster.
    void check(const DrillConfig& config);
    // Takes the banner away while the window shows something else (a replay).
    void hide();
    // The banner again if the unfinished drills found are this config's cluster's (back from a replay).
    void showAgainFor(const DrillConfig& config);
    // Restores the unfinished drills found (the window checked that nothing else runs); false when refused.
    bool restore();

signals:
    // "Restore now" in the banner or the dialog.
    void restoreRequested();
    // Journals that could not be read, for the window's notice banner.
    void notice(const QString& text);
    // A restore started or ended: what the window allows changes.
    void restoringChanged();

private:
    void offer(const QList<UnfinishedDrill>& drills, const QStringList& problems);
    void finished(const DrillRecoveryResult& result);
    RestoreDialog* openDialog(const QList<UnfinishedDrill>& drills);

    MainWindow* m_window;
    RestoreController* m_controller;
    RestoreBanner* m_banner;
    QPointer<RestoreDialog> m_dialog;
};

} // namespace etcddrill
