// journal "step": a step of the procedure (DrillStep) changed state or detail. Written by
// DrillRecorder::setStep whenever either changes; a step that becomes passed, failed, skipped or
// waiting-for-operator is fsynced.
#pragma once

#include "JournalKind.h"

#include "i18n/LocalizedText.h"

#include <QJsonObject>
#include <QString>

namespace etcddrill {

struct StepRecord
{
    static constexpr JournalKind kKind = JournalKind::Step;

    QString step;         // DrillStep::idName: "preflight", "stop-target", …
    QString state;        // DrillStep::stateName: "running", "waiting-for-operator", "passed", …
    QString title;        // DrillStep::title, English
    LocalizedText detail; // one line; "texts" carries it only when it is a template

    QJsonObject toJson() const;
    static StepRecord fromJson(const QJsonObject& json);
};

} // namespace etcddrill
