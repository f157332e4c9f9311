// Lets the report export speak another language than the console without touching the console: installed
// for the export dialog's lifetime, it answers translate() only on the export's worker thread (with the
// chosen language's texts, or the English source when English was chosen over a Chinese console) and stays
// silent on every other thread, so the widgets keep their language. Installing and removing it makes Qt send
// one LanguageChange; the texts the widgets get back are unchanged.
// Thread: installed and removed on the GUI thread while no export runs; translate() is called from any
// thread. Owner: ReportExportDialog (std::unique_ptr).
#pragma once

#include <QAtomicPointer>
#include <QTranslator>

class QThread;

namespace etcddrill {

class ReportLanguageTranslator : public QTranslator
{
    Q_OBJECT

public:
    explicit ReportLanguageTranslator(QObject* parent = nullptr);

    // "en" or "zh_CN"; false when the language's translation is not there (English then).
    bool setLanguage(const QString& language);
    QString language() const { return m_language; }
    // The thread whose translate() calls this translator answers; nullptr: none.
    void setThread(QThread* thread) { m_thread.storeRelease(thread); }

    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return false; }

private:
    QString m_language = QStringLiteral("en");
    QTranslator m_texts;
    QAtomicPointer<QThread> m_thread;
};

} // namespace etcddrill
