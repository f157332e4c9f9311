#include "DrillCheck.h"

#include "DrillText.h"

#include <QCoreApplication>

namespace etcddrill {

DrillCheck DrillCheck::make(DrillStep::Id step, const LocalizedText& name, bool passed,
                            const LocalizedText& measured, const LocalizedText& expected,
                            const LocalizedText& detail, bool overridable)
{
    DrillCheck check;
    check.step = step;
    check.setTexts(name, measured, expected, detail);
    check.status = passed ? Status::Passed : Status::Failed;
    check.overridable = overridable;
    return check;
}

QString DrillCheck::statusName(Status status)
{
    switch (status) {
    case Status::Passed:
        return QStringLiteral("passed");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Skipped:
        return QStringLiteral("skipped");
    }
    return QStringLiteral("failed");
}

void DrillCheck::setTexts(const LocalizedText& name_, const LocalizedText& measured_,
                          const LocalizedText& expected_, const LocalizedText& detail_)
{
    nameText = name_;
    measuredText = measured_;
    expectedText = expected_;
    detailText = detail_;
    name = name_.english();
    measured = measured_.english();
    expected = expected_.english();
    detail = detail_.english();
}

QString DrillCheck::describeTranslated() const
{
    const char* mark = status == Status::Passed   ? QT_TRANSLATE_NOOP("DrillText", "PASS")
                       : status == Status::Failed ? QT_TRANSLATE_NOOP("DrillText", "FAIL")
                                                  : QT_TRANSLATE_NOOP("DrillText", "SKIP");
    QString line = DrillText::make(QT_TRANSLATE_NOOP("DrillText", "%1  %2: %3"), DrillText::make(mark),
                                   translatedName(), translatedMeasured())
                       .translated();
    if (!expected.isEmpty())
        line += DrillText::make(QT_TRANSLATE_NOOP("DrillText", " (expected %1)"), translatedExpected())
                    .translated();
    if (!detail.isEmpty())
        line += DrillText::make(QT_TRANSLATE_NOOP("DrillText", " — %1"), translatedDetail()).translated();
    return line;
}

QString DrillCheck::describe() const
{
    const QString mark = status == Status::Passed   ? QStringLiteral("PASS")
                         : status == Status::Failed ? QStringLiteral("FAIL")
                                                    : QStringLiteral("SKIP");
    QString line = QStringLiteral("%1  %2: %3").arg(mark, name, measured);
    if (!expected.isEmpty())
        line += QStringLiteral(" (expected %1)").arg(expected);
    if (!detail.isEmpty())
        line += QStringLiteral(" — %1").arg(detail);
    return line;
}

QJsonObject DrillCheck::toJson() const
{
    QJsonObject json{
        {QStringLiteral("step"), DrillStep::idName(step)},
        {QStringLiteral("name"), name},
        {QStringLiteral("status"), statusName(status)},
        {QStringLiteral("passed"), passed()},
        {QStringLiteral("measured"), measured},
        {QStringLiteral("expected"), expected},
    };
    if (!detail.isEmpty())
        json.insert(QStringLiteral("detail"), detail);
    if (!overridable)
        json.insert(QStringLiteral("overridable"), false);
    QJsonObject texts;
    const std::pair<const char*, const LocalizedText*> fields[] = {{"name", &nameText},
                                                                   {"measured", &measuredText},
                                                                   {"expected", &expectedText},
                                                                   {"detail", &detailText}};
    for (const auto& [key, text] : fields) {
        if (text->isTranslatable())
            texts.insert(QLatin1String(key), text->toJson());
    }
    if (!texts.isEmpty())
        json.insert(QStringLiteral("texts"), texts);
    return json;
}

} // namespace etcddrill
