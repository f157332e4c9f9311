#include "ComparedFigure.h"

#include "i18n/DrillDuration.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <cmath>

namespace etcddrill {

namespace {

LocalizedText valueText(const ComparedFigure& f, const std::optional<double>& value, const QString& outcome)
{
    const ComparedFigure::Unit unit = f.unit;
    if (!outcome.isEmpty())
        return ComparedFigure::outcomeText(outcome);
    if (unit == ComparedFigure::Unit::Outcome || !value)
        return LocalizedText(QStringLiteral("—"));
    if (*value == 0 && f.key.endsWith(QLatin1String(".longest-outage")))
        return LocalizedText::make("DrillHistory", QT_TRANSLATE_NOOP("DrillHistory", "no outage"));
    switch (unit) {
    case ComparedFigure::Unit::Milliseconds:
        return DrillDuration::fromMillis(*value);
    case ComparedFigure::Unit::Ratio:
        return LocalizedText(QStringLiteral("%1 %").arg(*value * 100.0, 0, 'f', 2)); // as history's table
    case ComparedFigure::Unit::Count:
        return LocalizedText(QString::number(qint64(*value)));
    case ComparedFigure::Unit::Outcome:
        break;
    }
    return LocalizedText(QStringLiteral("—"));
}

} // namespace

LocalizedText ComparedFigure::currentText() const
{
    return valueText(*this, current, currentOutcome);
}

LocalizedText ComparedFigure::previousText() const
{
    return valueText(*this, previous, previousOutcome);
}

LocalizedText ComparedFigure::line() const
{
    switch (change) {
    case Change::Worse:
        return LocalizedText::make("DrillHistory", QT_TRANSLATE_NOOP("DrillHistory", "%1 %2 → %3 (worse)"),
                                   label, previousText(), currentText());
    case Change::Better:
        return LocalizedText::make("DrillHistory", QT_TRANSLATE_NOOP("DrillHistory", "%1 %2 → %3 (better)"),
                                   label, previousText(), currentText());
    case Change::Same:
    case Change::NotComparable:
        break;
    }
    return LocalizedText::make("DrillHistory", QT_TRANSLATE_NOOP("DrillHistory", "%1 %2 → %3"), label,
                               previousText(), currentText());
}

QString ComparedFigure::deltaText() const
{
    if (!current || !previous || unit == Unit::Outcome || !currentOutcome.isEmpty())
        return {};
    const double delta = *current - *previous;
    if (delta == 0)
        return {};
    const QString sign = delta < 0 ? QStringLiteral("\u2212") : QStringLiteral("+");
    switch (unit) {
    case Unit::Milliseconds:
        return sign + DrillDuration::fromMillis(std::abs(delta)).translated();
    case Unit::Ratio:
        return sign + QCoreApplication::translate("DrillHistory", "%1 points")
                          .arg(QString::number(std::abs(delta) * 100.0, 'f', 2));
    case Unit::Count:
        return sign + QString::number(qint64(std::abs(delta)));
    case Unit::Outcome:
        break;
    }
    return {};
}

LocalizedText ComparedFigure::outcomeText(const QString& outcome)
{
    static const std::pair<const char*, const char*> names[] = {
        {"passed", QT_TRANSLATE_NOOP("DrillHistory", "passed")},
        {"hypothesis-failed", QT_TRANSLATE_NOOP("DrillHistory", "hypothesis failed")},
        {"aborted", QT_TRANSLATE_NOOP("DrillHistory", "aborted")},
        {"preflight-failed", QT_TRANSLATE_NOOP("DrillHistory", "preflight failed")},
        {"restore-failed", QT_TRANSLATE_NOOP("DrillHistory", "restore FAILED")},
        {"incomplete", QT_TRANSLATE_NOOP("DrillHistory", "incomplete")},
        {"agree", QT_TRANSLATE_NOOP("DrillHistory", "hashes agree")},
        {"differ", QT_TRANSLATE_NOOP("DrillHistory", "hashes differ")},
    };
    for (const auto& [key, text] : names) {
        if (outcome == QLatin1String(key))
            return LocalizedText::make("DrillHistory", text);
    }
    return LocalizedText(outcome);
}

QString ComparedFigure::changeName(Change change)
{
    switch (change) {
    case Change::Same:
        return QStringLiteral("same");
    case Change::Worse:
        return QStringLiteral("worse");
    case Change::Better:
        return QStringLiteral("better");
    case Change::NotComparable:
        break;
    }
    return QStringLiteral("not-comparable");
}

QJsonObject ComparedFigure::toJson() const
{
    QJsonObject json{{QStringLiteral("key"), key},
                     {QStringLiteral("label"), label.english()},
                     {QStringLiteral("change"), changeName(change)},
                     {QStringLiteral("current_text"), currentText().english()},
                     {QStringLiteral("previous_text"), previousText().english()}};
    if (unit == Unit::Outcome) {
        json.insert(QStringLiteral("current"), currentOutcome);
        json.insert(QStringLiteral("previous"), previousOutcome);
    } else {
        json.insert(QStringLiteral("current"), current ? QJsonValue(*current) : QJsonValue());
        json.insert(QStringLiteral("previous"), previous ? QJsonValue(*previous) : QJsonValue());
    }
    return json;
}

} // namespace etcddrill
