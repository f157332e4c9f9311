#include "ReportPageLayout.h"

#include <QColor>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>
#include <QTextOption>
#include <limits>

namespace etcddrill {

ReportPageLayout::ReportPageLayout(double pageWidth, double pageHeight, QMarginsF margins)
    : m_pageWidth(pageWidth), m_pageHeight(pageHeight), m_margins(margins)
{
    newPage();
}

double ReportPageLayout::bottom() const
{
    if (unbounded())
        return std::max(m_y, m_margins.top());
    return m_pageHeight - m_margins.bottom();
}

void ReportPageLayout::newPage()
{
    m_pages.emplace_back();
    m_y = m_margins.top();
}

void ReportPageLayout::ensure(double height)
{
    if (unbounded() || atTop())
        return;
    if (m_y + height > bottom())
        newPage();
}

QStringList ReportPageLayout::wrap(const QString& text, const QFont& font, double width)
{
    QStringList lines;
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (QString paragraph : paragraphs) {
        paragraph.replace(QLatin1Char('\t'), QLatin1String("    "));
        if (paragraph.endsWith(QLatin1Char('\r')))
            paragraph.chop(1);
        if (paragraph.isEmpty()) {
            lines << QString();
            continue;
        }
        QTextLayout layout(paragraph, font);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        while (true) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(std::max(width, 1.0));
            lines << paragraph.mid(line.textStart(), line.textLength()).trimmed();
        }
        layout.endLayout();
    }
    return lines;
}

double ReportPageLayout::lineHeight(const QFont& font)
{
    return QFontMetricsF(font).height() * 1.12;
}

double ReportPageLayout::textWidth(const QString& text, const QFont& font)
{
    return QFontMetricsF(font).horizontalAdvance(text);
}

void ReportPageLayout::paragraph(const QString& text, const QFont& font, QColor color, double indent,
                                 double width)
{
    if (width < 0)
        width = this->width() - indent;
    const double lh = lineHeight(font);
    const double ascent = QFontMetricsF(font).ascent();
    for (const QString& line : wrap(text, font, width)) {
        ensure(lh);
        const QPointF at(left() + indent, m_y + ascent);
        add([line, font, color, at](QPainter& p) {
            p.setFont(font);
            p.setPen(color);
            p.drawText(at, line);
        });
        m_y += lh;
    }
}

void ReportPageLayout::replay(QPainter& painter, int page) const
{
    if (page < 0 || page >= int(m_pages.size()))
        return;
    for (const Op& op : m_pages[size_t(page)]) {
        painter.save();
        op(painter);
        painter.restore();
    }
}

} // namespace etcddrill
