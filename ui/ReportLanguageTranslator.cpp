#include "ReportLanguageTranslator.h"

#include "i18n/TranslationLoader.h"

#include <QThread>

namespace etcddrill {

ReportLanguageTranslator::ReportLanguageTranslator(QObject* parent) : QTranslator(parent) {}

bool ReportLanguageTranslator::setLanguage(const QString& language)
{
    m_language = TranslationLoader::resolve(language);
    return m_texts.load(QStringLiteral("etcd-drill_%1").arg(m_language), TranslationLoader::resourceDir());
}

QString ReportLanguageTranslator::translate(const char* context, const char* sourceText,
                                            const char* disambiguation, int n) const
{
    if (QThread::currentThread() != m_thread.loadAcquire())
        return QString();
    QString text = m_texts.translate(context, sourceText, disambiguation, n);
    if (text.isNull() && m_language == QLatin1String("en"))
        text = QString::fromUtf8(sourceText); // English over a Chinese console: the source text
    return text;
}

} // namespace etcddrill
