// journal "drill-finished": the last line of a drill that ended on its own terms (not of one whose console
// died): the outcome (DrillSummary::outcomeName), the reason and the headline in English with their texts,
// and where summary.json was written (empty when it could not be).
#pragma once

#include "JournalKind.h"

#include "i18n/LocalizedText.h"

#include <QJsonObject>
#include <QString>

namespace etcddrill {

struct DrillFinishedRecord
{
    static constexpr JournalKind kKind = JournalKind::DrillFinished;

    QString outcome;
    LocalizedText reason;
    LocalizedText headline;
    QString summaryFile;

    QJsonObject toJson() const;
    static DrillFinishedRecord fromJson(const QJsonObject& json);
};

} // namespace etcddrill
