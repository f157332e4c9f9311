// The fonts of a report, by role (title, heading, body, table, mono…), sized in the report's layout units
// (1 unit = 0.1 pt, see ReportPageLayout) with pixel sizes so that the same layout holds on a 720 dpi PDF and
// on a 96 dpi PNG. Families are picked from what fontconfig offers: a Latin family first in every language,
// falling back to a CJK one ("Noto Sans CJK SC" from fonts-noto-cjk) for Han glyphs, so that digits and node
// names stay extractable text in the PDF and texts in either script render. Hinting is off: metrics must not depend on the
// device. A value type; any thread (QFontDatabase is thread-safe for queries).
#pragma once

#include <QFont>
#include <QString>
#include <QStringList>

namespace etcddrill {

class ReportFonts
{
public:
    explicit ReportFonts(const QString& language);

    QFont title() const { return make(m_sans, 200, QFont::Bold); }
    QFont heading() const { return make(m_sans, 140, QFont::Bold); }
    QFont subheading() const { return make(m_sans, 105, QFont::Bold); }
    QFont body() const { return make(m_sans, 90, QFont::Normal); }
    QFont bodyBold() const { return make(m_sans, 90, QFont::Bold); }
    QFont table() const { return make(m_sans, 78, QFont::Normal); }
    QFont tableBold() const { return make(m_sans, 78, QFont::Bold); }
    QFont small() const { return make(m_sans, 68, QFont::Normal); }
    QFont mono() const { return make(m_mono, 68, QFont::Normal); }
    QFont verdict() const { return make(m_sans, 130, QFont::Bold); }

    QStringList sansFamilies() const { return m_sans; }
    // Whether a family with Simplified Chinese glyphs was found (false: CJK text would show as boxes).
    bool hasCjk() const { return m_hasCjk; }

private:
    static QFont make(const QStringList& families, int pixelSize, QFont::Weight weight);

    QStringList m_sans;
    QStringList m_mono;
    bool m_hasCjk = false;
};

} // namespace etcddrill
