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
    const bool chinese = language.startsWith(QLatin1String("zh"));
    // Chinese first in a Chinese report: its Latin glyphs are fine and the lines keep one look.
    const auto order = [chinese](const QString& primaryLatin, const QString& primaryCjk) {
        QStringList families;
        for (const QString& family :
             chinese ? QStringList{primaryCjk, primaryLatin} : QStringList{primaryLatin, primaryCjk}) {
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
