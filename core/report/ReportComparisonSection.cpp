#include "ReportComparisonSection.h"

#include "ReportFonts.h"
#include "ReportPageLayout.h"
#include "ReportPalette.h"
#include "ReportTableWriter.h"

#include <QCoreApplication>
#include <QDir>

namespace etcddrill {

namespace {

// Marked for lupdate apart from the call: it reads translate("ctx", QT_TRANSLATE_NOOP(…)) as a call whose
// text is not a literal and drops both.
const char* const kWorse = QT_TRANSLATE_NOOP("ReportRenderer", "worse");
const char* const kBetter = QT_TRANSLATE_NOOP("ReportRenderer", "better");
const char* const kSame = QT_TRANSLATE_NOOP("ReportRenderer", "about the same");
const char* const kNotComparable = QT_TRANSLATE_NOOP("ReportRenderer", "not comparable");
const char* const kFindingTitle = QT_TRANSLATE_N_NOOP(
    "ReportRenderer", "%n key figure(s) got worse than in the previous drill of this cluster (%1)");

QString changeText(ComparedFigure::Change change, const TextTranslator& t)
{
    switch (change) {
    case ComparedFigure::Change::Worse:
        return t.translate("ReportRenderer", kWorse);
    case ComparedFigure::Change::Better:
        return t.translate("ReportRenderer", kBetter);
    case ComparedFigure::Change::Same:
        return t.translate("ReportRenderer", kSame);
    case ComparedFigure::Change::NotComparable:
        break;
    }
    return t.translate("ReportRenderer", kNotComparable);
}

} // namespace

void ReportComparisonSection::layout(ReportPageLayout& layout) const
{
    if (!m_model.comparison)
        return;
    const ReportComparison& c = *m_model.comparison;
    layout.paragraph(tr("Set against the previous drill of %1: %2 by %3, outcome %4 (%5). A figure is marked "
                        "worse when it grew by more than 500 ms and 25 % (durations), by more than half a "
                        "percentage point and 25 % (error rates), or at all (lost writes, failed write "
                        "checks, a verdict that no longer passed).")
                         .arg(m_model.cluster,
                              c.previousStartedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                              c.previousOperator.isEmpty() ? QStringLiteral("?") : c.previousOperator,
                              ComparedFigure::outcomeText(c.previousOutcome).translated(),
                              QDir::toNativeSeparators(c.previousFolder)),
                     m_fonts.body(), ReportPalette::text());
    layout.advance(20);
    ReportTableWriter table(layout, m_fonts,
                            {{tr("Figure"), 2.0},
                             {tr("Previous drill"), 1.3, true},
                             {tr("This drill"), 1.3, true},
                             {tr("Change"), 1.1}});
    for (const ComparedFigure& f : c.figures) {
        if (f.change == ComparedFigure::Change::NotComparable && !f.current && !f.previous)
            continue;
        const bool worse = f.worse();
        const QColor color = worse ? ReportPalette::fail() : QColor();
        ReportTableRow row;
        row.cells = {{f.label.translated(m_translator), {}, false},
                     {f.previousText().translated(m_translator), {}, false},
                     {f.currentText().translated(m_translator), color, worse},
                     {changeText(f.change, m_translator), color, worse}};
        if (worse)
            row.bar = ReportPalette::fail();
        table.addRow(row);
    }
    table.finish();
}

void ReportComparisonSection::attach(ReportModel& model, const ReportComparison& comparison,
                                     const TextTranslator& translator)
{
    model.comparison = comparison;
    const int worse = comparison.worse();
    if (worse == 0)
        return;
    QStringList shown;
    QStringList english;
    for (const ComparedFigure& f : comparison.figures) {
        if (!f.worse())
            continue;
        const LocalizedText line =
            LocalizedText::make("DrillHistory", QT_TRANSLATE_NOOP("DrillHistory", "%1 %2 → %3"), f.label,
                                f.previousText(), f.currentText());
        shown << line.translated(translator);
        english << line.english();
    }
    const QString date =
        comparison.previousStartedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    ReportFinding finding;
    finding.severity = ReportFinding::Severity::Problem;
    finding.title = translator.translate("ReportRenderer", kFindingTitle, nullptr, worse).arg(date);
    finding.evidence = shown.join(QStringLiteral("; "));
    finding.englishTitle =
        QStringLiteral("%1 key figure(s) got worse than in the previous drill of this cluster (%2)")
            .arg(worse)
            .arg(date);
    finding.englishEvidence = english.join(QStringLiteral("; "));
    model.findings.prepend(finding);
}

} // namespace etcddrill
