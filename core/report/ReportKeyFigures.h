// The report's key figures: what clients felt per way in (availability over the drill, the error rate while
// the target was down, the longest hard outage, the time degraded; waysIn(), on page 1), and in the "Key
// figures" section the outage windows per probe target against their limit, and the cluster's figures (election, detection, answer, recovery, catch-up,
// write checks). Its texts keep ReportRenderer's translation context. A value over the model it is given;
// any thread (the export thread).
#pragma once

#include "ReportModel.h"
#include "i18n/TextTranslator.h"

#include <functional>

namespace etcddrill {

class ReportFonts;
class ReportPageLayout;

class ReportKeyFigures
{
    ETCDDRILL_TR_FUNCTIONS(ReportRenderer)

public:
    ReportKeyFigures(const ReportModel& model, const ReportFonts& fonts, const TextTranslator& translator)
        : m_model(model), m_fonts(fonts), m_translator(translator)
    {
    }

    // The table of client impact per way in (waysOnly: the VIP and the domain, when there are any; else
    // every probe target).
    void waysIn(ReportPageLayout& layout, bool waysOnly) const;
    // Lays the "Key figures" section out after its heading; `subheading` writes the title of each table.
    void layout(ReportPageLayout& layout, const std::function<void(const QString&)>& subheading) const;
    const TextTranslator& translator() const { return m_translator; }

private:
    const ReportModel& m_model;
    const ReportFonts& m_fonts;
    TextTranslator m_translator;
};

} // namespace etcddrill
