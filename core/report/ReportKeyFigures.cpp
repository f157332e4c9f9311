#include "ReportKeyFigures.h"

#include "ReportFonts.h"
#include "ReportImpactFigures.h"
#include "ReportPageLayout.h"
#include "ReportPalette.h"
#include "ReportRenderer.h"
#include "ReportTableWriter.h"
#include "drill/DrillText.h"
#include "drill/HypothesisLine.h"

namespace etcddrill {

namespace {

QString durationText(double ms, const TextTranslator& translator)
{
    return ReportRenderer::durationText(ms, translator);
}

QString optionalDuration(const std::optional<double>& ms, const TextTranslator& translator)
{
    return ms ? ReportRenderer::durationText(*ms, translator) : QStringLiteral("—");
}

} // namespace

void ReportKeyFigures::waysIn(ReportPageLayout& layout, bool waysOnly) const
{
    QStringList targets;
    for (const ReportTargetImpact& t : m_model.impact)
        targets.append(t.target);
    const QStringList shown = waysOnly ? ReportImpactFigures::waysIn(targets, {}) : targets;
    // Per way in, what clients felt: how many calls worked over the drill, how many failed while the target
    // was down, the longest hard outage and how long the way in was degraded (a share failing).
    ReportTableWriter ways(layout, m_fonts,
                           {{tr("Target"), 2},
                            {tr("Availability"), 1.3, true},
                            {tr("Error rate while down"), 1.8, true},
                            {tr("Longest outage"), 1.4, true},
                            {tr("Degraded"), 1.6, true}});
    for (const ReportTargetImpact& t : m_model.impact) {
        if (!shown.contains(t.target))
            continue;
        const auto percent = [](qint64 part, qint64 whole) {
            return whole ? QStringLiteral("%1 %").arg(100.0 * double(part) / double(whole), 0, 'f', 2)
                         : QStringLiteral("—");
        };
        ReportTableRow row;
        // Red when the verdict's error-rate line of this target failed; without such a line, any failure.
        bool hurt = t.downFailed > 0;
        const QString errorRateName = DrillText::make(HypothesisLine::kErrorRateName, t.target).english();
        for (const ReportHypothesisLine& line : m_model.hypothesis) {
            if (line.name == errorRateName)
                hurt = !line.passed;
        }
        row.cells = {{t.target, {}, true},
                     {percent(t.samples - t.failedSamples, t.samples), {}, false},
                     {percent(t.downFailed, t.downSamples), hurt ? ReportPalette::fail() : QColor(), hurt},
                     {t.windows ? durationText(t.longestOutageMs, translator()) : tr("none"), {}, false},
                     {t.degradedPeriods ? tr("%1 in %n period(s)", nullptr, t.degradedPeriods)
                                              .arg(durationText(t.degradedMs, translator()))
                                        : tr("never"),
                      t.degradedPeriods ? ReportPalette::fail() : QColor(), false}};
        ways.addRow(row);
    }
    if (m_model.impact.isEmpty())
        ways.addRow(QStringList{tr("no probe data")});
    ways.finish();
}

void ReportKeyFigures::layout(ReportPageLayout& layout,
                              const std::function<void(const QString&)>& subheading) const
{
    subheading(tr("Client impact per probe target"));
    waysIn(layout, false);

    subheading(tr("Outage per probe target"));
    ReportTableWriter impact(layout, m_fonts,
                             {{tr("Target"), 2},
                              {tr("Probes"), 1.1, true},
                              {tr("Failed"), 1, true},
                              {tr("Windows"), 1, true},
                              {tr("Total outage"), 1.4, true},
                              {tr("Longest window"), 1.4, true},
                              {tr("Limit"), 1.2, true}});
    for (const ReportTargetImpact& t : m_model.impact) {
        ReportTableRow row;
        const bool over = t.maxOutageMs && t.longestOutageMs > *t.maxOutageMs;
        const QColor failColor = t.failedSamples > 0 ? ReportPalette::fail() : QColor();
        row.cells = {
            {t.target, {}, true},
            {QString::number(t.samples), {}, false},
            {QString::number(t.failedSamples), failColor, false},
            {QString::number(t.windows), {}, false},
            {durationText(t.totalOutageMs, translator()), {}, false},
            {durationText(t.longestOutageMs, translator()), over ? ReportPalette::fail() : QColor(), over},
            {t.maxOutageMs ? durationText(*t.maxOutageMs, translator()) : QStringLiteral("—"), {}, false}};
        if (over)
            row.bar = ReportPalette::fail();
        impact.addRow(row);
    }
    if (m_model.impact.isEmpty())
        impact.addRow(QStringList{tr("no probe data")});
    impact.finish();

    subheading(tr("Cluster figures"));
    const QString node = m_model.targetNode.isEmpty() ? tr("the target") : m_model.targetNode;
    ReportTableWriter figures(layout, m_fonts,
                              {{tr("Figure"), 3}, {tr("Value"), 2, true}, {tr("Measured"), 4}});
    figures.addRow({tr("Leader election"), optionalDuration(m_model.electionMs, translator()),
                    m_model.electionMs ? tr("a new leader after the old one stopped")
                                       : tr("no election: the leader did not change")});
    figures.addRow({tr("Time to detect the stop"), optionalDuration(m_model.detectStopMs, translator()),
                    tr("stop command → %1's etcd stopped answering").arg(node)});
    figures.addRow({tr("Time to answer again"), optionalDuration(m_model.answeredMs, translator()),
                    tr("start command → %1's etcd answered").arg(node)});
    figures.addRow({tr("Recovery time"), optionalDuration(m_model.recoveryMs, translator()),
                    tr("start command → same member back and caught up")});
    figures.addRow({tr("%1 catch-up time").arg(node), optionalDuration(m_model.catchUpMs, translator()),
                    tr("answered → raft index within the allowed lag")});
    ReportTableRow writes;
    writes.cells = {{tr("Write checks"), {}, false},
                    {tr("%1 passed, %2 failed").arg(m_model.writeChecksPassed).arg(m_model.writeChecksFailed),
                     m_model.writeChecksFailed > 0 ? ReportPalette::fail() : QColor(),
                     m_model.writeChecksFailed > 0},
                    {tr("write, read back and delete through the survivors"), {}, false}};
    if (m_model.writeChecksFailed > 0)
        writes.bar = ReportPalette::fail();
    figures.addRow(writes);
    figures.finish();
}

} // namespace etcddrill
