// Which language a piece of work writes its texts in, passed to it rather than installed: either one
// QTranslator of the caller's (a report exported in Simplified Chinese from an English console, or the
// reverse), or — default-constructed — the translators installed in the application, exactly like
// QCoreApplication::translate (the CLI and the console install theirs with TranslationLoader). Nothing is
// installed, so no widget sees a LanguageChange and other threads keep their language.
//
// With a translator, a text it does not hold is the English source (so an English translator over a Chinese
// console gives English); %n and %Ln are filled in as QCoreApplication::translate fills them.
//
// A value type, cheap to copy; any thread (QTranslator::translate is const). It does not own the
// QTranslator: whoever passes one keeps it alive until every copy is done (ReportExportDialog keeps its
// per-language translators for its life and waits for its export thread).
#pragma once

#include <QString>

class QTranslator;

namespace etcddrill {

class TextTranslator
{
public:
    TextTranslator() = default; // the application's installed translators
    explicit TextTranslator(const QTranslator* translator) : m_translator(translator) {}

    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const;

    // nullptr: the application's translators.
    const QTranslator* translator() const { return m_translator; }

private:
    const QTranslator* m_translator = nullptr;
};

} // namespace etcddrill

// Declares a const member tr() in a class whose texts go through the TextTranslator its member function
// translator() returns, the way Q_DECLARE_TR_FUNCTIONS declares a static one through the installed
// translators. `context` is the translation context, which need not be the class's name: a class split out
// of another keeps the context its texts are translated under. lupdate reads this macro as
// Q_DECLARE_TR_FUNCTIONS (core/i18n/CMakeLists.txt passes -tr-function-alias).
#define ETCDDRILL_TR_FUNCTIONS(context)                                                                      \
public:                                                                                                      \
    QString tr(const char* sourceText, const char* disambiguation = nullptr, int n = -1) const               \
    {                                                                                                        \
        return translator().translate(#context, sourceText, disambiguation, n);                              \
    }                                                                                                        \
                                                                                                             \
private:
