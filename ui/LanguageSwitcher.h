// The console's language: English (the source texts) or Simplified Chinese, following the system locale
// unless the operator chose one. Installs our translation (embedded, compiled from
// resources/translations at build time) and Qt's own qtbase translation from the system
// (qt6-translations-l10n) when it is there; every widget then receives QEvent::LanguageChange and
// retranslates itself.
//
// Thread: GUI thread. Owner: MainWindow or main() (Qt parent). Persisting the choice is the caller's
// business.
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>

class QTranslator;

namespace etcddrill {

class LanguageSwitcher : public QObject
{
    Q_OBJECT

public:
    explicit LanguageSwitcher(QObject* parent = nullptr);
    ~LanguageSwitcher() override;

    // Choices as stored in QSettings under settingsKey(): "" follows the system, "en", "zh_CN".
    static QStringList choices();
    static QString settingsKey() { return QStringLiteral("ui/language"); }
    // The language a choice resolves to on this machine: "en" or "zh_CN".
    static QString resolve(const QString& choice);

    QString choice() const { return m_choice; }
    QString language() const { return m_language; } // the effective one

public slots:
    // Returns false when the translation could not be loaded (the texts then stay English).
    bool apply(const QString& choice);

private:
    void removeTranslators();

    QString m_choice;
    QString m_language = QStringLiteral("en");
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace etcddrill
