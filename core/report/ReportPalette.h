// The colours of a printed report: dark text on white, green/red/amber for pass/fail/warning, one colour per
// probe target in the charts. Chosen to stay distinguishable in greyscale print (different lightness).
// Constants.
#pragma once

#include <QColor>

namespace etcddrill::ReportPalette {

inline QColor text()
{
    return QColor(0x1a, 0x1a, 0x1a);
}
inline QColor muted()
{
    return QColor(0x5f, 0x63, 0x68);
}
inline QColor rule()
{
    return QColor(0xc4, 0xc8, 0xcc);
}
inline QColor headerFill()
{
    return QColor(0xe8, 0xec, 0xf1);
}
inline QColor stripeFill()
{
    return QColor(0xf6, 0xf7, 0xf9);
}
inline QColor pass()
{
    return QColor(0x1b, 0x7f, 0x3b);
}
inline QColor fail()
{
    return QColor(0xc6, 0x28, 0x28);
}
inline QColor warn()
{
    return QColor(0xa8, 0x5d, 0x00);
}
inline QColor info()
{
    return QColor(0x1f, 0x5f, 0xa8);
}
inline QColor outageBand()
{
    return QColor(0xe5, 0x39, 0x35, 0x38);
}
inline QColor degradedBand()
{
    return QColor(0xf5, 0x9e, 0x0b, 0x30);
}
inline QColor downBand() // the phase the target was down, behind the overview chart
{
    return QColor(0x45, 0x4f, 0x5b, 0x14);
}
inline QColor marker()
{
    return QColor(0x45, 0x4f, 0x5b);
}
inline QColor series(int index)
{
    static const QColor colors[] = {QColor(0x1f, 0x5f, 0xa8), QColor(0xd9, 0x6c, 0x00),
                                    QColor(0x2e, 0x7d, 0x32), QColor(0x6a, 0x1b, 0x9a),
                                    QColor(0x00, 0x83, 0x8f), QColor(0x8d, 0x6e, 0x63)};
    return colors[index % 6];
}

} // namespace etcddrill::ReportPalette
