// The report's "Data safety" section: how the client workload's writes were checked (two sentences), the
// figures (puts and what came of them, acknowledged writes lost, changes behind the workload's back, the
// watch, every member's HashKV), the workload per phase (success rate, latency) and the first findings by
// key and revision, then the cleanup. From the journal's data-safety line (ReportModel::dataSafety). Its
// texts keep ReportRenderer's translation context. A value over the model; any thread (the export thread).
#pragma once

#include "ReportModel.h"
#include "i18n/TextTranslator.h"

#include <QLocale>

namespace etcddrill {

class ReportFonts;
class ReportPageLayout;

class ReportDataSafety
{
    ETCDDRILL_TR_FUNCTIONS(ReportRenderer)

public:
    ReportDataSafety(const ReportModel& model, const ReportFonts& fonts, const TextTranslator& translator,
                     const QLocale& locale)
        : m_model(model), m_fonts(fonts), m_translator(translator), m_locale(locale)
    {
    }

    void layout(ReportPageLayout& layout) const;
    const TextTranslator& translator() const { return m_translator; }

private:
    const ReportModel& m_model;
    const ReportFonts& m_fonts;
    TextTranslator m_translator;
    QLocale m_locale;
};

} // namespace etcddrill
