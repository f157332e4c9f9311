// One check of the drill with what was measured, what was expected and the outcome: "M1 healthy", "probe
// vip", "quorum held", "same member ID". A value type carried by DrillEngine::checkFinished, written to the
// journal and listed in the summary.
#pragma once

#include "DrillStep.h"

#include "i18n/LocalizedText.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace etcddrill {

struct DrillCheck
{
    enum class Status { Passed, Failed, Skipped };

    DrillStep::Id step = DrillStep::Id::Preflight;
    QString name; // short and stable within a drill: "etcd M1", "probe vip", "fault: manifest present"
    Status status = Status::Passed;
    QString measured; // "healthy, leader M2, raft index 1234"
    QString expected; // "healthy"
    QString detail;   // what failed and what to do; empty when passed
    // --override-preflight may go past a failed check only when this is set. The lock, the target and the
    // fault's own checks are never overridable: without them the stop would not be safe or not even possible.
    bool overridable = true;
    // The four texts above as templates with arguments (DrillText), for a face to show translated; the
    // QString fields are their English rendering. setTexts() keeps both in step; a check built from plain
    // strings has these empty and the translated*() getters fall back to the strings.
    LocalizedText nameText;
    LocalizedText measuredText;
    LocalizedText expectedText;
    LocalizedText detailText;

    // The name (a DrillText template, so also its stable id) of the write through the apiserver while the
    // target is down: the report counts these checks of step verify-survivors as write checks.
    static constexpr char kKubernetesWriteName[] = QT_TRANSLATE_NOOP("DrillText", "kubernetes write");

    bool passed() const { return status != Status::Failed; }
    // A check of `step` from its texts: Passed or Failed as `passed` says.
    static DrillCheck make(DrillStep::Id step, const LocalizedText& name, bool passed,
                           const LocalizedText& measured, const LocalizedText& expected,
                           const LocalizedText& detail = {}, bool overridable = true);

    void setTexts(const LocalizedText& name, const LocalizedText& measured, const LocalizedText& expected,
                  const LocalizedText& detail = {});
    QString translatedName() const { return nameText.isEmpty() ? name : nameText.translated(); }
    QString translatedMeasured() const
    {
        return measuredText.isEmpty() ? measured : measuredText.translated();
    }
    QString translatedExpected() const
    {
        return expectedText.isEmpty() ? expected : expectedText.translated();
    }
    QString translatedDetail() const { return detailText.isEmpty() ? detail : detailText.translated(); }

    static QString statusName(Status status); // "passed", "failed", "skipped"
    // "PASS  etcd M1: healthy (expected healthy)" plus the detail when there is one.
    QString describe() const;
    QString describeTranslated() const; // the same in the installed translation
    // JSON for the journal and summary.json: the English fields, plus "texts": {"name": LocalizedText JSON,
    // …} for those that carry a template.
    QJsonObject toJson() const;
};

} // namespace etcddrill

Q_DECLARE_METATYPE(etcddrill::DrillCheck)
