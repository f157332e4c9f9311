// Renders a drill report (ReportModel) with QPainter: an A4 PDF with vector text and charts, PNG pages (the
// same pages as images) and one summary PNG for chat (verdict, key figures, the VIP's and the domain's
// charts). Content, in this order: title and header facts, a table of contents (long reports), the verdict
// with the hypothesis table, key figures, topology and member tables at the drill's moments, latency charts
// per probe target, latency percentiles per phase, the timeline, the findings and any problems reading the
// journal. Every page has a header and "Page n of N".
//
// The layout is done once in the constructor (ReportPageLayout display lists, 1 unit = 0.1 pt) and replayed
// on each device, so the PDF, the PNG pages, the CLI and the GUI's export show the same pages. Texts
// (context "ReportRenderer") come from options.translator (default: the application's installed
// translators); dates and fonts follow options.language.
//
// Files are written through QSaveFile (all or nothing) and an existing file is never replaced unless
// `overwrite` is set. Thread: any (QPainter on QImage/QPdfWriter, no QTextDocument); needs a
// QGuiApplication (offscreen is fine). Owner: its user; it copies what it needs from the model.
#pragma once

#include "ReportModel.h"
#include "ReportOutputResult.h"
#include "ReportPageLayout.h"
#include "ReportRenderOptions.h"

#include <QImage>
#include <QLocale>
#include <QStringList>
#include <memory>

class QPainter;

namespace etcddrill {

class ReportFonts;

class ReportRenderer
{
    ETCDDRILL_TR_FUNCTIONS(ReportRenderer)

public:
    explicit ReportRenderer(ReportModel model, ReportRenderOptions options = {});
    ~ReportRenderer();
    ReportRenderer(const ReportRenderer&) = delete;
    ReportRenderer& operator=(const ReportRenderer&) = delete;

    const ReportModel& model() const { return m_model; }
    const ReportRenderOptions& options() const { return m_options; }

    int pageCount() const;
    bool hasTableOfContents() const { return m_hasToc; }
    // The section headings in order with their 1-based page numbers (what the table of contents lists).
    QList<std::pair<QString, int>> sections() const;

    // Paints page `index` (0-based) scaled into `target` (A4 proportions expected) — the PDF and PNG pages
    // use it.
    void paintPage(QPainter& painter, int index, const QRectF& target) const;
    // One page as an image widthPx wide (A4 proportions), white background.
    QImage pageImage(int index, int widthPx) const;
    // The summary for chat: verdict, key figures, VIP and domain charts, widthPx wide, as tall as needed.
    QImage summaryImage(int widthPx) const;

    ReportOutputResult writePdf(const QString& file, bool overwrite) const;
    // pathOrDir: "out.png" gives out-1.png, out-2.png…; an existing directory (or a path ending in '/')
    // gives <dir>/report-1.png… (ReportFormatNames::pngPageFiles)
    ReportOutputResult writePngPages(const QString& pathOrDir, int widthPx, bool overwrite) const;
    ReportOutputResult writeSummaryPng(const QString& file, int widthPx, bool overwrite) const;

    // How durations are written in the report: as the engine writes them (DrillDuration: "8.5 ms", "850 ms",
    // "12.3 s", "2 min 05 s"; "12.3 秒" in Chinese), C locale digits in every language, so they can be
    // compared with the journal and summary.json; "—" when not finite.
    static QString durationText(double ms, const TextTranslator& translator = {});
    static QString bytesText(qint64 bytes);

private:
    const TextTranslator& translator() const { return m_options.translator; }

    struct Section
    {
        QString title;
        int page = 0;
    };

    void layout();
    void layoutInto(ReportPageLayout& layout, bool withToc,
                    const std::shared_ptr<QList<Section>>& sections) const;
    void layoutSummary(ReportPageLayout& layout) const;

    void titleBlock(ReportPageLayout& layout) const;
    void verdictBlock(ReportPageLayout& layout, bool compact) const;
    void keyFigures(ReportPageLayout& layout) const;
    void topology(ReportPageLayout& layout) const;
    void charts(ReportPageLayout& layout, bool vipAndDomainOnly) const;
    void percentiles(ReportPageLayout& layout) const;
    void detailsBlock(ReportPageLayout& layout) const;
    void waysIn(ReportPageLayout& layout) const;
    void hypothesisTable(ReportPageLayout& layout, const QList<const ReportHypothesisLine*>& lines) const;
    void timeline(ReportPageLayout& layout) const;
    void findings(ReportPageLayout& layout) const;
    void problems(ReportPageLayout& layout) const;
    void heading(ReportPageLayout& layout, const QString& text, QList<Section>* sections) const;
    void subheading(ReportPageLayout& layout, const QString& text) const;
    void pageFrame(QPainter& painter, int index) const;

    QString outcomeLabel() const;
    QColor outcomeColor() const;
    QString timeText(const QDateTime& time) const;
    QString relativeText(double monoMs) const;
    QString snapshotTitle(const QString& label) const;
    ReportOutputResult refuseExisting(const QStringList& files, bool overwrite) const;

    ReportModel m_model;
    ReportRenderOptions m_options;
    QLocale m_locale;
    std::unique_ptr<ReportFonts> m_fonts;
    std::unique_ptr<ReportPageLayout> m_pages;
    QList<Section> m_sections;
    bool m_hasToc = false;
};

} // namespace etcddrill
