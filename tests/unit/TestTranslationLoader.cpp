// TranslationLoader and LocalizedText: the .qm files embedded in the static etcddrill_i18n library load in a
// program that links core only (the resources' initialiser is linked), a known console string and a known
// drill engine string translate, "" follows the system locale, English comes back; and texts the drill engine
// builds (a check of a real DrillEngine that fails its preflight, the summary's headline) show Chinese while
// their journal form stays English and round-trips through JSON.
#include "i18n/DrillDuration.h"
#include "i18n/LocalizedText.h"
#include "i18n/TranslationLoader.h"

#include "drill/DrillCheck.h"
#include "drill/DrillEngine.h"
#include "drill/DrillSummary.h"
#include "drill/DrillText.h"
#include "drill/DrillVerdict.h"
#include "drill/JournalWriter.h"
#include "drill/Redactor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace etcddrill;

class TestTranslationLoader : public QObject
{
    Q_OBJECT

private slots:
    void embeddedFilesAreThere();
    void loadsChinese();
    void emptyChoiceFollowsTheLocale();
    void switchingBackRestoresEnglish();
    void argumentsStayVerbatim();
    void jsonRoundTrip();
    void redactionReachesArguments();
    void engineCheckTranslatesWhileJournalStaysEnglish();
    void verdictAndHeadlineTranslate();
    void durationsInOneForm();
};

void TestTranslationLoader::durationsInOneForm()
{
    using namespace std::chrono_literals;
    const auto both = [](const LocalizedText& text) { return text.english() + u'|' + text.translated(); };
    {
        TranslationLoader loader;
        QVERIFY(loader.load(QStringLiteral("en")));
        QCOMPARE(DrillDuration::text(250ms).translated(), QStringLiteral("250 ms"));
        QCOMPARE(DrillDuration::text(2500us).translated(), QStringLiteral("2.5 ms"));
        QCOMPARE(DrillDuration::text(1234ms).translated(), QStringLiteral("1.2 s"));
        QCOMPARE(DrillDuration::text(999800us).translated(), QStringLiteral("1.0 s"));
        QCOMPARE(DrillDuration::text(59960ms).translated(), QStringLiteral("1 min 00 s"));
        QCOMPARE(DrillDuration::text(125300ms).translated(), QStringLiteral("2 min 05 s"));
        QCOMPARE(DrillDuration::text(-1500ms).translated(), QStringLiteral("-1.5 s"));
        QCOMPARE(DrillDuration::precise(5001ms).translated(), QStringLiteral("5.001 s"));
        QCOMPARE(DrillDuration::fromMillis(std::nan("")).translated(), QStringLiteral("—"));
    }
    TranslationLoader loader;
    QVERIFY(loader.load(QStringLiteral("zh_CN")));
    // The journal keeps English; the face shows Chinese units ("75499 毫秒" was the old mixed form).
    QCOMPARE(both(DrillDuration::text(94ms)), QStringLiteral("94 ms|94 毫秒"));
    QCOMPARE(both(DrillDuration::text(75499ms)), QStringLiteral("1 min 15 s|1 分 15 秒"));
    QCOMPARE(DrillDuration::text(1234ms).translated(), QStringLiteral("1.2 秒"));
    QCOMPARE(DrillDuration::precise(5001ms).translated(), QStringLiteral("5.001 秒"));
    // Inside an engine text the duration is translated too.
    const LocalizedText stopped =
        DrillText::make(QT_TRANSLATE_NOOP("DrillText", "stopped after %1"), DrillDuration::text(94ms));
    QVERIFY2(stopped.translated().contains(QStringLiteral("94 毫秒")), qPrintable(stopped.translated()));
}

void TestTranslationLoader::embeddedFilesAreThere()
{
    QVERIFY2(QFile::exists(TranslationLoader::resourceDir() + QStringLiteral("/etcd-drill_zh_CN.qm")),
             "the zh_CN .qm is not among the resources: etcddrill_i18n's resource object was not linked");
    QVERIFY(QFile::exists(TranslationLoader::resourceDir() + QStringLiteral("/etcd-drill_en.qm")));
}

void TestTranslationLoader::loadsChinese()
{
    TranslationLoader loader;
    QString error;
    QVERIFY2(loader.load(QStringLiteral("zh_CN"), &error), qPrintable(error));
    QCOMPARE(loader.language(), QStringLiteral("zh_CN"));
    QCOMPARE(QLocale().name(), QStringLiteral("zh_CN"));
    // A string of the console (ui/), translated although this program links no widget.
    QCOMPARE(QCoreApplication::translate("etcddrill::DrillStepsPanel", "Abort and restore"),
             QStringLiteral("中止并恢复"));
    // A drill engine text (core/drill).
    QCOMPARE(DrillText::stepTitle(DrillStep::Id::Preflight).translated(), QStringLiteral("预检"));
    QCOMPARE(DrillStep::translatedTitle(DrillStep::Id::Rollback), QStringLiteral("回滚"));
    QCOMPARE(DrillStep::title(DrillStep::Id::Rollback), QStringLiteral("Rollback"));
    // Qt's own words come from qt6-translations-l10n, which the .deb depends on.
    QVERIFY2(loader.hasQtTranslation(), "qtbase_zh_CN.qm was not found in the Qt translations path");
}

void TestTranslationLoader::emptyChoiceFollowsTheLocale()
{
    // main() below set LANGUAGE/LC_ALL to zh_CN before QCoreApplication was made.
    QVERIFY2(QLocale::system().uiLanguages().value(0).startsWith(QLatin1String("zh")),
             qPrintable(QLocale::system().uiLanguages().join(u',')));
    QCOMPARE(TranslationLoader::resolve(QString()), QStringLiteral("zh_CN"));
    QCOMPARE(TranslationLoader::resolve(QStringLiteral("fr")),
             QStringLiteral("zh_CN")); // unknown: the locale
    QCOMPARE(TranslationLoader::resolve(QStringLiteral("en")), QStringLiteral("en"));
    TranslationLoader loader;
    QVERIFY(loader.load(QString()));
    QCOMPARE(loader.language(), QStringLiteral("zh_CN"));
    QCOMPARE(DrillText::stepTitle(DrillStep::Id::Verdict).translated(), QStringLiteral("结论"));
}

void TestTranslationLoader::switchingBackRestoresEnglish()
{
    TranslationLoader loader;
    QVERIFY(loader.load(QStringLiteral("zh_CN")));
    QCOMPARE(QCoreApplication::translate("etcddrill::DrillStepsPanel", "Abort and restore"),
             QStringLiteral("中止并恢复"));
    QVERIFY(loader.load(QStringLiteral("en")));
    QCOMPARE(loader.language(), QStringLiteral("en"));
    QVERIFY(!loader.hasQtTranslation());
    QCOMPARE(QCoreApplication::translate("etcddrill::DrillStepsPanel", "Abort and restore"),
             QStringLiteral("Abort and restore"));
    QCOMPARE(DrillText::stepTitle(DrillStep::Id::Preflight).translated(), QStringLiteral("Preflight"));
    // And unloading on destruction: a loader gone leaves no translator behind.
    {
        TranslationLoader chinese;
        QVERIFY(chinese.load(QStringLiteral("zh_CN")));
    }
    QCOMPARE(DrillText::stepTitle(DrillStep::Id::Preflight).translated(), QStringLiteral("Preflight"));
}

void TestTranslationLoader::argumentsStayVerbatim()
{
    TranslationLoader loader;
    QVERIFY(loader.load(QStringLiteral("zh_CN")));
    // Data inside a text (node names, durations, an error message that itself holds "%1") is not touched.
    const LocalizedText text = DrillText::make(
        QT_TRANSLATE_NOOP("DrillText", "waiting for %1's etcd to stop answering (at most %2)"),
        QStringLiteral("M3 %1"), QStringLiteral("15s"));
    QCOMPARE(text.english(), QStringLiteral("waiting for M3 %1's etcd to stop answering (at most 15s)"));
    QVERIFY2(text.translated().contains(QStringLiteral("M3 %1")) &&
                 text.translated().contains(QStringLiteral("15s")) && text.translated() != text.english(),
             qPrintable(text.translated()));
    // A plain string is never translated, whatever it says.
    QCOMPARE(LocalizedText(QStringLiteral("Preflight")).translated(), QStringLiteral("Preflight"));
}

void TestTranslationLoader::jsonRoundTrip()
{
    const LocalizedText nested = DrillText::make(
        QT_TRANSLATE_NOOP("DrillText", "stop condition: %1"),
        DrillText::make(QT_TRANSLATE_NOOP("DrillText",
                                          "only %1 of %2 members answer: the cluster has lost its "
                                          "quorum"),
                        1, 3));
    const QJsonValue json = nested.toJson();
    QCOMPARE(LocalizedText::fromJson(json), nested);
    QCOMPARE(json.toObject().value(QStringLiteral("source")).toString(),
             QStringLiteral("stop condition: %1"));
    QCOMPARE(LocalizedText::fromJson(QJsonValue(QStringLiteral("M3"))).english(), QStringLiteral("M3"));
    TranslationLoader loader;
    QVERIFY(loader.load(QStringLiteral("zh_CN")));
    const QString chinese = LocalizedText::fromJson(json).translated();
    QVERIFY2(chinese.contains(QStringLiteral("法定人数")), qPrintable(chinese));
    QCOMPARE(nested.english(),
             QStringLiteral("stop condition: only 1 of 3 members answer: the cluster has lost its quorum"));
}

void TestTranslationLoader::redactionReachesArguments()
{
    // The engine masks secrets in what a check measured (DrillEngine's addCheck): the template's data too,
    // nested or not, so neither the English field nor the journal's "texts" keep a token.
    const QString secret = QStringLiteral("s3cr3t-t0ken");
    const LocalizedText text =
        DrillText::make(QT_TRANSLATE_NOOP("DrillText", "stop condition: %1"),
                        DrillText::make(QT_TRANSLATE_NOOP("DrillText", "not healthy: %1"),
                                        QStringLiteral("token: ") + secret));
    const LocalizedText masked = text.mapped(&Redactor::redact);
    QVERIFY(text.english().contains(secret));
    QVERIFY2(!masked.english().contains(secret), qPrintable(masked.english()));
    QVERIFY(masked.english().contains(QLatin1String(Redactor::kMask)));
    QVERIFY(!QJsonDocument(QJsonObject{{QStringLiteral("t"), masked.toJson()}})
                 .toJson()
                 .contains(secret.toUtf8()));
    QCOMPARE(masked.source(), text.source()); // the template itself is kept
}

void TestTranslationLoader::engineCheckTranslatesWhileJournalStaysEnglish()
{
    // A real engine whose journal folder already holds a journal: it refuses at once, with its first check.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile existing(QDir(dir.path()).filePath(QLatin1String(JournalWriter::kJournalFile)));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.close();
    DrillConfig config;
    config.clusterName = QStringLiteral("i18n");
    DrillOptions options;
    options.journalFolder = dir.path();
    DrillEngine engine(config, options);
    QSignalSpy checks(&engine, &DrillEngine::checkFinished);
    QSignalSpy finished(&engine, &DrillEngine::finished);
    engine.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(checks.size(), 1);
    const DrillCheck check = checks.at(0).at(0).value<DrillCheck>();
    const DrillSummary summary = finished.at(0).at(0).value<DrillSummary>();

    TranslationLoader loader;
    QVERIFY(loader.load(QStringLiteral("zh_CN")));
    QCOMPARE(check.name, QStringLiteral("journal"));
    QCOMPARE(check.translatedName(), QStringLiteral("演练日志"));
    QCOMPARE(check.expected, QStringLiteral("a new journal folder"));
    QCOMPARE(check.translatedExpected(), QStringLiteral("一个新的日志文件夹"));
    // The journal's form of the check: English fields, the templates beside them.
    const QJsonObject json = check.toJson();
    QCOMPARE(json.value(QStringLiteral("name")).toString(), QStringLiteral("journal"));
    QCOMPARE(json.value(QStringLiteral("expected")).toString(), QStringLiteral("a new journal folder"));
    const QJsonObject texts = json.value(QStringLiteral("texts")).toObject();
    QCOMPARE(LocalizedText::fromJson(texts.value(QStringLiteral("name"))).translated(),
             QStringLiteral("演练日志"));
    QCOMPARE(LocalizedText::fromField(json, QStringLiteral("expected")).translated(),
             QStringLiteral("一个新的日志文件夹"));
    // The measured value is the journal writer's own error (data), not a template.
    QCOMPARE(LocalizedText::fromField(json, QStringLiteral("measured")).translated(), check.measured);
    QVERIFY(!texts.contains(QStringLiteral("measured")));
    QCOMPARE(check.translatedMeasured(), check.measured);

    QVERIFY2(summary.headline().startsWith(QLatin1String("NOT STARTED: ")), qPrintable(summary.headline()));
    QVERIFY2(summary.headlineText().translated().startsWith(QStringLiteral("未开始：")),
             qPrintable(summary.headlineText().translated()));
    QCOMPARE(summary.toJson().value(QStringLiteral("headline")).toString(), summary.headline());
}

void TestTranslationLoader::verdictAndHeadlineTranslate()
{
    DrillMeasurements measured;
    measured.writeChecks = 12;
    measured.writeFailures = 0;
    measured.targetWasLeader = false;
    measured.recovery = std::chrono::milliseconds(8200);
    HypothesisSettings hypothesis;
    const DrillVerdict verdict = DrillVerdict::compute(measured, hypothesis);
    DrillSummary summary;
    summary.outcome = DrillSummary::Outcome::Passed;
    summary.targetNode = QStringLiteral("M3");
    summary.measurements = measured;
    summary.verdict = verdict;
    const QString english = summary.headline();
    QCOMPARE(english, QStringLiteral("PASSED: M3 was stopped and recovered in 8.2 s; every hypothesis held"));

    TranslationLoader loader;
    QVERIFY(loader.load(QStringLiteral("zh_CN")));
    QCOMPARE(summary.headline(), english); // data stays English with a translator installed
    const QString chinese = summary.headlineText().translated();
    QVERIFY2(chinese.startsWith(QStringLiteral("通过：")) && chinese.contains(QStringLiteral("M3")) &&
                 chinese.contains(QStringLiteral("8.2 秒")),
             qPrintable(chinese));
    QCOMPARE(verdict.lines.at(0).name, QStringLiteral("write failures"));
    QCOMPARE(verdict.lines.at(0).translatedName(), QStringLiteral("写入失败"));
    QVERIFY2(verdict.describeTranslated().contains(QStringLiteral("假设成立")),
             qPrintable(verdict.describeTranslated()));
}

// The system locale is read once, when QCoreApplication starts: set it first, so that "" means Chinese here.
int main(int argc, char* argv[])
{
    qputenv("LANGUAGE", "zh_CN");
    qputenv("LC_ALL", "zh_CN.UTF-8");
    qputenv("LANG", "zh_CN.UTF-8");
    QCoreApplication app(argc, argv);
    TestTranslationLoader test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestTranslationLoader.moc"
