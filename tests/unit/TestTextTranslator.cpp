// TextTranslator and the texts that go through it: with a translator of its own a text comes out in that
// translator's language whatever is installed in the application (Chinese over nothing installed, English
// over an installed Chinese translation), a text the translator lacks is its English source, %n is filled in
// with the plural form as QCoreApplication::translate fills it; without one it is
// QCoreApplication::translate. LocalizedText renders through the translator given, arguments included.
#include "i18n/LocalizedText.h"
#include "i18n/TextTranslator.h"
#include "i18n/TranslationLoader.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace etcddrill;

class TestTextTranslator : public QObject
{
    Q_OBJECT

private slots:
    void chineseWithNothingInstalled()
    {
        bool loaded = false;
        const std::unique_ptr<QTranslator> zh =
            TranslationLoader::loadTranslator(QStringLiteral("zh_CN"), &loaded);
        QVERIFY(loaded);
        const TextTranslator translator(zh.get());
        QCOMPARE(translator.translate("ReportRenderer", "Verdict"), QStringLiteral("结论"));
        QCOMPARE(translator.translate("ReportRenderer", "%n failed probe(s)", nullptr, 3),
                 QStringLiteral("3 次探测失败"));
        QCOMPARE(translator.translate("NoSuchContext", "%n thing(s), %Ln, 100%", nullptr, 7),
                 QStringLiteral("7 thing(s), 7, 100%"));
        // Nothing installed: the application's translation is English.
        QCOMPARE(TextTranslator().translate("ReportRenderer", "Verdict"), QStringLiteral("Verdict"));
        const LocalizedText text =
            LocalizedText("ReportBuilder", "Recovery %1").arg(QStringLiteral("restored"));
        QCOMPARE(text.translated(translator), QStringLiteral("恢复restored"));
        QCOMPARE(text.translated(), QStringLiteral("Recovery restored"));
    }

    void englishOverAnInstalledChinese()
    {
        TranslationLoader installed;
        QVERIFY(installed.load(QStringLiteral("zh_CN")));
        QCOMPARE(TextTranslator().translate("ReportRenderer", "Verdict"), QStringLiteral("结论"));
        const std::unique_ptr<QTranslator> en = TranslationLoader::loadTranslator(QStringLiteral("en"));
        const TextTranslator english(en.get());
        QCOMPARE(english.translate("ReportRenderer", "Verdict"), QStringLiteral("Verdict"));
        QCOMPARE(english.translate("ReportRenderer", "%n failed probe(s)", nullptr, 1),
                 QStringLiteral("1 failed probe"));
        QCOMPARE(english.translate("ReportRenderer", "%n failed probe(s)", nullptr, 2),
                 QStringLiteral("2 failed probes"));
        QCOMPARE(LocalizedText("ReportRenderer", "Verdict").translated(english), QStringLiteral("Verdict"));
        QCOMPARE(LocalizedText("ReportRenderer", "Verdict").translated(), QStringLiteral("结论"));
    }
};

QTEST_GUILESS_MAIN(TestTextTranslator)
#include "TestTextTranslator.moc"
