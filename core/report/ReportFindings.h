// Findings: what a drill's data says about the cluster, each with the figures it rests on, derived from a
// ReportModel alone (so a replayed or re-rendered report finds the same). One small rule per finding; a rule
// without the data it needs says nothing rather than guess. title/evidence are translated (context
// "ReportFindings") in the language of `translator` (default: the application's installed translators);
// englishTitle/englishEvidence are the same in English (the JSON export). Stateless; any thread.
#pragma once

#include "ReportModel.h"
#include "i18n/TextTranslator.h"

#include <QList>

namespace etcddrill {

class ReportFindings
{
public:
    static QList<ReportFinding> derive(const ReportModel& model, const TextTranslator& translator = {});
};

} // namespace etcddrill
