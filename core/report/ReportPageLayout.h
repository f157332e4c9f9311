// The pages of a report as display lists: ReportRenderer lays the content out once, top to bottom, in layout
// units (1 unit = 0.1 pt; an A4 page is 5953 × 8419 units), and each page keeps the drawing operations that
// fall on it. The same lists are then replayed on a 720 dpi QPdfWriter (1 unit = 1 device pixel) and on
// QImages of any width (scaled), so the PDF and the PNG pages are the same pages. Text is wrapped here with
// QTextLayout (plain QPainter text, safe on any thread). An "unbounded" layout is one endless page (the
// summary image). A value type, filled and read on one thread.
#pragma once

#include <QFont>
#include <QMarginsF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

class QPainter;

namespace etcddrill {

class ReportPageLayout
{
public:
    using Op = std::function<void(QPainter&)>;

    static QSizeF a4() { return {5953, 8419}; }

    // pageHeight <= 0: unbounded (one page that grows).
    ReportPageLayout(double pageWidth, double pageHeight, QMarginsF margins);

    bool unbounded() const { return m_pageHeight <= 0; }
    QSizeF pageSize() const
    {
        return {m_pageWidth, unbounded() ? bottom() + m_margins.bottom() : m_pageHeight};
    }
    double left() const { return m_margins.left(); }
    double width() const { return m_pageWidth - m_margins.left() - m_margins.right(); }
    double top() const { return m_margins.top(); }
    double y() const { return m_y; }
    double bottom() const; // the lowest y content may reach on this page
    double remaining() const { return bottom() - m_y; }
    bool atTop() const { return m_y <= m_margins.top() + 0.5; }
    int page() const { return int(m_pages.size()) - 1; } // 0-based
    int pageCount() const { return int(m_pages.size()); }

    void newPage();
    // Starts a new page unless `height` still fits (or the page is empty anyway).
    void ensure(double height);
    void advance(double dy) { m_y += dy; }
    void add(Op op) { m_pages.back().push_back(std::move(op)); }

    // Text helpers. wrap() breaks at word boundaries (anywhere for long tokens such as paths and in CJK).
    static QStringList wrap(const QString& text, const QFont& font, double width);
    static double lineHeight(const QFont& font);
    static double textWidth(const QString& text, const QFont& font);
    // Adds text lines at the cursor in `font` and colour, wrapping to `width` (default: full width) at x
    // offset `indent`, flowing onto new pages.
    void paragraph(const QString& text, const QFont& font, QColor color, double indent = 0,
                   double width = -1);

    const std::vector<std::vector<Op>>& pages() const { return m_pages; }
    void replay(QPainter& painter, int page) const;

private:
    double m_pageWidth;
    double m_pageHeight;
    QMarginsF m_margins;
    double m_y = 0;
    std::vector<std::vector<Op>> m_pages;
};

} // namespace etcddrill
