// The report's "Compared with the previous drill" section: which drill of the same cluster this one is set
// against (date, operator, outcome, folder), the margins, and a table of each key figure — previous, this
// drill, worse/better/same — with the figures that got worse in the failure colour. Also the finding that
// leads page 1 when any figure got worse ("2 key figures got worse than in the previous drill: vip: longest
// outage 1.2 s → 4.8 s, …"), added when a comparison is attached to a model. Texts keep ReportRenderer's
// translation context. A value over the model; any thread (the export thread).
#pragma once

#include "ReportModel.h"
#include "i18n/TextTranslator.h"

#include <QLocale>

namespace etcddrill {

class ReportFonts;
class ReportPageLayout;

class ReportComparisonSection
{
    ETCDDRILL_TR_FUNCTIONS(ReportRenderer)

public:
    ReportComparisonSection(const ReportModel& model, const ReportFonts& fonts,
                            const TextTranslator& translator, const QLocale& locale)
        : m_model(model), m_fonts(fonts), m_translator(translator), m_locale(locale)
    {
    }

    void layout(ReportPageLayout& layout) const;
    const TextTranslator& translator() const { return m_translator; }

    // Sets model.comparison and, when a figure got worse, puts a finding first (in translator's language,
    // its English beside it).
    static void attach(ReportModel& model, const ReportComparison& comparison,
                       const TextTranslator& translator);

private:
    const ReportModel& m_model;
    const ReportFonts& m_fonts;
    TextTranslator m_translator;
    QLocale m_locale;
};

} // namespace etcddrill
