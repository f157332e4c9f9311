#include "DrillComparison.h"

#include "DrillHistory.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace etcddrill {

namespace {

ComparedFigure::Change judge(ComparedFigure::Unit unit, const std::optional<double>& current,
                             const std::optional<double>& previous)
{
    if (!current || !previous)
        return ComparedFigure::Change::NotComparable;
    const double delta = *current - *previous;
    double margin = 0;
    switch (unit) {
    case ComparedFigure::Unit::Milliseconds:
        margin = std::max(DrillComparison::kDurationMarginMs, DrillComparison::kRelativeMargin * *previous);
        break;
    case ComparedFigure::Unit::Ratio:
        margin = std::max(DrillComparison::kRateMargin, DrillComparison::kRelativeMargin * *previous);
        break;
    case ComparedFigure::Unit::Count:
    case ComparedFigure::Unit::Outcome:
        margin = 0.5; // any whole step
        break;
    }
    if (delta > margin)
        return ComparedFigure::Change::Worse;
    if (-delta > margin)
        return ComparedFigure::Change::Better;
    return ComparedFigure::Change::Same;
}

ComparedFigure figure(const QString& key, const LocalizedText& label, ComparedFigure::Unit unit,
                      const std::optional<double>& current, const std::optional<double>& previous)
{
    ComparedFigure f;
    f.key = key;
    f.label = label;
    f.unit = unit;
    f.current = current;
    f.previous = previous;
    f.change = judge(unit, current, previous);
    return f;
}

int kindRank(const QString& kind)
{
    if (kind == QLatin1String("vip"))
        return 0;
    if (kind == QLatin1String("domain"))
        return 1;
    if (kind == QLatin1String("apiserver"))
        return 3;
    return 2;
}

} // namespace

QList<ComparedFigure> DrillComparison::compare(const DrillHistoryEntry& current,
                                               const DrillHistoryEntry& previous)
{
    QList<ComparedFigure> figures;
    // The verdict: worse when a passed drill is followed by one that did not pass (1 → 0 "passed").
    {
        ComparedFigure verdict;
        verdict.key = QStringLiteral("verdict");
        verdict.label = LocalizedText::make("DrillHistory", QT_TRANSLATE_NOOP("DrillHistory", "verdict"));
        verdict.unit = ComparedFigure::Unit::Outcome;
        verdict.currentOutcome = current.outcome;
        verdict.previousOutcome = previous.outcome;
        verdict.current = current.passed() ? 1.0 : 0.0;
        verdict.previous = previous.passed() ? 1.0 : 0.0;
        // Higher is better here: flip the sense.
        verdict.change = judge(ComparedFigure::Unit::Outcome, verdict.previous, verdict.current);
        figures.append(verdict);
    }
    QList<DrillHistoryEntry::Target> targets = current.targets;
    std::stable_sort(targets.begin(), targets.end(),
                     [](const auto& a, const auto& b) { return kindRank(a.kind) < kindRank(b.kind); });
    for (const DrillHistoryEntry::Target& t : std::as_const(targets)) {
        const DrillHistoryEntry::Target* before = previous.target(t.name);
        // A way in that was never hurt, then or now, says nothing: left out.
        if (before && t.failed == 0 && before->failed == 0 && t.longestOutageMs == 0 &&
            before->longestOutageMs == 0)
            continue;
        figures.append(
            figure(t.name + QStringLiteral(".longest-outage"),
                   LocalizedText::make("DrillHistory",
                                       QT_TRANSLATE_NOOP("DrillHistory", "%1: longest outage"), t.name),
                   ComparedFigure::Unit::Milliseconds, t.longestOutageMs,
                   before ? std::optional<double>(before->longestOutageMs) : std::nullopt));
        figures.append(figure(
            t.name + QStringLiteral(".error-rate"),
            LocalizedText::make("DrillHistory", QT_TRANSLATE_NOOP("DrillHistory", "%1: error rate"), t.name),
            ComparedFigure::Unit::Ratio, t.samples > 0 ? std::optional<double>(t.errorRate()) : std::nullopt,
            before && before->samples > 0 ? std::optional<double>(before->errorRate()) : std::nullopt));
    }
    figures.append(
        figure(QStringLiteral("election"),
               LocalizedText::make("DrillHistory", QT_TRANSLATE_NOOP("DrillHistory", "leader election")),
               ComparedFigure::Unit::Milliseconds, current.electionMs, previous.electionMs));
    figures.append(figure(QStringLiteral("recovery"),
                          LocalizedText::make("DrillHistory", QT_TRANSLATE_NOOP("DrillHistory", "recovery")),
                          ComparedFigure::Unit::Milliseconds, current.recoveryMs, previous.recoveryMs));
    figures.append(figure(QStringLiteral("catch-up"),
                          LocalizedText::make("DrillHistory", QT_TRANSLATE_NOOP("DrillHistory", "catch-up")),
                          ComparedFigure::Unit::Milliseconds, current.catchUpMs, previous.catchUpMs));
    figures.append(figure(
        QStringLiteral("write-checks-failed"),
        LocalizedText::make("DrillHistory", QT_TRANSLATE_NOOP("DrillHistory", "failed write checks")),
        ComparedFigure::Unit::Count, double(current.writeChecksFailed), double(previous.writeChecksFailed)));
    if (current.dataSafetyRecorded || previous.dataSafetyRecorded) {
        figures.append(
            figure(QStringLiteral("lost-writes"),
                   LocalizedText::make("DrillHistory",
                                       QT_TRANSLATE_NOOP("DrillHistory", "acknowledged writes lost")),
                   ComparedFigure::Unit::Count,
                   current.dataSafetyRecorded ? std::optional<double>(current.lostWrites) : std::nullopt,
                   previous.dataSafetyRecorded ? std::optional<double>(previous.lostWrites) : std::nullopt));
        const auto disagree = [](const DrillHistoryEntry& e) -> std::optional<double> {
            if (!e.hashesAgree)
                return std::nullopt;
            return *e.hashesAgree ? 0.0 : 1.0;
        };
        ComparedFigure hashes = figure(
            QStringLiteral("hashes-disagree"),
            LocalizedText::make("DrillHistory", QT_TRANSLATE_NOOP("DrillHistory", "members' data (HashKV)")),
            ComparedFigure::Unit::Count, disagree(current), disagree(previous));
        const auto words = [](const std::optional<double>& v) {
            return !v ? QString() : *v == 0 ? QStringLiteral("agree") : QStringLiteral("differ");
        };
        hashes.currentOutcome = words(hashes.current);
        hashes.previousOutcome = words(hashes.previous);
        figures.append(hashes);
    }
    return figures;
}

bool DrillComparison::anyWorse(const QList<ComparedFigure>& figures)
{
    return std::any_of(figures.begin(), figures.end(), [](const ComparedFigure& f) { return f.worse(); });
}

ReportComparison DrillComparison::toReport(const DrillHistoryEntry& previous,
                                           const QList<ComparedFigure>& figures)
{
    ReportComparison c;
    c.previousFolder = previous.folder;
    c.previousStartedAt = previous.startedAt;
    c.previousOutcome = previous.outcome;
    c.previousOperator = previous.operatorUser;
    c.figures = figures;
    return c;
}

std::optional<ReportComparison> DrillComparison::forDrill(const QString& drillFolder,
                                                          const QStringList& moreFolders)
{
    const DrillHistoryEntry current = DrillHistory::read(drillFolder);
    if (!current.comparable())
        return std::nullopt; // an abort before the stop, a dry run, a cut-off journal: nothing to set against
    const std::optional<DrillHistoryEntry> previous = DrillHistory::previousOf(current, moreFolders);
    if (!previous)
        return std::nullopt;
    return toReport(*previous, compare(current, *previous));
}

QJsonObject DrillComparison::toJson(const DrillHistoryEntry& previous, const QList<ComparedFigure>& figures)
{
    QJsonArray list;
    int worse = 0;
    for (const ComparedFigure& f : figures) {
        list.append(f.toJson());
        worse += f.worse() ? 1 : 0;
    }
    return QJsonObject{
        {QStringLiteral("previous"),
         QJsonObject{{QStringLiteral("folder"), previous.folder},
                     {QStringLiteral("started_at"), previous.startedAt.toString(Qt::ISODate)},
                     {QStringLiteral("outcome"), previous.outcome}}},
        {QStringLiteral("figures"), list},
        {QStringLiteral("worse"), worse},
    };
}

} // namespace etcddrill
