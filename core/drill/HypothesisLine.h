// One line of the drill's verdict: a hypothesis (what the operator expects the cluster to survive) next to
// what was measured. A value type, part of DrillVerdict.
#pragma once

#include "i18n/LocalizedText.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace etcddrill {

struct HypothesisLine
{
    // The name of a probe target's error-rate line ("error rate of domain while the target was down"): one
    // template for the verdict that writes it and the report that looks it up.
    static constexpr char kErrorRateName[] =
        QT_TRANSLATE_NOOP("DrillText", "error rate of %1 while the target was down");
    // The name of a probe target's availability line (min-availability), for the verdict and the report.
    static constexpr char kAvailabilityName[] = QT_TRANSLATE_NOOP("DrillText", "availability of %1");

    QString name;     // "longest outage of vip", "write failures", "leader election", "recovery"
    QString expected; // "at most 5s"; "no limit" for an informational line
    QString measured; // "1.234 s in 1 window", "0 of 12 write checks failed"
    bool passed = true;
    bool informational = false; // nothing to hold it against (no max-outage, a follower was stopped)
    // name, expected and measured as templates with arguments (DrillText) for a face or a report to
    // translate; the strings above are their English rendering. Empty when the line was built from strings.
    LocalizedText nameText;
    LocalizedText expectedText;
    LocalizedText measuredText;

    void setTexts(const LocalizedText& name_, const LocalizedText& expected_, const LocalizedText& measured_)
    {
        nameText = name_;
        expectedText = expected_;
        measuredText = measured_;
        name = name_.english();
        expected = expected_.english();
        measured = measured_.english();
    }
    QString translatedName() const { return nameText.isEmpty() ? name : nameText.translated(); }
    QString translatedExpected() const
    {
        return expectedText.isEmpty() ? expected : expectedText.translated();
    }
    QString translatedMeasured() const
    {
        return measuredText.isEmpty() ? measured : measuredText.translated();
    }

    // "PASS  longest outage of vip: 1.234 s (expected at most 5s)".
    QString describe() const
    {
        const QString mark = informational ? QStringLiteral("INFO")
                             : passed      ? QStringLiteral("PASS")
                                           : QStringLiteral("FAIL");
        return QStringLiteral("%1  %2: %3 (expected %4)").arg(mark, name, measured, expected);
    }
    // describe() in the installed translation.
    QString describeTranslated() const
    {
        const char* mark = informational ? QT_TRANSLATE_NOOP("DrillText", "INFO")
                           : passed      ? QT_TRANSLATE_NOOP("DrillText", "PASS")
                                         : QT_TRANSLATE_NOOP("DrillText", "FAIL");
        return LocalizedText::make("DrillText", QT_TRANSLATE_NOOP("DrillText", "%1  %2: %3 (expected %4)"),
                                   LocalizedText("DrillText", mark), translatedName(), translatedMeasured(),
                                   translatedExpected())
            .translated();
    }
    // The English fields, plus "texts": {"name"|"expected"|"measured": LocalizedText JSON} when templated.
    QJsonObject toJson() const
    {
        QJsonObject json{{QStringLiteral("name"), name},
                         {QStringLiteral("expected"), expected},
                         {QStringLiteral("measured"), measured},
                         {QStringLiteral("passed"), passed},
                         {QStringLiteral("informational"), informational}};
        QJsonObject texts;
        if (nameText.isTranslatable())
            texts.insert(QStringLiteral("name"), nameText.toJson());
        if (expectedText.isTranslatable())
            texts.insert(QStringLiteral("expected"), expectedText.toJson());
        if (measuredText.isTranslatable())
            texts.insert(QStringLiteral("measured"), measuredText.toJson());
        if (!texts.isEmpty())
            json.insert(QStringLiteral("texts"), texts);
        return json;
    }
};

} // namespace etcddrill
