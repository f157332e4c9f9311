// The console's language: English (the source texts) or Simplified Chinese, following the system locale
// unless the operator chose one. core/i18n's TranslationLoader installs our translation (embedded, compiled
// from resources/translations at build time) and Qt's own qtbase translation from the system
// (qt6-translations-l10n) when it is there; every widget then receives QEvent::LanguageChange and
// retranslates itself.
//
// Thread: GUI thread. Owner: MainWindow or main() (Qt parent). Persisting the choice is the caller's
// business.
#pragma once

#include "i18n/TranslationLoader.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace etcddrill {

class LanguageSwitcher : public QObject
{
    Q_OBJECT

public:
    explicit LanguageSwitcher(QObject* parent = nullptr);

    // Choices as stored in QSettings under settingsKey(): "" follows the system, "en", "zh_CN".
    static QStringList choices();
    static QString settingsKey() { return QStringLiteral("ui/language"); }
    // The language a choice resolves to on this machine: "en" or "zh_CN".
    static QString resolve(const QString& choice);

    QString choice() const { return m_choice; }
    QString language() const { return m_loader->language(); } // the effective one

public slots:
    // Returns false when the translation could not be loaded (the texts then stay English).
    bool apply(const QString& choice);

private:
    QString m_choice;
    TranslationLoader* m_loader;
    bool m_applied = false;
};

} // namespace etcddrill
