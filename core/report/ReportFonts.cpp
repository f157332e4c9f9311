#include "ReportFonts.h"

#include <QFontDatabase>

namespace etcddrill {

namespace {

QString firstInstalled(const QStringList& candidates, const QStringList& installed)
{
    for (const QString& family : candidates) {
        if (installed.contains(family))
            return family;
    }
    return QString();
}

} // namespace

ReportFonts::ReportFonts(const QString& language)
{
    const QStringList installed = QFontDatabase::families();
    QString cjk;
    for (const QString& family : {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                                  QStringLiteral("WenQuanYi Zen Hei"), QStringLiteral("Noto Sans CJK TC")}) {
        if (installed.contains(family) &&
            QFontDatabase::writingSystems(family).contains(QFontDatabase::SimplifiedChinese)) {
            cjk = family;
            break;
        }
    }
    m_hasCjk = !cjk.isEmpty();
    const QString latin = firstInstalled(
        {QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"), QStringLiteral("Liberation Sans")},
        installed);
    const QString latinMono =
        firstInstalled({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Noto Sans Mono"),
                        QStringLiteral("Liberation Mono")},
                       installed);
    const QString cjkMono = installed.contains(QStringLiteral("Noto Sans Mono CJK SC"))
                                ? QStringLiteral("Noto Sans Mono CJK SC")
                                : cjk;
    // Latin first in both languages, the CJK family for what it lacks (Han glyphs): with the CJK family
    // first, its digits and Latin letters end up in the PDF without a usable text mapping (pdftotext and
    // copy-paste lose "M3" and every figure), while DejaVu's are extracted correctly. So the language does
    // not change the order any more.
    Q_UNUSED(language);
    const auto order = [](const QString& primaryLatin, const QString& primaryCjk) {
        QStringList families;
        for (const QString& family : {primaryLatin, primaryCjk}) {
            if (!family.isEmpty())
                families << family;
        }
        if (families.isEmpty())
            families << QStringLiteral("sans-serif");
        return families;
    };
    m_sans = order(latin, cjk);
    // Mono stays Latin first in both languages: commands and output are ASCII and must line up.
    m_mono = latinMono.isEmpty() ? QStringList{QStringLiteral("monospace")} : QStringList{latinMono};
    if (!cjkMono.isEmpty())
        m_mono << cjkMono;
}

QFont ReportFonts::make(const QStringList& families, int pixelSize, QFont::Weight weight)
{
    QFont font;
    font.setFamilies(families);
    font.setPixelSize(pixelSize);
    font.setWeight(weight);
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setKerning(true);
    // No ligatures: "fi" must stay two letters for pdftotext, search in a PDF viewer and copy-paste of
    // commands. Qt 6.4 has no QFont::setFeature; a non-zero letter spacing (here 1/50 of a unit, far below
    // anything visible) makes its shaper leave ligatures out.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
    return font;
}

} // namespace etcddrill
