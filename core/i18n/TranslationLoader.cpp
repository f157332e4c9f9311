#include "TranslationLoader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace etcddrill {

// The .qm files need no Q_INIT_RESOURCE: qt_add_translations on a static library puts their resource
// initialiser into an object library that every consumer links (tests/unit/TestTranslationLoader proves it).
TranslationLoader::TranslationLoader(QObject* parent) : QObject(parent) {}

TranslationLoader::~TranslationLoader()
{
    unload();
}

QStringList TranslationLoader::languages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString TranslationLoader::resolve(const QString& choice)
{
    if (languages().contains(choice))
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

std::unique_ptr<QTranslator> TranslationLoader::loadTranslator(const QString& choice, bool* loaded)
{
    auto translator = std::make_unique<QTranslator>();
    const bool ok = translator->load(QStringLiteral("etcd-drill_%1").arg(resolve(choice)), resourceDir());
    if (loaded)
        *loaded = ok;
    return translator;
}

void TranslationLoader::unload()
{
    if (m_app) {
        QCoreApplication::removeTranslator(m_app.get());
        m_app.reset();
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt.get());
        m_qt.reset();
    }
    m_language = QStringLiteral("en");
}

bool TranslationLoader::load(const QString& choice, QString* error)
{
    const QString language = resolve(choice);
    unload();
    QLocale::setDefault(QLocale(language));
    auto app = std::make_unique<QTranslator>();
    const bool loaded = app->load(QStringLiteral("etcd-drill_%1").arg(language), resourceDir());
    if (language == QLatin1String("en")) {
        // English is the source text; its translation only holds the plural forms ("1 minute", "5 minutes").
        if (loaded) {
            QCoreApplication::installTranslator(app.get());
            m_app = std::move(app);
        }
        return true;
    }
    if (!loaded) {
        QLocale::setDefault(QLocale(QStringLiteral("en")));
        if (error)
            *error = tr("The %1 translation is missing from this build (%2/etcd-drill_%1.qm); the texts stay "
                        "English.")
                         .arg(language, resourceDir());
        return false;
    }
    // Qt's own texts (standard buttons, file dialogs) from the system; without them only those stay English.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    QCoreApplication::installTranslator(app.get());
    m_app = std::move(app);
    m_language = language;
    return true;
}

} // namespace etcddrill
