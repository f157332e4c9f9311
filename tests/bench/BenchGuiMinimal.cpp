// bench-gui-minimal: the reference for bench-gui's start-up part — an empty QMainWindow with a status bar,
// linked against Qt Widgets only, so its time to the first painted window is what Qt itself costs on this
// machine (dynamic loading of Qt, platform plugin, fonts, the first frame). It prints the same stamps as the
// console's start-up child (FirstPaintProbe.h) and quits after its first frame. Run by bench-gui, not by
// hand.
#include "FirstPaintProbe.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>

using namespace etcddrill::bench;

int main(int argc, char** argv)
{
    printStamp("main");
    QApplication app(argc, argv);
    printStamp("qapplication");
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("etcd-drill"), &window));
    window.statusBar()->showMessage(QStringLiteral("ready"));
    printStamp("mainwindow");
    new FirstPaintProbe(&window); // owned by the window
    window.show();
    printStamp("shown");
    return app.exec();
}
