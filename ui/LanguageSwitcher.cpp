#include "LanguageSwitcher.h"

namespace etcddrill {

LanguageSwitcher::LanguageSwitcher(QObject* parent) : QObject(parent), m_loader(new TranslationLoader(this))
{
}

QStringList LanguageSwitcher::choices()
{
    return QStringList{QString()} + TranslationLoader::languages();
}

QString LanguageSwitcher::resolve(const QString& choice)
{
    return TranslationLoader::resolve(choice);
}

bool LanguageSwitcher::apply(const QString& choice)
{
    m_choice = choice;
    // Reinstalling the same language would send every widget a needless LanguageChange.
    if (m_applied && resolve(choice) == m_loader->language())
        return true;
    m_applied = true;
    return m_loader->load(choice);
}

} // namespace etcddrill
