#include "ReportPhaseTable.h"

#include "ReportFonts.h"
#include "ReportPageLayout.h"
#include "ReportPalette.h"
#include "ReportRenderer.h"
#include "ReportTableWriter.h"

namespace etcddrill {

QString ReportPhaseTable::phaseText(const QString& phase) const
{
    if (phase == QLatin1String("before"))
        return tr("before the stop");
    if (phase == QLatin1String("during-fault"))
        return tr("target down");
    if (phase == QLatin1String("after-restore"))
        return tr("recovery");
    if (phase == QLatin1String("after-recovery"))
        return tr("after recovery");
    return phase;
}

void ReportPhaseTable::layout(ReportPageLayout& layout) const
{
    ReportTableWriter table(layout, m_fonts,
                            {{tr("Phase"), 1.5},
                             {tr("Target"), 1.4},
                             {tr("Probes"), 0.9, true},
                             {tr("Failed"), 1.4, true},
                             {tr("Longest outage"), 1.2, true},
                             {tr("Degraded"), 1.1, true},
                             {tr("p50"), 0.9, true},
                             {tr("p99"), 0.9, true},
                             {tr("max"), 0.9, true}});
    for (const ReportPhaseStats& s : m_model.phaseStats) {
        ReportTableRow row;
        const bool none = s.samples - s.failed <= 0;
        const auto ms = [none, this](double v) {
            return none ? QStringLiteral("—") : ReportRenderer::durationText(v, translator());
        };
        const QString failed =
            s.failed > 0 ? QStringLiteral("%1 (%2 %)")
                               .arg(s.failed)
                               .arg(m_locale.toString(100.0 * double(s.failed) / double(s.samples), 'f', 2))
                         : QStringLiteral("0");
        row.cells = {{phaseText(s.phase), {}, false},
                     {s.target, {}, false},
                     {QString::number(s.samples), {}, false},
                     {failed, s.failed > 0 ? ReportPalette::fail() : QColor(), false},
                     {s.longestOutageMs > 0 ? ReportRenderer::durationText(s.longestOutageMs, translator())
                                            : QStringLiteral("—"),
                      {},
                      false},
                     {s.degradedMs > 0 ? ReportRenderer::durationText(s.degradedMs, translator())
                                       : QStringLiteral("—"),
                      s.degradedMs > 0 ? ReportPalette::fail() : QColor(), false},
                     {ms(s.p50Ms), {}, false},
                     {ms(s.p99Ms), {}, false},
                     {ms(s.maxMs), {}, false}};
        table.addRow(row);
    }
    if (m_model.phaseStats.isEmpty())
        table.addRow(QStringList{tr("no probe data")});
    table.finish();
    layout.advance(30);
    layout.paragraph(
        tr("Phases: before the stop command; target down, from the stop command to the start "
           "command; recovery, until the target was back; after recovery, the settle to the end. "
           "Failed: of the phase's probes. Latency: of the successful probes."),
        m_fonts.small(), ReportPalette::muted());
}

} // namespace etcddrill
