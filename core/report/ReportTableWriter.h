// Lays a table out on a ReportPageLayout: a shaded header row, rows whose cells wrap within their column,
// an optional full-width detail block under a row (a command's output, in mono) and a coloured bar for rows
// that failed. A table flows across pages: the header is repeated on every page it continues on, a row is
// never split, a detail block is split line by line. Used by ReportRenderer on its thread; lives as long as
// one table.
#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QString>
#include <QStringList>

namespace etcddrill {

class ReportFonts;
class ReportPageLayout;

struct ReportTableColumn
{
    QString title;
    double weight = 1; // share of the table's width
    bool alignRight = false;
};

struct ReportTableCell
{
    QString text;
    QColor color; // invalid: the default text colour
    bool bold = false;
};

struct ReportTableRow
{
    QList<ReportTableCell> cells;
    QStringList detail; // full-width mono lines under the row (already capped by the caller)
    QColor bar;         // invalid: none; else a bar at the row's left edge (a failure, a warning)
};

class ReportTableWriter
{
public:
    ReportTableWriter(ReportPageLayout& layout, const ReportFonts& fonts, QList<ReportTableColumn> columns);

    void addRow(const ReportTableRow& row);
    void addRow(const QStringList& cells);
    void finish(); // closes the table and leaves a gap under it

private:
    void header();
    double columnX(int column) const;
    double columnWidth(int column) const;
    // Adds a cell's wrapped lines, aligned as its column says, under `top` (the row's top).
    void cellLines(int column, const QStringList& lines, const QFont& font, QColor color, double top);

    ReportPageLayout& m_layout;
    const ReportFonts& m_fonts;
    QList<ReportTableColumn> m_columns;
    double m_totalWeight = 0;
    int m_headerPage = -1;
    int m_rows = 0;
};

} // namespace etcddrill
