// The --language option of the CLI commands that speak to an operator (run, recover, report): checks the
// choice and installs the translation for it (default: the system's language, as the console). A command
// keeps the returned TranslationLoader alive while it prints. Main()'s thread.
#pragma once

#include "i18n/TranslationLoader.h"

#include <QString>
#include <QTextStream>

#include <memory>

namespace etcddrill {

class CliLanguage
{
public:
    // Null, with the reason on `err`, when `choice` is not a language there is. A missing translation is
    // a warning: the command goes on in English ("the report is in English").
    static std::unique_ptr<TranslationLoader> load(const QString& command, const QString& choice,
                                                   QTextStream& err, const QString& fallback);
};

} // namespace etcddrill
