#include "ReportTableWriter.h"

#include "ReportFonts.h"
#include "ReportPageLayout.h"
#include "ReportPalette.h"

#include <QFontMetricsF>
#include <QPainter>

namespace etcddrill {

namespace {

constexpr double kPadX = 30; // 3 pt
constexpr double kPadY = 18;

} // namespace

ReportTableWriter::ReportTableWriter(ReportPageLayout& layout, const ReportFonts& fonts,
                                     QList<ReportTableColumn> columns)
    : m_layout(layout), m_fonts(fonts), m_columns(std::move(columns))
{
    for (const ReportTableColumn& column : m_columns)
        m_totalWeight += column.weight;
    if (m_totalWeight <= 0)
        m_totalWeight = 1;
}

double ReportTableWriter::columnX(int column) const
{
    double weight = 0;
    for (int i = 0; i < column; ++i)
        weight += m_columns[i].weight;
    return m_layout.left() + m_layout.width() * weight / m_totalWeight;
}

double ReportTableWriter::columnWidth(int column) const
{
    return m_layout.width() * m_columns[column].weight / m_totalWeight;
}

void ReportTableWriter::header()
{
    const QFont font = m_fonts.tableBold();
    const double lh = ReportPageLayout::lineHeight(font);
    QList<QStringList> wrapped;
    int lines = 1;
    for (int c = 0; c < m_columns.size(); ++c) {
        wrapped << ReportPageLayout::wrap(m_columns[c].title, font, columnWidth(c) - 2 * kPadX);
        lines = std::max(lines, int(wrapped.back().size()));
    }
    const double height = lines * lh + 2 * kPadY;
    // A header alone at a page's foot is useless: keep room for it and one row.
    m_layout.ensure(height + 2 * lh + 2 * kPadY);
    const QRectF box(m_layout.left(), m_layout.y(), m_layout.width(), height);
    m_layout.add([box](QPainter& p) { p.fillRect(box, ReportPalette::headerFill()); });
    for (int c = 0; c < m_columns.size(); ++c)
        cellLines(c, wrapped[c], font, ReportPalette::text(), box.top());
    m_layout.advance(height);
    m_headerPage = m_layout.page();
}

void ReportTableWriter::cellLines(int column, const QStringList& lines, const QFont& font, QColor color,
                                  double top)
{
    const double lh = ReportPageLayout::lineHeight(font);
    const double ascent = QFontMetricsF(font).ascent();
    const double x = columnX(column) + kPadX;
    const double w = columnWidth(column) - 2 * kPadX;
    const bool right = m_columns[column].alignRight;
    for (int i = 0; i < lines.size(); ++i) {
        const QString text = lines[i];
        const double y = top + kPadY + i * lh + ascent;
        const double tx = right ? x + w - ReportPageLayout::textWidth(text, font) : x;
        m_layout.add([text, font, color, tx, y](QPainter& p) {
            p.setFont(font);
            p.setPen(color);
            p.drawText(QPointF(tx, y), text);
        });
    }
}

void ReportTableWriter::addRow(const QStringList& cells)
{
    ReportTableRow row;
    for (const QString& text : cells)
        row.cells << ReportTableCell{text, QColor(), false};
    addRow(row);
}

void ReportTableWriter::addRow(const ReportTableRow& row)
{
    const QFont normal = m_fonts.table();
    const QFont bold = m_fonts.tableBold();
    const double lh = ReportPageLayout::lineHeight(normal);
    QList<QStringList> wrapped;
    int lines = 1;
    for (int c = 0; c < m_columns.size(); ++c) {
        const ReportTableCell cell = row.cells.value(c);
        wrapped << ReportPageLayout::wrap(cell.text, cell.bold ? bold : normal, columnWidth(c) - 2 * kPadX);
        lines = std::max(lines, int(wrapped.back().size()));
    }
    const double height = lines * lh + 2 * kPadY;
    if (m_headerPage < 0) {
        header();
    } else {
        m_layout.ensure(height);
        if (m_layout.page() != m_headerPage)
            header();
    }
    const QRectF box(m_layout.left(), m_layout.y(), m_layout.width(), height);
    const bool stripe = (m_rows % 2) == 1;
    const QColor bar = row.bar;
    m_layout.add([box, stripe, bar](QPainter& p) {
        if (stripe)
            p.fillRect(box, ReportPalette::stripeFill());
        if (bar.isValid())
            p.fillRect(QRectF(box.left(), box.top(), 14, box.height()), bar);
        p.setPen(QPen(ReportPalette::rule(), 4));
        p.drawLine(QPointF(box.left(), box.bottom()), QPointF(box.right(), box.bottom()));
    });
    for (int c = 0; c < m_columns.size(); ++c) {
        const ReportTableCell cell = row.cells.value(c);
        cellLines(c, wrapped[c], cell.bold ? bold : normal,
                  cell.color.isValid() ? cell.color : ReportPalette::text(), box.top());
    }
    m_layout.advance(height);
    ++m_rows;

    if (row.detail.isEmpty())
        return;
    const QFont mono = m_fonts.mono();
    const double mlh = ReportPageLayout::lineHeight(mono);
    const double mascent = QFontMetricsF(mono).ascent();
    const double indent = columnX(std::min(1, int(m_columns.size()) - 1)) - m_layout.left() + kPadX;
    const double width = m_layout.width() - indent - kPadX;
    QStringList detailLines;
    for (const QString& line : row.detail)
        detailLines << ReportPageLayout::wrap(line, mono, width);
    m_layout.advance(kPadY / 2);
    for (const QString& line : detailLines) {
        const int before = m_layout.page();
        m_layout.ensure(mlh);
        if (m_layout.page() != before)
            header();
        const QPointF at(m_layout.left() + indent, m_layout.y() + mascent);
        const QRectF shade(m_layout.left() + indent - kPadX / 2, m_layout.y(), width + kPadX, mlh);
        m_layout.add([line, mono, at, shade](QPainter& p) {
            p.fillRect(shade, QColor(0xf1, 0xf3, 0xf4));
            p.setFont(mono);
            p.setPen(QColor(0x30, 0x33, 0x36));
            p.drawText(at, line);
        });
        m_layout.advance(mlh);
    }
    m_layout.advance(kPadY);
}

void ReportTableWriter::finish()
{
    if (m_headerPage < 0 && !m_columns.isEmpty())
        header(); // an empty table still shows what it would hold
    m_layout.advance(90);
}

} // namespace etcddrill
