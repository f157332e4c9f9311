#include "CliLanguage.h"

namespace etcddrill {

std::unique_ptr<TranslationLoader> CliLanguage::load(const QString& command, const QString& choice,
                                                     QTextStream& err, const QString& fallback)
{
    if (!choice.isEmpty() && !TranslationLoader::languages().contains(choice)) {
        err << "etcd-drill-cli " << command << ": --language " << choice << " is not one of "
            << TranslationLoader::languages().join(QStringLiteral(", ")) << ".\n";
        return nullptr;
    }
    auto translation = std::make_unique<TranslationLoader>();
    QString error;
    if (!translation->load(choice, &error))
        err << "etcd-drill-cli " << command << ": " << error << " (" << fallback << ")\n";
    return translation;
}

} // namespace etcddrill
