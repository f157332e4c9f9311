#include "ReportDataSafety.h"

#include "ReportFonts.h"
#include "ReportPageLayout.h"
#include "ReportPalette.h"
#include "ReportPhaseTable.h"
#include "ReportRenderer.h"
#include "ReportTableWriter.h"

#include "drill/DataSafetyLines.h"

namespace etcddrill {

void ReportDataSafety::layout(ReportPageLayout& layout) const
{
    if (!m_model.dataSafety)
        return; // the workload was off, a dry run, or a journal older than it: no section
    const DataSafetyRecord& record = *m_model.dataSafety;
    const DataSafetyResult& r = record.result;
    layout.paragraph(
        tr("Method: from the stop gate's confirmation to the end of settle the drill put %1 new keys a "
           "second "
           "under "
           "%2, round-robin over the members that answered, never retrying, and watched the prefix on the "
           "target, "
           "re-opening the watch elsewhere from the last revision seen. After the recovery it read every key "
           "back linearizably and serializably from every member, compared the watch with the "
           "acknowledgements "
           "and asked every member for HashKV at one revision, as etcd's own robustness tests do.")
            .arg(r.rate)
            .arg(r.prefix),
        m_fonts.body(), ReportPalette::text());
    layout.advance(20);
    if (!record.verified)
        layout.paragraph(
            tr("The target was not back when the drill ended: the keys were deleted, not checked."),
            m_fonts.body(), ReportPalette::fail());

    const QColor fail = ReportPalette::fail();
    ReportTableWriter figures(layout, m_fonts, {{tr("Check"), 1.6}, {tr("Result"), 3.4}});
    const auto row = [&figures](const QString& name, const QString& value, bool bad) {
        ReportTableRow line;
        line.cells = {{name, {}, false}, {value, bad ? ReportPalette::fail() : QColor(), bad}};
        figures.addRow(line);
    };
    row(tr("Puts"),
        tr("%1: %2 acknowledged, %3 unknown (%4 of them stored), %5 failed")
            .arg(m_locale.toString(r.puts), m_locale.toString(r.acknowledged), m_locale.toString(r.unknown),
                 m_locale.toString(r.unknownApplied), m_locale.toString(r.failed)),
        false);
    row(tr("Acknowledged writes lost"),
        !r.readDone
            ? tr("not checked: %1").arg(r.readError)
            : tr("%1 (at most %2 allowed); read linearizably and from %3%4")
                  .arg(r.lost)
                  .arg(record.lostWritesAllowed)
                  .arg(r.membersRead.join(QStringLiteral(", ")),
                       r.membersNotRead.isEmpty()
                           ? QString()
                           : tr("; not read from %1").arg(r.membersNotRead.join(QStringLiteral("; ")))),
        !r.readDone || r.lost > record.lostWritesAllowed || !r.membersNotRead.isEmpty());
    row(tr("Changes behind the workload's back"), QString::number(r.foreign), r.foreign > 0);
    row(tr("Revision order"),
        r.orderViolations == 0 ? tr("in order") : tr("%1 out of order").arg(r.orderViolations),
        r.orderViolations > 0);
    row(tr("Watch"),
        tr("%1 events; %2 missing, %3 twice, %4 out of order%5; opened: %6")
            .arg(r.watchEvents)
            .arg(r.watchMissing)
            .arg(r.watchDuplicated)
            .arg(r.watchOutOfOrder)
            .arg(r.watchCompacted ? tr("; revisions compacted away") : QString(),
                 r.watchOpens.join(QStringLiteral(", "))),
        !r.watchComplete());
    QStringList hashes;
    for (const DataSafetyResult::MemberHash& h : r.hashes)
        hashes.append(!h.answered ? QStringLiteral("%1: %2").arg(h.member, h.error)
                      : h.compactRevision > 0
                          ? tr("%1 %2 (compacted at %3)")
                                .arg(h.member)
                                .arg(h.hash, 8, 16, QLatin1Char('0'))
                                .arg(h.compactRevision)
                          : QStringLiteral("%1 %2").arg(h.member).arg(h.hash, 8, 16, QLatin1Char('0')));
    row(tr("HashKV"),
        r.hashes.isEmpty() ? tr("not asked")
                           : tr("%1 at revision %2 after %3 attempt(s): %4")
                                 .arg(r.hashesAgree ? tr("equal") : tr("NOT equal"))
                                 .arg(r.hashRevision)
                                 .arg(r.hashAttempts)
                                 .arg(hashes.join(QStringLiteral(", "))),
        !r.hashesAgree && record.hashesRequired);
    row(tr("Cleanup"),
        r.cleanedUp ? tr("%1 keys deleted").arg(m_locale.toString(r.deleted))
                    : tr("%1 keys deleted, then: %2. Delete the rest with: %3")
                          .arg(m_locale.toString(r.deleted), r.cleanupError, r.cleanupCommand),
        !r.cleanedUp);
    figures.finish();

    const ReportPhaseTable phases(m_model, m_fonts, m_translator, m_locale);
    ReportTableWriter table(layout, m_fonts,
                            {{tr("Phase"), 1.5},
                             {tr("Puts"), 0.9, true},
                             {tr("Acknowledged"), 1.4, true},
                             {tr("Unknown"), 1.0, true},
                             {tr("Failed"), 1.0, true},
                             {tr("p50"), 0.9, true},
                             {tr("p99"), 0.9, true}});
    for (const DataSafetyResult::Phase& p : r.phases) {
        ReportTableRow line;
        const auto ms = [this](const std::optional<double>& v) {
            return v ? ReportRenderer::durationText(*v, translator()) : QStringLiteral("—");
        };
        line.cells = {{phases.phaseText(p.name), {}, false},
                      {QString::number(p.puts), {}, false},
                      {p.puts ? QStringLiteral("%1 (%2 %)")
                                    .arg(p.ok)
                                    .arg(m_locale.toString(100.0 * p.successRate(), 'f', 2))
                              : QStringLiteral("—"),
                       p.ok < p.puts ? fail : QColor(), false},
                      {QString::number(p.unknown), p.unknown > 0 ? fail : QColor(), false},
                      {QString::number(p.failed), p.failed > 0 ? fail : QColor(), false},
                      {ms(p.p50Ms), {}, false},
                      {ms(p.p99Ms), {}, false}};
        table.addRow(line);
    }
    table.finish();

    if (!r.findings.isEmpty()) {
        ReportTableWriter list(
            layout, m_fonts,
            {{tr("Key"), 3.0}, {tr("Revision"), 0.9, true}, {tr("What"), 1.8}, {tr("Seen in"), 1.0}});
        for (const DataSafetyResult::Finding& f : r.findings)
            list.addRow(QStringList{f.key.isEmpty() ? tr("sequence %1").arg(f.sequence) : f.key,
                                    f.revision > 0 ? QString::number(f.revision) : QStringLiteral("—"),
                                    DataSafetyLines::findingName(f.what).translated(m_translator),
                                    f.member.isEmpty() ? tr("linearizable read") : f.member});
        list.finish();
        const int all = r.lost + r.foreign + r.orderViolations;
        if (all > r.findings.size())
            layout.paragraph(tr("The first %1 of %2 findings; the journal's data-safety line has the counts.")
                                 .arg(r.findings.size())
                                 .arg(all),
                             m_fonts.small(), ReportPalette::muted());
    }
    layout.advance(30);
    layout.paragraph(
        tr("Unknown: puts whose answer never came (a deadline, a lost connection); etcd may or may not "
           "have applied them, so they are counted, never judged. Failed: refused before etcd could "
           "apply them."),
        m_fonts.small(), ReportPalette::muted());
}

} // namespace etcddrill
