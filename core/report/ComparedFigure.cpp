#include "ComparedFigure.h"

#include "i18n/DrillDuration.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace etcddrill {

namespace {

LocalizedText valueText(const ComparedFigure& f, const std::optional<double>& value, const QString& outcome)
{
    const ComparedFigure::Unit unit = f.unit;
    if (!outcome.isEmpty())
        return LocalizedText(outcome);
    if (unit == ComparedFigure::Unit::Outcome || !value)
        return LocalizedText(QStringLiteral("—"));
    if (*value == 0 && f.key.endsWith(QLatin1String(".longest-outage")))
        return LocalizedText::make("DrillHistory", QT_TRANSLATE_NOOP("DrillHistory", "no outage"));
    switch (unit) {
    case ComparedFigure::Unit::Milliseconds:
        return DrillDuration::fromMillis(*value);
    case ComparedFigure::Unit::Ratio:
        return LocalizedText(QStringLiteral("%1 %").arg(*value * 100.0, 0, 'f', *value < 0.1 ? 2 : 1));
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
