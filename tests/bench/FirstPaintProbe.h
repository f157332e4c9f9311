// Start-up stamps for bench-gui's start-up part, shared by the two programs it launches (bench-gui itself in
// its child mode, showing the drill console, and bench-gui-minimal, an empty Qt main window: Qt's own floor).
// A launched child prints "stamp <name> <CLOCK_MONOTONIC ns>" lines on stdout; the launching parent took the
// same clock just before starting it, so every stamp is a time since "the user pressed Enter". The probe is
// an application-wide event filter that stamps the first Paint event delivered to any widget of the watched
// window ("first-paint") and the moment the event loop is back after it, i.e. the frame has been flushed to
// the platform ("frame-done"), then quits. Header-only. GUI thread; owned by the watched window (Qt parent).
#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <ctime>

namespace etcddrill::bench {

inline qint64 monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

inline void printStamp(const char* name, qint64 ns = monotonicNs())
{
    std::printf("stamp %s %lld\n", name, static_cast<long long>(ns));
    std::fflush(stdout);
}

class FirstPaintProbe : public QObject
{
public:
    explicit FirstPaintProbe(QWidget* window) : QObject(window), m_window(window)
    {
        QCoreApplication::instance()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (!m_seen && event->type() == QEvent::Paint && watched->isWidgetType() &&
            static_cast<QWidget*>(watched)->window() == m_window) {
            m_seen = true;
            printStamp("first-paint");
            QTimer::singleShot(0, QCoreApplication::instance(), [] {
                printStamp("frame-done");
                QCoreApplication::quit();
            });
        }
        return false;
    }

private:
    QWidget* m_window;
    bool m_seen = false;
};

} // namespace etcddrill::bench
