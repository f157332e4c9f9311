// One key figure of a drill next to the same figure of the previous drill of its cluster: "vip: longest
// outage 1.2 s → 4.8 s", marked worse when it grew by more than DrillComparison's margin, better when it
// shrank by as much. Made by core/history's DrillComparison, shown by the report, `run` and the console; a
// value type.
#pragma once

#include "i18n/LocalizedText.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace etcddrill {

struct ComparedFigure
{
    enum class Unit { Milliseconds, Ratio, Count, Outcome };
    enum class Change { Same, Worse, Better, NotComparable };

    QString key;         // stable: "vip.longest-outage", "vip.error-rate", "election", "verdict", …
    LocalizedText label; // "vip: longest outage"
    Unit unit = Unit::Milliseconds;
    std::optional<double> current; // Outcome: 1 passed, 0 not
    std::optional<double> previous;
    // Shown instead of the number when set: the outcome ("passed", "hypothesis-failed", …), "agree"/"differ".
    QString currentOutcome;
    QString previousOutcome;
    Change change = Change::NotComparable;

    bool worse() const { return change == Change::Worse; }
    LocalizedText currentText() const;
    LocalizedText previousText() const;
    // "vip: longest outage 1.2 s → 4.8 s (worse)"
    LocalizedText line() const;
    // How far it moved, signed: "+493 ms", "−0.11 points", "+1"; empty without both values or for outcomes.
    // Shown beside "about the same", so a change just under the margin is not hidden by the rounding. In the
    // installed language.
    QString deltaText() const;
    static QString changeName(Change change); // "same", "worse", "better", "not-comparable"
    // What an outcome or a hash comparison is called on screen and on paper: "hypothesis-failed" →
    // "hypothesis failed" (translated), "agree" → "hashes agree"; anything else as it is.
    static LocalizedText outcomeText(const QString& outcome);
    QJsonObject toJson() const;
};

} // namespace etcddrill
