#include "ReportRenderer.h"

#include "ReportChartPainter.h"
#include "ReportComparisonSection.h"
#include "ReportDataSafety.h"
#include "ReportFonts.h"
#include "ReportFormat.h"
#include "ReportImpactFigures.h"
#include "ReportKeyFigures.h"
#include "ReportPalette.h"
#include "ReportPhaseTable.h"
#include "ReportTableWriter.h"
#include "i18n/DrillDuration.h"

#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <cmath>

namespace etcddrill {

namespace {

// A4 in layout units (0.1 pt) and the margins (15 mm sides, 20 mm top and bottom for header and footer).
constexpr double kMarginSide = 425;
constexpr double kMarginTop = 600;
constexpr double kMarginBottom = 570;
constexpr double kGap = 120;
// QPdfWriter at 720 dpi makes one layout unit one device pixel: no scaling, exact vector coordinates.
constexpr int kPdfResolution = 720;

QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

QString countText(qint64 value)
{
    return value < 0 ? QStringLiteral("—") : QString::number(value);
}

// The model's code words (a timeline row's kind, a cluster's health, a member's role, a probe phase) in the
// report's language; a word this build does not know is shown as it is.
QString codeText(const QString& code, const TextTranslator& translator)
{
    static const char* const words[] = {
        QT_TRANSLATE_NOOP("ReportRenderer", "step"),
        QT_TRANSLATE_NOOP("ReportRenderer", "check"),
        QT_TRANSLATE_NOOP("ReportRenderer", "gate"),
        QT_TRANSLATE_NOOP("ReportRenderer", "command"),
        QT_TRANSLATE_NOOP("ReportRenderer", "cluster"),
        QT_TRANSLATE_NOOP("ReportRenderer", "outage"),
        QT_TRANSLATE_NOOP("ReportRenderer", "write"),
        QT_TRANSLATE_NOOP("ReportRenderer", "stop-condition"),
        QT_TRANSLATE_NOOP("ReportRenderer", "rollback"),
        QT_TRANSLATE_NOOP("ReportRenderer", "verdict"),
        QT_TRANSLATE_NOOP("ReportRenderer", "notice"),
        QT_TRANSLATE_NOOP("ReportRenderer", "recover"),
        QT_TRANSLATE_NOOP("ReportRenderer", "healthy"),
        QT_TRANSLATE_NOOP("ReportRenderer", "degraded"),
        QT_TRANSLATE_NOOP("ReportRenderer", "quorum-lost"),
        QT_TRANSLATE_NOOP("ReportRenderer", "leader"),
        QT_TRANSLATE_NOOP("ReportRenderer", "follower"),
        QT_TRANSLATE_NOOP("ReportRenderer", "learner"),
        QT_TRANSLATE_NOOP("ReportRenderer", "down"),
        QT_TRANSLATE_NOOP("ReportRenderer", "unknown"),
        QT_TRANSLATE_NOOP("ReportRenderer", "before"),
        QT_TRANSLATE_NOOP("ReportRenderer", "during-fault"),
        QT_TRANSLATE_NOOP("ReportRenderer", "after-restore"),
    };
    for (const char* word : words) {
        if (code == QLatin1String(word))
            return translator.translate("ReportRenderer", word);
    }
    return code;
}

} // namespace

ReportRenderer::ReportRenderer(ReportModel model, ReportRenderOptions options)
    : m_model(std::move(model)), m_options(std::move(options)),
      m_locale(m_options.language.startsWith(QLatin1String("zh"))
                   ? QLocale(QLocale::Chinese, QLocale::China)
                   : QLocale(QLocale::English, QLocale::UnitedKingdom)),
      m_fonts(std::make_unique<ReportFonts>(m_options.language))
{
    layout();
}

ReportRenderer::~ReportRenderer() = default;

QString ReportRenderer::durationText(double ms, const TextTranslator& translator)
{
    // The engine's own form ("250 ms", "1.2 s", "2 min 05 s"), so the report's figures read exactly as the
    // journal's headline and the console.
    return DrillDuration::fromMillis(ms).translated(translator);
}

QString ReportRenderer::bytesText(qint64 bytes)
{
    if (bytes < 0)
        return QStringLiteral("—");
    if (bytes < 1024)
        return QStringLiteral("%1 B").arg(bytes);
    if (bytes < 1024 * 1024)
        return QStringLiteral("%1 KiB").arg(number(bytes / 1024.0, 1));
    return QStringLiteral("%1 MiB").arg(number(bytes / (1024.0 * 1024.0), 1));
}

QString ReportRenderer::timeText(const QDateTime& time) const
{
    if (!time.isValid())
        return QStringLiteral("—");
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

QString ReportRenderer::relativeText(double monoMs) const
{
    const double rel = m_model.relativeMs(monoMs) / 1000.0;
    const QString sign = rel < 0 ? QStringLiteral("−") : QStringLiteral("+");
    const double a = std::abs(rel);
    const qint64 tenths = qint64(std::llround(a * 10));
    const qint64 s = tenths / 10;
    if (s >= 3600)
        return QStringLiteral("%1%2:%3:%4.%5")
            .arg(sign)
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'))
            .arg(tenths % 10);
    return QStringLiteral("%1%2:%3.%4")
        .arg(sign)
        .arg(s / 60)
        .arg(s % 60, 2, 10, QLatin1Char('0'))
        .arg(tenths % 10);
}

QString ReportRenderer::outcomeLabel() const
{
    QString label;
    const QString& o = m_model.outcome;
    if (o == QLatin1String("passed"))
        label = tr("PASSED");
    else if (o == QLatin1String("hypothesis-failed"))
        label = tr("FAILED");
    else if (o == QLatin1String("aborted"))
        label = tr("ABORTED");
    else if (o == QLatin1String("preflight-failed"))
        label = tr("NOT STARTED");
    else if (o == QLatin1String("restore-failed"))
        label = tr("RESTORE FAILED");
    else if (o == QLatin1String("dry-run"))
        label = tr("DRY RUN");
    else if (o == QLatin1String("incomplete") || o.isEmpty())
        label = tr("INCOMPLETE");
    else
        label = o.toUpper();
    if (m_model.rolledBack)
        label = tr("%1 — ROLLED BACK").arg(label);
    if (!m_model.complete && o != QLatin1String("incomplete") && !o.isEmpty())
        label = tr("%1 (INCOMPLETE JOURNAL)").arg(label);
    return label;
}

QColor ReportRenderer::outcomeColor() const
{
    if (m_model.outcome == QLatin1String("passed") && m_model.complete)
        return ReportPalette::pass();
    if (m_model.outcome == QLatin1String("dry-run"))
        return ReportPalette::info();
    if (!m_model.complete || m_model.rolledBack || m_model.outcome == QLatin1String("aborted"))
        return ReportPalette::warn();
    return ReportPalette::fail();
}

QString ReportRenderer::snapshotTitle(const QString& label) const
{
    if (label == QLatin1String("preflight"))
        return tr("At preflight");
    if (label == QLatin1String("before-stop"))
        return tr("Before the stop");
    if (label == QLatin1String("target-down"))
        return tr("With the target down");
    if (label == QLatin1String("end-of-observation"))
        return tr("End of the observation window");
    if (label == QLatin1String("after-recovery"))
        return tr("After recovery");
    if (label == QLatin1String("cluster-event"))
        return tr("At a cluster event");
    return label;
}

// --- layout ---------------------------------------------------------------------------------------------

void ReportRenderer::layout()
{
    const QMarginsF margins(kMarginSide, kMarginTop, kMarginSide, kMarginBottom);
    auto sections = std::make_shared<QList<Section>>();
    auto pages = std::make_unique<ReportPageLayout>(ReportPageLayout::a4().width(),
                                                    ReportPageLayout::a4().height(), margins);
    layoutInto(*pages, false, sections);
    if (pages->pageCount() >= m_options.tocMinPages) {
        // The contents' height depends only on the number of sections, so the second pass's page numbers
        // are final; the contents list reads them when it is painted.
        sections->clear();
        pages = std::make_unique<ReportPageLayout>(ReportPageLayout::a4().width(),
                                                   ReportPageLayout::a4().height(), margins);
        layoutInto(*pages, true, sections);
        m_hasToc = true;
    }
    m_sections = *sections;
    m_pages = std::move(pages);
}

void ReportRenderer::heading(ReportPageLayout& layout, const QString& text, QList<Section>* sections) const
{
    const QFont font = m_fonts->heading();
    const double lh = ReportPageLayout::lineHeight(font);
    // A heading keeps at least a few lines of its section with it.
    layout.ensure(lh + 900);
    if (!layout.atTop())
        layout.advance(kGap);
    if (sections)
        sections->append(Section{text, layout.page() + 1});
    const QPointF at(layout.left(), layout.y() + QFontMetricsF(font).ascent());
    const double w = layout.width();
    const double ruleY = layout.y() + lh + 10;
    const double x = layout.left();
    layout.add([text, font, at, x, w, ruleY](QPainter& p) {
        p.setFont(font);
        p.setPen(ReportPalette::text());
        p.drawText(at, text);
        p.setPen(QPen(ReportPalette::rule(), 6));
        p.drawLine(QPointF(x, ruleY), QPointF(x + w, ruleY));
    });
    layout.advance(lh + 70);
}

void ReportRenderer::subheading(ReportPageLayout& layout, const QString& text) const
{
    const QFont font = m_fonts->subheading();
    layout.ensure(ReportPageLayout::lineHeight(font) + 500);
    layout.advance(40);
    layout.paragraph(text, font, ReportPalette::text());
    layout.advance(30);
}

void ReportRenderer::layoutInto(ReportPageLayout& layout, bool withToc,
                                const std::shared_ptr<QList<Section>>& sections) const
{
    // Page 1 is for someone who was not on the call: what was concluded (the verdict with its judged
    // hypotheses), what clients felt per way in with one chart of all ways in, and why (the findings,
    // problems first). The figures have a fixed size and the findings do not: they come last, so that a
    // long list flows onto page 2 rather than pushing the figures off page 1. The details follow from page
    // 2: the drill's facts, the other figures, a chart per probe target, the members, the figures per phase,
    // and the timeline, line by line, as an appendix.
    titleBlock(layout);
    heading(layout, tr("Verdict"), sections.get());
    verdictBlock(layout, false);
    heading(layout, tr("Client impact per way in"), sections.get());
    waysIn(layout);
    heading(layout, tr("Findings"), sections.get());
    findings(layout);
    if (!layout.atTop())
        layout.newPage();
    if (withToc) {
        // Contents: one line per section, filled with the page numbers once the layout is done.
        const QStringList titles = [this] {
            QStringList t{tr("Verdict"), tr("Client impact per way in"), tr("Findings"), tr("Drill details"),
                          tr("Key figures")};
            if (m_model.dataSafety)
                t << tr("Data safety");
            if (m_model.comparison)
                t << tr("Compared with the previous drill");
            t << tr("Latency charts") << tr("Topology and members") << tr("Client impact per phase")
              << tr("Appendix: timeline");
            if (!m_model.problems.isEmpty())
                t << tr("Problems reading the drill's files");
            return t;
        }();
        heading(layout, tr("Contents"), nullptr);
        const QFont font = m_fonts->body();
        const double lh = ReportPageLayout::lineHeight(font) * 1.15;
        const double ascent = QFontMetricsF(font).ascent();
        const double x = layout.left();
        const double w = layout.width();
        for (int i = 0; i < titles.size(); ++i) {
            layout.ensure(lh);
            const double y = layout.y() + ascent;
            layout.add([sections, i, font, x, w, y](QPainter& p) {
                if (i >= sections->size())
                    return;
                const Section& s = sections->at(i);
                const QString page = QString::number(s.page);
                const QFontMetricsF fm(font);
                p.setFont(font);
                p.setPen(ReportPalette::text());
                p.drawText(QPointF(x + 60, y), QStringLiteral("%1  %2").arg(i + 1).arg(s.title));
                const double pw = fm.horizontalAdvance(page);
                p.drawText(QPointF(x + w - pw, y), page);
                const double dotsFrom =
                    x + 60 + fm.horizontalAdvance(QStringLiteral("%1  %2").arg(i + 1).arg(s.title)) + 40;
                p.setPen(QPen(ReportPalette::rule(), 6, Qt::DotLine));
                if (x + w - pw - 40 > dotsFrom)
                    p.drawLine(QPointF(dotsFrom, y - 10), QPointF(x + w - pw - 40, y - 10));
            });
            layout.advance(lh);
        }
        layout.advance(kGap);
    }
    heading(layout, tr("Drill details"), sections.get());
    detailsBlock(layout);
    heading(layout, tr("Key figures"), sections.get());
    keyFigures(layout);
    if (m_model.dataSafety) {
        heading(layout, tr("Data safety"), sections.get());
        ReportDataSafety(m_model, *m_fonts, translator(), m_locale).layout(layout);
    }
    if (m_model.comparison) {
        heading(layout, tr("Compared with the previous drill"), sections.get());
        ReportComparisonSection(m_model, *m_fonts, translator(), m_locale).layout(layout);
    }
    heading(layout, tr("Latency charts"), sections.get());
    charts(layout, false);
    heading(layout, tr("Topology and members"), sections.get());
    topology(layout);
    heading(layout, tr("Client impact per phase"), sections.get());
    percentiles(layout);
    heading(layout, tr("Appendix: timeline"), sections.get());
    timeline(layout);
    if (!m_model.problems.isEmpty()) {
        heading(layout, tr("Problems reading the drill's files"), sections.get());
        problems(layout);
    }
}

void ReportRenderer::titleBlock(ReportPageLayout& layout) const
{
    // The title and one line that says which drill this was; the rest of the facts are on page 2.
    layout.paragraph(tr("etcd HA drill report"), m_fonts->title(), ReportPalette::text());
    QStringList parts;
    if (!m_model.cluster.isEmpty())
        parts << tr("cluster %1").arg(m_model.cluster);
    parts << timeText(m_model.startedAt);
    const QString target = m_model.targetNode.isEmpty() ? m_model.targetSpec : m_model.targetNode;
    if (!target.isEmpty())
        parts << tr("target %1").arg(target);
    parts << tr("lasted %1").arg(durationText(m_model.endMonoMs - m_model.startMonoMs, translator()));
    if (!m_model.operatorUser.isEmpty())
        parts << tr("run by %1").arg(m_model.operatorUser);
    layout.paragraph(parts.join(QStringLiteral(" · ")), m_fonts->subheading(), ReportPalette::muted());
    if (m_model.dryRun) {
        layout.advance(40);
        layout.paragraph(tr("Dry run: every command was shown, none was run."), m_fonts->bodyBold(),
                         ReportPalette::info());
    }
    layout.advance(60);
}

void ReportRenderer::detailsBlock(ReportPageLayout& layout) const
{
    const QString startedLong =
        m_model.startedAt.isValid()
            ? QStringLiteral("%1 (%2)").arg(
                  timeText(m_model.startedAt),
                  m_locale.toString(m_model.startedAt.toUTC().date(), QLocale::LongFormat))
            : QStringLiteral("—");
    QString finished = timeText(m_model.finishedAt);
    if (!m_model.finishedAt.isValid())
        finished = tr("not recorded (the journal ends at %1)").arg(relativeText(m_model.endMonoMs));
    const QString duration = durationText(m_model.endMonoMs - m_model.startMonoMs, translator());
    QString target = m_model.targetNode.isEmpty() ? m_model.targetSpec : m_model.targetNode;
    if (!m_model.targetSpec.isEmpty() && m_model.targetSpec != m_model.targetNode &&
        !m_model.targetNode.isEmpty())
        target = tr("%1 (configured as %2)").arg(m_model.targetNode, m_model.targetSpec);
    if (!m_model.targetMemberId.isEmpty())
        target += tr(", member %1").arg(m_model.targetMemberId);
    const QList<std::pair<QString, QString>> facts = {
        {tr("Cluster"), m_model.cluster},
        {tr("Operator"), m_model.operatorUser},
        {tr("Host"), m_model.host},
        {tr("Started"), startedLong},
        {tr("Finished"), finished},
        {tr("Duration"), duration},
        {tr("Target"), target},
        {tr("Fault"), m_model.transport.isEmpty() ? m_model.fault
                                                  : tr("%1 over %2").arg(m_model.fault, m_model.transport)},
        {tr("etcd-drill version"), m_model.toolVersion},
        {tr("etcd version"), m_model.etcdVersion.isEmpty() ? QStringLiteral("—") : m_model.etcdVersion},
        {tr("Drill config"), m_model.configFile},
        {tr("Journal"), m_model.journalFile},
    };
    const QFont keyFont = m_fonts->bodyBold();
    const QFont valueFont = m_fonts->body();
    const double keyWidth = 1500;
    for (const auto& [key, value] : facts) {
        const QStringList lines = ReportPageLayout::wrap(value.isEmpty() ? QStringLiteral("—") : value,
                                                         valueFont, layout.width() - keyWidth);
        const double lh = ReportPageLayout::lineHeight(valueFont);
        layout.ensure(lh * lines.size());
        const double ascent = QFontMetricsF(valueFont).ascent();
        const double y = layout.y() + ascent;
        const double x = layout.left();
        layout.add([key, lines, keyFont, valueFont, x, y, lh, keyWidth](QPainter& p) {
            p.setFont(keyFont);
            p.setPen(ReportPalette::muted());
            p.drawText(QPointF(x, y), key);
            p.setFont(valueFont);
            p.setPen(ReportPalette::text());
            for (int i = 0; i < lines.size(); ++i)
                p.drawText(QPointF(x + keyWidth, y + i * lh), lines[i]);
        });
        layout.advance(lh * lines.size());
    }
}

void ReportRenderer::verdictBlock(ReportPageLayout& layout, bool compact) const
{
    // The verdict box: the outcome in its colour, the headline, why, and a rollback or an incomplete journal.
    // The model keeps the engine's texts in English and, beside them, in the builder's language: show those.
    const auto shown = [](const QString& translated, const QString& english) {
        return translated.isEmpty() ? english : translated;
    };
    const QString headline = shown(m_model.translatedHeadline, m_model.headline);
    const QString reason = shown(m_model.translatedReason, m_model.reason);
    const QString rollbackReason = shown(m_model.translatedRollbackReason, m_model.rollbackReason);
    QStringList lines;
    if (!headline.isEmpty())
        lines << headline;
    if (!reason.isEmpty() && !headline.contains(reason))
        lines << reason;
    if (m_model.rolledBack) {
        QString why = rollbackReason.isEmpty() ? m_model.rollbackKind : rollbackReason;
        lines << tr("The drill was rolled back (%1): %2").arg(m_model.rollbackKind, why);
    }
    if (!m_model.complete) {
        lines << tr("This report is incomplete: the drill's journal does not record the whole drill.");
        for (const QString& reason : m_model.incompleteReasons)
            lines << QStringLiteral("• ") + reason;
    }
    if (!m_model.verdictPassed.has_value() && m_model.complete)
        lines << tr("The drill ended before its verdict.");

    const QColor color = outcomeColor();
    const QFont big = m_fonts->verdict();
    const QFont body = m_fonts->body();
    const double pad = 80;
    const double innerWidth = layout.width() - 2 * pad - 40;
    QStringList wrapped;
    for (const QString& line : lines)
        wrapped << ReportPageLayout::wrap(line, body, innerWidth);
    const double bigH = ReportPageLayout::lineHeight(big);
    const double lh = ReportPageLayout::lineHeight(body);
    const double height = pad + bigH + 20 + wrapped.size() * lh + pad;
    layout.ensure(height);
    const QRectF box(layout.left(), layout.y(), layout.width(), height);
    const QString label = outcomeLabel();
    const double bigAscent = QFontMetricsF(big).ascent();
    const double ascent = QFontMetricsF(body).ascent();
    layout.add([box, color, label, wrapped, big, body, pad, bigH, lh, bigAscent, ascent](QPainter& p) {
        QColor fill = color;
        fill.setAlpha(0x1c);
        p.fillRect(box, fill);
        p.fillRect(QRectF(box.left(), box.top(), 40, box.height()), color);
        p.setFont(big);
        p.setPen(color);
        p.drawText(QPointF(box.left() + 40 + pad, box.top() + pad + bigAscent), label);
        p.setFont(body);
        p.setPen(ReportPalette::text());
        for (int i = 0; i < wrapped.size(); ++i)
            p.drawText(QPointF(box.left() + 40 + pad, box.top() + pad + bigH + 20 + i * lh + ascent),
                       wrapped[i]);
    });
    layout.advance(height + 80);

    // The judged lines; the ones measured without a limit are in the key figures (measuredWithoutLimit()),
    // so that page 1 holds what was decided.
    QList<const ReportHypothesisLine*> judged;
    for (const ReportHypothesisLine& line : m_model.hypothesis) {
        if (!line.informational)
            judged.append(&line);
    }
    const int informational = int(m_model.hypothesis.size() - judged.size());
    if (judged.isEmpty()) {
        if (!compact)
            layout.paragraph(tr("No hypothesis was judged."), m_fonts->body(), ReportPalette::muted());
    } else {
        hypothesisTable(layout, judged);
    }
    if (informational > 0 && !compact) {
        layout.advance(30);
        layout.paragraph(
            tr("%n more line(s) measured without a limit: under Key figures.", nullptr, informational),
            m_fonts->small(), ReportPalette::muted());
    }
}

void ReportRenderer::hypothesisTable(ReportPageLayout& layout,
                                     const QList<const ReportHypothesisLine*>& lines) const
{
    const auto shown = [](const QString& translated, const QString& english) {
        return translated.isEmpty() ? english : translated;
    };
    ReportTableWriter table(
        layout, *m_fonts,
        {{tr("Hypothesis"), 3}, {tr("Expected"), 2.2}, {tr("Measured"), 2.8}, {tr("Result"), 1.2}});
    for (const ReportHypothesisLine* line : lines) {
        ReportTableRow row;
        const QString result = line->informational ? tr("info") : line->passed ? tr("pass") : tr("FAIL");
        const QColor resultColor = line->informational ? ReportPalette::muted()
                                   : line->passed      ? ReportPalette::pass()
                                                       : ReportPalette::fail();
        row.cells = {{shown(line->translatedName, line->name), {}, false},
                     {shown(line->translatedExpected, line->expected), {}, false},
                     {shown(line->translatedMeasured, line->measured), {}, false},
                     {result, resultColor, true}};
        if (!line->passed && !line->informational)
            row.bar = ReportPalette::fail();
        table.addRow(row);
    }
    table.finish();
}

void ReportRenderer::waysIn(ReportPageLayout& layout) const
{
    ReportKeyFigures(m_model, *m_fonts, translator()).waysIn(layout, true);
    // One chart of all ways in (VIP and domain; every probe target when there is neither).
    QStringList targets;
    for (const RecordedSeries& series : m_model.series)
        targets.append(series.target);
    const QStringList ways = ReportImpactFigures::waysIn(targets, {});
    QList<std::pair<const RecordedSeries*, QColor>> shown;
    int index = 0;
    for (const RecordedSeries& series : m_model.series) {
        const QColor color =
            ReportPalette::series(index++); // each target keeps its colour of the other charts
        if (ways.contains(series.target))
            shown.append({&series, color});
    }
    if (shown.isEmpty())
        return;
    const double height = 1250;
    layout.ensure(height + 300);
    subheading(layout, tr("Failed probes per way in, share per second"));
    const QRectF rect(layout.left(), layout.y(), layout.width(), height);
    layout.add(ReportChartPainter(m_model, *m_fonts, translator()).failureShare(shown, rect));
    layout.advance(height + 40);
    layout.paragraph(tr("0 %: every call worked; a level in between: degraded, that share of the calls "
                        "failed; 100 %: down. Shaded: the target was down (stop command to start "
                        "command); dashed lines: drill steps."),
                     m_fonts->small(), ReportPalette::muted());
}

void ReportRenderer::keyFigures(ReportPageLayout& layout) const
{
    QList<const ReportHypothesisLine*> informational;
    for (const ReportHypothesisLine& line : m_model.hypothesis) {
        if (line.informational)
            informational.append(&line);
    }
    if (!informational.isEmpty()) {
        subheading(layout, tr("Measured without a limit"));
        hypothesisTable(layout, informational);
    }
    ReportKeyFigures(m_model, *m_fonts, translator()).layout(layout, [this, &layout](const QString& text) {
        subheading(layout, text);
    });
}

void ReportRenderer::topology(ReportPageLayout& layout) const
{
    int shown = 0;
    for (const ReportSnapshot& snapshot : m_model.snapshots) {
        if (snapshot.label == QLatin1String("cluster-event"))
            continue;
        ++shown;
        subheading(layout, QStringLiteral("%1 — %2 (%3)")
                               .arg(snapshotTitle(snapshot.label), relativeText(snapshot.monoMs),
                                    timeText(snapshot.time)));
        const QString leader = snapshot.leader.isEmpty() ? tr("none") : snapshot.leader;
        const QColor healthColor = snapshot.health == QLatin1String("healthy")    ? ReportPalette::pass()
                                   : snapshot.health == QLatin1String("degraded") ? ReportPalette::warn()
                                                                                  : ReportPalette::fail();
        layout.paragraph(tr("Cluster %1, leader %2").arg(codeText(snapshot.health, translator()), leader),
                         m_fonts->body(), healthColor);
        layout.advance(30);
        ReportTableWriter table(layout, *m_fonts,
                                {{tr("Node"), 1},
                                 {tr("Member ID"), 2.1},
                                 {tr("Role"), 1.2},
                                 {tr("Term"), 0.8, true},
                                 {tr("Index"), 1, true},
                                 {tr("Lag"), 0.7, true},
                                 {tr("Revision"), 1.1, true},
                                 {tr("DB size"), 1.2, true},
                                 {tr("Version / error"), 2.2}});
        for (const ReportMember& m : snapshot.members) {
            ReportTableRow row;
            const bool down = !m.healthy;
            const bool leaderRow = m.role == QLatin1String("leader");
            row.cells = {{m.node, {}, leaderRow},
                         {m.memberId.isEmpty() ? QStringLiteral("—") : m.memberId, {}, false},
                         {codeText(m.role, translator()), down ? ReportPalette::fail() : QColor(), leaderRow},
                         {countText(m.raftTerm), {}, false},
                         {countText(m.raftIndex), {}, false},
                         {countText(m.indexLag), {}, false},
                         {countText(m.revision), {}, false},
                         {bytesText(m.dbSizeBytes), {}, false},
                         {m.error.isEmpty() ? m.version : m.error,
                          m.error.isEmpty() ? QColor() : ReportPalette::fail(), false}};
            if (down)
                row.bar = ReportPalette::fail();
            table.addRow(row);
        }
        table.finish();
    }
    if (shown == 0)
        layout.paragraph(tr("The journal holds no cluster snapshot."), m_fonts->body(),
                         ReportPalette::muted());
}

void ReportRenderer::charts(ReportPageLayout& layout, bool vipAndDomainOnly) const
{
    const ReportChartPainter painter(m_model, *m_fonts, translator());
    int index = 0;
    int drawn = 0;
    for (const RecordedSeries& series : m_model.series) {
        const int colorIndex = index++;
        QString kind;
        const ReportTargetImpact* impact = nullptr;
        for (const ReportTargetImpact& t : m_model.impact) {
            if (t.target == series.target) {
                impact = &t;
                kind = t.kind;
            }
        }
        const bool main = ReportImpactFigures::isWayIn(kind);
        if (vipAndDomainOnly && !main)
            continue;
        ++drawn;
        QString title = series.target;
        if (impact) {
            title = tr("%1: outage %2 in %3 window(s), longest %4; %5 of %6 probes failed")
                        .arg(series.target, durationText(impact->totalOutageMs, translator()))
                        .arg(impact->windows)
                        .arg(durationText(impact->longestOutageMs, translator()))
                        .arg(impact->failedSamples)
                        .arg(impact->samples);
        }
        const double height = main ? 1900 : 1350;
        layout.ensure(height + 250);
        subheading(layout, title);
        layout.advance(50); // room for the failed-probe count above the chart
        const QRectF rect(layout.left(), layout.y(), layout.width(), height);
        layout.add(painter.chart(series, ReportPalette::series(colorIndex), rect));
        layout.advance(height + 60);
    }
    if (drawn == 0) {
        layout.paragraph(tr("No probe samples: samples.csv is missing or empty."), m_fonts->body(),
                         ReportPalette::muted());
        return;
    }
    layout.paragraph(
        tr("Latency of the successful probes (log scale) against the time since the drill's start; "
           "red ticks on top: failed probes; shaded: outage windows; dashed lines: drill steps."),
        m_fonts->small(), ReportPalette::muted());
    layout.advance(60);
}

void ReportRenderer::percentiles(ReportPageLayout& layout) const
{
    ReportPhaseTable(m_model, *m_fonts, translator(), m_locale).layout(layout);
}

void ReportRenderer::timeline(ReportPageLayout& layout) const
{
    ReportTableWriter table(
        layout, *m_fonts,
        {{tr("Since start"), 1.05}, {tr("Time (UTC)"), 1.25}, {tr("Kind"), 1.0}, {tr("Event"), 6.7}});
    const int cap = std::max(1, m_options.maxDetailLines);
    for (const ReportTimelineRow& r : m_model.timeline) {
        ReportTableRow row;
        const QString clock =
            r.time.isValid() ? r.time.toUTC().toString(QStringLiteral("HH:mm:ss.zzz")) : QString();
        row.cells = {{relativeText(r.monoMs), {}, false},
                     {clock, ReportPalette::muted(), false},
                     {codeText(r.kind, translator()),
                      r.failed ? ReportPalette::fail() : ReportPalette::muted(), r.failed},
                     {r.text, r.failed ? ReportPalette::fail() : QColor(), r.kind == QLatin1String("step")}};
        if (r.failed)
            row.bar = ReportPalette::fail();
        if (!r.detail.isEmpty()) {
            QStringList lines = r.detail.split(QLatin1Char('\n'));
            while (!lines.isEmpty() && lines.back().trimmed().isEmpty())
                lines.removeLast();
            if (lines.size() > cap) {
                const int more = int(lines.size()) - cap;
                lines = lines.mid(0, cap);
                lines << tr("… %n more line(s) in the journal", nullptr, more);
            }
            row.detail = lines;
        }
        table.addRow(row);
    }
    if (m_model.timeline.isEmpty())
        table.addRow(QStringList{QString(), QString(), QString(), tr("The journal holds no event.")});
    table.finish();
}

void ReportRenderer::findings(ReportPageLayout& layout) const
{
    if (m_model.findings.isEmpty()) {
        layout.paragraph(tr("Nothing beyond the figures above."), m_fonts->body(), ReportPalette::muted());
        return;
    }
    for (const ReportFinding& f : m_model.findings) {
        QString severity;
        QColor color;
        switch (f.severity) {
        case ReportFinding::Severity::Info:
            severity = tr("Info");
            color = ReportPalette::info();
            break;
        case ReportFinding::Severity::Warning:
            severity = tr("Warning");
            color = ReportPalette::warn();
            break;
        case ReportFinding::Severity::Problem:
            severity = tr("Problem");
            color = ReportPalette::fail();
            break;
        }
        layout.ensure(ReportPageLayout::lineHeight(m_fonts->bodyBold()) * 3);
        const double top = layout.y();
        const int page = layout.page();
        layout.paragraph(QStringLiteral("%1: %2").arg(severity, f.title), m_fonts->bodyBold(), color, 80);
        if (!f.evidence.isEmpty())
            layout.paragraph(f.evidence, m_fonts->body(), ReportPalette::text(), 80);
        if (layout.page() == page) {
            const QRectF bar(layout.left(), top, 24, layout.y() - top);
            layout.add([bar, color](QPainter& p) { p.fillRect(bar, color); });
        }
        layout.advance(80);
    }
}

void ReportRenderer::problems(ReportPageLayout& layout) const
{
    for (const QString& problem : m_model.problems)
        layout.paragraph(QStringLiteral("• ") + problem, m_fonts->small(), ReportPalette::text());
}

// --- the summary image ----------------------------------------------------------------------------------

void ReportRenderer::layoutSummary(ReportPageLayout& layout) const
{
    layout.paragraph(m_model.cluster.isEmpty() ? tr("etcd HA drill")
                                               : tr("etcd HA drill: %1").arg(m_model.cluster),
                     m_fonts->title(), ReportPalette::text());
    QString target = m_model.targetNode.isEmpty() ? m_model.targetSpec : m_model.targetNode;
    layout.paragraph(tr("%1 · target %2 · operator %3@%4")
                         .arg(timeText(m_model.startedAt), target, m_model.operatorUser, m_model.host),
                     m_fonts->body(), ReportPalette::muted());
    layout.advance(80);
    verdictBlock(layout, true);
    ReportKeyFigures(m_model, *m_fonts, translator()).waysIn(layout, true);
    keyFigures(layout);
    charts(layout, true);
}

// --- painting -------------------------------------------------------------------------------------------

int ReportRenderer::pageCount() const
{
    return m_pages ? m_pages->pageCount() : 0;
}

QList<std::pair<QString, int>> ReportRenderer::sections() const
{
    QList<std::pair<QString, int>> out;
    for (const Section& s : m_sections)
        out.append({s.title, s.page});
    return out;
}

void ReportRenderer::pageFrame(QPainter& p, int index) const
{
    const QFont small = m_fonts->small();
    const QFontMetricsF fm(small);
    const QSizeF page = ReportPageLayout::a4();
    p.setFont(small);
    p.setPen(ReportPalette::muted());
    const double headerY = 330;
    QString left = tr("etcd HA drill report");
    if (!m_model.cluster.isEmpty())
        left += QStringLiteral(" · ") + m_model.cluster;
    if (m_model.startedAt.isValid())
        left += QStringLiteral(" · ") + timeText(m_model.startedAt);
    p.drawText(QPointF(kMarginSide, headerY), left);
    const QString right = outcomeLabel();
    p.setPen(outcomeColor());
    p.drawText(QPointF(page.width() - kMarginSide - fm.horizontalAdvance(right), headerY), right);
    p.setPen(QPen(ReportPalette::rule(), 4));
    p.drawLine(QPointF(kMarginSide, headerY + 60), QPointF(page.width() - kMarginSide, headerY + 60));

    const double footerY = page.height() - 300;
    p.drawLine(QPointF(kMarginSide, footerY - fm.ascent() - 50),
               QPointF(page.width() - kMarginSide, footerY - fm.ascent() - 50));
    p.setPen(ReportPalette::muted());
    const QString pageText = tr("Page %1 of %2").arg(index + 1).arg(pageCount());
    p.drawText(QPointF((page.width() - fm.horizontalAdvance(pageText)) / 2, footerY), pageText);
    const QString tool = QStringLiteral("etcd-drill %1").arg(m_model.toolVersion);
    p.drawText(QPointF(page.width() - kMarginSide - fm.horizontalAdvance(tool), footerY), tool);
    if (!m_model.complete) {
        p.setPen(ReportPalette::warn());
        p.drawText(QPointF(kMarginSide, footerY), tr("Incomplete journal"));
    }
}

void ReportRenderer::paintPage(QPainter& painter, int index, const QRectF& target) const
{
    if (!m_pages || index < 0 || index >= pageCount())
        return;
    const QSizeF page = ReportPageLayout::a4();
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(target.width() / page.width(), target.height() / page.height());
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    pageFrame(painter, index);
    m_pages->replay(painter, index);
    painter.restore();
}

QImage ReportRenderer::pageImage(int index, int widthPx) const
{
    widthPx = std::clamp(widthPx, 100, 10000);
    const QSizeF page = ReportPageLayout::a4();
    const int heightPx = int(std::lround(widthPx * page.height() / page.width()));
    QImage image(widthPx, heightPx, QImage::Format_RGB32);
    image.fill(Qt::white);
    // Record the resolution the width stands for, so viewers print the page at A4 size.
    const double dpm = widthPx / (page.width() / 720.0 * 0.0254);
    image.setDotsPerMeterX(int(dpm));
    image.setDotsPerMeterY(int(dpm));
    QPainter painter(&image);
    paintPage(painter, index, QRectF(0, 0, widthPx, heightPx));
    return image;
}

QImage ReportRenderer::summaryImage(int widthPx) const
{
    widthPx = std::clamp(widthPx, 200, 10000);
    ReportPageLayout layout(ReportPageLayout::a4().width(), 0, QMarginsF(250, 250, 250, 250));
    layoutSummary(layout);
    const QSizeF size = layout.pageSize();
    const double scale = widthPx / size.width();
    QImage image(widthPx, int(std::ceil(size.height() * scale)), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.scale(scale, scale);
    layout.replay(painter, 0);
    return image;
}

// --- files ----------------------------------------------------------------------------------------------

ReportOutputResult ReportRenderer::refuseExisting(const QStringList& files, bool overwrite) const
{
    ReportOutputResult result;
    result.ok = true;
    if (overwrite)
        return result;
    for (const QString& file : files) {
        if (QFileInfo::exists(file)) {
            result.ok = false;
            result.refusedExisting = true;
            result.error = tr("%1 already exists: nothing was written. Choose another name or allow "
                              "overwriting (--force).")
                               .arg(QDir::toNativeSeparators(file));
            return result;
        }
    }
    return result;
}

ReportOutputResult ReportRenderer::writePdf(const QString& file, bool overwrite) const
{
    ReportOutputResult result = refuseExisting({file}, overwrite);
    if (!result.ok)
        return result;
    result.ok = false;
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        result.error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file), out.errorString());
        return result;
    }
    {
        QPdfWriter pdf(&out);
        pdf.setResolution(kPdfResolution);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
        pdf.setTitle(tr("etcd HA drill report") +
                     (m_model.cluster.isEmpty() ? QString() : QStringLiteral(" — ") + m_model.cluster));
        pdf.setCreator(QStringLiteral("etcd-drill %1").arg(m_model.toolVersion));
        QPainter painter;
        if (!painter.begin(&pdf)) {
            out.cancelWriting();
            result.error = tr("Cannot start the PDF %1").arg(QDir::toNativeSeparators(file));
            return result;
        }
        const QRectF target(0, 0, pdf.width(), pdf.height());
        for (int i = 0; i < pageCount(); ++i) {
            if (i > 0)
                pdf.newPage();
            paintPage(painter, i, target);
        }
        painter.end();
    }
    if (!out.commit()) {
        result.error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file), out.errorString());
        return result;
    }
    result.ok = true;
    result.files << file;
    result.pages = pageCount();
    result.bytes = QFileInfo(file).size();
    return result;
}

namespace {

bool saveImage(const QImage& image, const QString& file, ReportOutputResult* result,
               const TextTranslator& translator)
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || !image.save(&out, "PNG") || !out.commit()) {
        result->error = translator.translate("ReportRenderer", "Cannot write %1: %2")
                            .arg(QDir::toNativeSeparators(file), out.errorString());
        return false;
    }
    result->files << file;
    result->bytes += QFileInfo(file).size();
    return true;
}

} // namespace

ReportOutputResult ReportRenderer::writePngPages(const QString& pathOrDir, int widthPx, bool overwrite) const
{
    const QStringList files = ReportFormatNames::pngPageFiles(pathOrDir, pageCount());
    ReportOutputResult result = refuseExisting(files, overwrite);
    if (!result.ok)
        return result;
    if (pathOrDir.endsWith(QLatin1Char('/')) && !QDir().mkpath(pathOrDir)) {
        result.ok = false;
        result.error = tr("Cannot create the folder %1").arg(QDir::toNativeSeparators(pathOrDir));
        return result;
    }
    for (int i = 0; i < files.size(); ++i) {
        if (!saveImage(pageImage(i, widthPx), files[i], &result, translator())) {
            result.ok = false;
            return result;
        }
    }
    result.pages = int(files.size());
    return result;
}

ReportOutputResult ReportRenderer::writeSummaryPng(const QString& file, int widthPx, bool overwrite) const
{
    ReportOutputResult result = refuseExisting({file}, overwrite);
    if (!result.ok)
        return result;
    if (!saveImage(summaryImage(widthPx), file, &result, translator())) {
        result.ok = false;
        return result;
    }
    result.pages = 1;
    return result;
}

} // namespace etcddrill
