// The report's "Client impact per phase" section: per probe target and drill phase (before the stop,
// target down, recovery, after recovery) the probes, the failed ones with their share, the longest outage
// that began in the phase, the degraded time within it and the latency of the successful probes. Its texts
// keep ReportRenderer's translation context. A value over the model it is given; any thread (the export
// thread).
#pragma once

#include "ReportModel.h"
#include "i18n/TextTranslator.h"

#include <QLocale>

namespace etcddrill {

class ReportFonts;
class ReportPageLayout;

class ReportPhaseTable
{
    ETCDDRILL_TR_FUNCTIONS(ReportRenderer)

public:
    ReportPhaseTable(const ReportModel& model, const ReportFonts& fonts, const TextTranslator& translator,
                     const QLocale& locale)
        : m_model(model), m_fonts(fonts), m_translator(translator), m_locale(locale)
    {
    }

    void layout(ReportPageLayout& layout) const;
    // "before" → "before the stop", "during-fault" → "target down", … in the report's language.
    QString phaseText(const QString& phase) const;
    const TextTranslator& translator() const { return m_translator; }

private:
    const ReportModel& m_model;
    const ReportFonts& m_fonts;
    TextTranslator m_translator;
    QLocale m_locale;
};

} // namespace etcddrill
