#include "AppearanceController.h"

#include <QApplication>
#include <QEvent>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>

#include <memory>

namespace etcddrill {

namespace {

QPalette darkPalette(bool presenter)
{
    const QColor window = presenter ? QColor(0x00, 0x00, 0x00) : QColor(0x25, 0x25, 0x28);
    const QColor base = presenter ? QColor(0x20, 0x20, 0x20) : QColor(0x1C, 0x1C, 0x1E);
    const QColor text = presenter ? QColor(0xFF, 0xFF, 0xFF) : QColor(0xEE, 0xEE, 0xEE);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window.lighter(120));
    p.setColor(QPalette::ToolTipBase, window.lighter(140));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x99, 0x99, 0x99));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window.lighter(130));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xF0, 0xE4, 0x42));
    p.setColor(QPalette::Link, QColor(0x56, 0xB4, 0xE9));
    p.setColor(QPalette::Highlight, QColor(0x00, 0x72, 0xB2));
    p.setColor(QPalette::HighlightedText, QColor(0xFF, 0xFF, 0xFF));
    p.setColor(QPalette::Light, window.lighter(160));
    p.setColor(QPalette::Midlight, window.lighter(130));
    p.setColor(QPalette::Mid, window.lighter(110));
    p.setColor(QPalette::Dark, window.darker(130));
    p.setColor(QPalette::Shadow, QColor(0, 0, 0));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return p;
}

QPalette lightPalette(bool presenter)
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p = fusion ? fusion->standardPalette() : QPalette();
    if (presenter) {
        // Pure black on white: the most contrast a projector can keep.
        p.setColor(QPalette::Window, QColor(0xFF, 0xFF, 0xFF));
        p.setColor(QPalette::WindowText, QColor(0, 0, 0));
        p.setColor(QPalette::Text, QColor(0, 0, 0));
        p.setColor(QPalette::ButtonText, QColor(0, 0, 0));
        // setColor() sets every group: disabled controls would look as enabled as the rest.
        for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    }
    return p;
}

} // namespace

AppearanceController::AppearanceController(QObject* parent)
    : QObject(parent), m_systemPalette(QApplication::palette()),
      m_systemStyle(QApplication::style() ? QApplication::style()->name() : QString())
{
    qApp->installEventFilter(this);
}

AppearanceController::~AppearanceController()
{
    qApp->removeEventFilter(this);
    if (m_theme != Theme::System || m_presenter) {
        m_applying = true;
        if (!m_systemStyle.isEmpty())
            QApplication::setStyle(m_systemStyle);
        QApplication::setPalette(m_systemPalette);
    }
}

QString AppearanceController::themeKey(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

AppearanceController::Theme AppearanceController::themeFromKey(const QString& key)
{
    if (key == QLatin1String("light"))
        return Theme::Light;
    if (key == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

bool AppearanceController::systemIsDark() const
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    const Qt::ColorScheme scheme = QGuiApplication::styleHints()->colorScheme();
    if (scheme != Qt::ColorScheme::Unknown)
        return scheme == Qt::ColorScheme::Dark;
#endif
    // Qt 6.4 has no colour-scheme hint: a dark desktop gives applications a dark window colour.
    return m_systemPalette.color(QPalette::Window).lightness() < 128;
}

bool AppearanceController::isDark() const
{
    switch (m_theme) {
    case Theme::Light:
        return false;
    case Theme::Dark:
        return true;
    case Theme::System:
        break;
    }
    return systemIsDark();
}

void AppearanceController::setTheme(Theme theme)
{
    if (theme == m_theme)
        return;
    m_theme = theme;
    apply();
}

void AppearanceController::setPresenterMode(bool on)
{
    if (on == m_presenter)
        return;
    m_presenter = on;
    apply();
}

void AppearanceController::apply()
{
    m_applying = true;
    const bool followSystem = m_theme == Theme::System && !m_presenter;
    if (followSystem) {
        if (!m_systemStyle.isEmpty() && QApplication::style()->name() != m_systemStyle)
            QApplication::setStyle(m_systemStyle);
        QApplication::setPalette(m_systemPalette);
    } else {
        // Fusion draws every control from the palette, so a chosen scheme looks the same on every desktop.
        if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
            QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(isDark() ? darkPalette(m_presenter) : lightPalette(m_presenter));
    }
    m_applying = false;
    emit changed(colors());
}

bool AppearanceController::eventFilter(QObject* watched, QEvent* event)
{
    // The desktop switched between light and dark while we follow it.
    if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange && !m_applying &&
        m_theme == Theme::System && !m_presenter) {
        m_systemPalette = QApplication::palette();
        emit changed(colors());
    }
    return QObject::eventFilter(watched, event);
}

} // namespace etcddrill
