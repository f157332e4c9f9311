// Installs etcd-drill's translation for one language into the application: our own (compiled from
// resources/translations at build time and embedded in this library under :/i18n) and Qt's qtbase one from
// the system (qt6-translations-l10n) when it is there. Shared by the GUI (LanguageSwitcher, which adds the
// settings) and the CLI (reports in a chosen language); loadTranslator() gives one that is not installed.
// Removing or replacing the translators makes Qt send QEvent::LanguageChange to every widget, as
// QCoreApplication::installTranslator does.
//
// Thread: the thread of QCoreApplication (installTranslator is not thread-safe against translate() calls in
// flight). Owner: its user (Qt parent or a plain member); its destructor removes what it installed.
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>

class QTranslator;

namespace etcddrill {

class TranslationLoader : public QObject
{
    Q_OBJECT

public:
    explicit TranslationLoader(QObject* parent = nullptr);
    ~TranslationLoader() override;

    // The languages there are: "en" (the source texts) and "zh_CN".
    static QStringList languages();
    // What a choice resolves to on this machine: "en" or "zh_CN" stay; "" (and anything unknown) follows
    // QLocale::system(): any Chinese gets Simplified Chinese, everything else English.
    static QString resolve(const QString& choice);
    // Where the compiled .qm files are among the resources ("etcd-drill_<language>.qm").
    static QString resourceDir() { return QStringLiteral(":/i18n"); }
    // Our translation for resolve(choice), loaded but not installed, for a TextTranslator (a report in
    // another language than the console's). Never null: when the .qm is missing (*loaded false) the
    // translator is empty and the texts stay the English source. Any thread.
    static std::unique_ptr<QTranslator> loadTranslator(const QString& choice, bool* loaded = nullptr);

    QString language() const { return m_language; } // "en" until load() succeeded with another
    bool hasQtTranslation() const { return bool(m_qt); }

    // Replaces the installed translators with those of resolve(choice) and sets QLocale's default to it.
    // Returns false (and leaves English installed) when our translation for it is missing; *error says so.
    bool load(const QString& choice, QString* error = nullptr);
    // Back to the English source texts.
    void unload();

private:
    QString m_language = QStringLiteral("en");
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace etcddrill
