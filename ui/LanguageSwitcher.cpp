#include "LanguageSwitcher.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace etcddrill {

namespace {

// Where qt_add_translations puts the compiled .qm files among the resources (its RESOURCE_PREFIX).
const QString kResourceDir = QStringLiteral(":/i18n");

} // namespace

LanguageSwitcher::LanguageSwitcher(QObject* parent) : QObject(parent) {}

LanguageSwitcher::~LanguageSwitcher()
{
    removeTranslators();
}

QStringList LanguageSwitcher::choices()
{
    return {QString(), QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString LanguageSwitcher::resolve(const QString& choice)
{
    if (choice == QLatin1String("en") || choice == QLatin1String("zh_CN"))
        return choice;
    // Only Simplified Chinese exists: a reader of Traditional Chinese is still better served by it than by
    // English.
    for (const QString& language : QLocale::system().uiLanguages()) {
        if (language.startsWith(QLatin1String("zh")))
            return QStringLiteral("zh_CN");
        if (language.startsWith(QLatin1String("en")))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

void LanguageSwitcher::removeTranslators()
{
    if (m_app) {
        QCoreApplication::removeTranslator(m_app.get());
        m_app.reset();
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt.get());
        m_qt.reset();
    }
}

bool LanguageSwitcher::apply(const QString& choice)
{
    m_choice = choice;
    const QString language = resolve(choice);
    if (language == m_language && m_app)
        return true;
    removeTranslators();
    m_language = language;
    QLocale::setDefault(QLocale(language));
    if (language == QLatin1String("en")) {
        // English is the source text; its translation only holds the plural forms ("1 minute", "5 minutes").
        auto app = std::make_unique<QTranslator>();
        if (app->load(QStringLiteral("etcd-drill_en"), kResourceDir)) {
            QCoreApplication::installTranslator(app.get());
            m_app = std::move(app);
        }
        return true;
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    auto app = std::make_unique<QTranslator>();
    if (!app->load(QStringLiteral("etcd-drill_%1").arg(language), kResourceDir)) {
        removeTranslators();
        m_language = QStringLiteral("en");
        return false;
    }
    QCoreApplication::installTranslator(app.get());
    m_app = std::move(app);
    return true;
}

} // namespace etcddrill
