// The console's appearance: light or dark (following the desktop unless the operator chose one) and
// presenter mode (large fonts, thick lines, high contrast for a screen-shared game day). Applies the palette
// to the application and tells the views which ConsoleColors to use.
//
// Thread: GUI thread. Owner: MainWindow (Qt parent). Persisting the choice is the caller's business.
#pragma once

#include "ConsoleColors.h"

#include <QObject>
#include <QPalette>
#include <QString>

namespace etcddrill {

class AppearanceController : public QObject
{
    Q_OBJECT

public:
    enum class Theme { System, Light, Dark };

    explicit AppearanceController(QObject* parent = nullptr);
    ~AppearanceController() override; // gives the application its own palette and style back

    Theme theme() const { return m_theme; }
    bool presenterMode() const { return m_presenter; }
    bool isDark() const; // the effective scheme
    ConsoleColors colors() const { return ConsoleColors::make(isDark(), m_presenter); }

    static QString themeKey(Theme theme); // "system", "light", "dark": the QSettings value
    static Theme themeFromKey(const QString& key);

public slots:
    void setTheme(etcddrill::AppearanceController::Theme theme);
    void setPresenterMode(bool on);

signals:
    void changed(const etcddrill::ConsoleColors& colors);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void apply();
    bool systemIsDark() const;

    Theme m_theme = Theme::System;
    bool m_presenter = false;
    QPalette m_systemPalette; // the application's palette before we touched it
    QString m_systemStyle;
    bool m_applying = false;
};

} // namespace etcddrill
