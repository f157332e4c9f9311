#include "ReportJUnit.h"

#include "ReportModel.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QXmlStreamWriter>

namespace etcddrill {

namespace {

struct TestCase
{
    QString className;
    QString name;
    enum class Result { Passed, Failed, Error, Skipped } result = Result::Passed;
    QString message; // one line: measured and expected, or why the drill is an error
    QString text;    // more: the check's detail
    double seconds = 0;
};

QString drillFolder(const ReportModel& model)
{
    return QFileInfo(model.journalFile).absolutePath();
}

// Why the drill as a whole is an error; empty when it reached its verdict the normal way.
QString drillError(const ReportModel& model)
{
    if (model.outcome == QLatin1String("incomplete") || !model.complete)
        return QStringLiteral("the journal does not record the whole drill: %1")
            .arg(model.incompleteReasonsInEnglish().join(QStringLiteral("; ")));
    if (model.outcome == QLatin1String("aborted"))
        return QStringLiteral("aborted: %1").arg(model.reason.isEmpty() ? model.headline : model.reason);
    if (model.rolledBack)
        return QStringLiteral("rolled back (%1): %2")
            .arg(model.rollbackKind, model.rollbackReason.isEmpty() ? model.reason : model.rollbackReason);
    if (model.outcome == QLatin1String("preflight-failed"))
        return QStringLiteral("the preflight failed; the target was not stopped: %1").arg(model.reason);
    if (model.outcome == QLatin1String("restore-failed"))
        return QStringLiteral("the target's etcd could not be started again: %1").arg(model.reason);
    return {};
}

// XML 1.0 has no place for most control characters (recorded command output may hold ANSI escapes): they
// become U+FFFD so that every CI parser reads the file.
QString clean(const QString& text)
{
    QString out = text;
    for (QChar& c : out) {
        if (c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\t') && c != QLatin1Char('\r'))
            c = QChar(0xFFFD);
    }
    return out;
}

QList<TestCase> cases(const ReportModel& model)
{
    QList<TestCase> list;
    for (const DrillCheck& check : model.checks) {
        if (check.step != DrillStep::Id::Preflight)
            continue;
        TestCase c;
        c.className = QStringLiteral("etcd-drill.preflight");
        c.name = check.name;
        if (check.status == DrillCheck::Status::Failed) {
            c.result = TestCase::Result::Failed;
            c.message = QStringLiteral("measured %1, expected %2").arg(check.measured, check.expected);
            c.text = check.detail;
        } else if (check.status == DrillCheck::Status::Skipped) {
            c.result = TestCase::Result::Skipped;
            c.message = check.detail.isEmpty() ? check.measured : check.detail;
        }
        list.append(c);
    }
    for (const ReportHypothesisLine& line : model.hypothesis) {
        TestCase c;
        c.className = QStringLiteral("etcd-drill.hypothesis");
        c.name = line.name;
        if (!line.passed && !line.informational) {
            c.result = TestCase::Result::Failed;
            c.message = QStringLiteral("measured %1, expected %2").arg(line.measured, line.expected);
        } else {
            c.text = QStringLiteral("measured %1, expected %2").arg(line.measured, line.expected);
        }
        list.append(c);
    }
    TestCase drill;
    drill.className = QStringLiteral("etcd-drill.drill");
    drill.name = QStringLiteral("drill completed");
    drill.message = drillError(model);
    if (!drill.message.isEmpty())
        drill.result = TestCase::Result::Error;
    else if (model.dryRun)
        drill.result = TestCase::Result::Skipped,
        drill.message = QStringLiteral("dry run: nothing was stopped");
    if (model.finishedAt.isValid() && model.startedAt.isValid())
        drill.seconds = double(model.startedAt.msecsTo(model.finishedAt)) / 1000.0;
    drill.text = model.headline;
    list.append(drill);
    return list;
}

} // namespace

ReportJUnit::Counts ReportJUnit::count(const ReportModel& model)
{
    Counts counts;
    for (const TestCase& c : cases(model)) {
        ++counts.tests;
        counts.failures += c.result == TestCase::Result::Failed;
        counts.errors += c.result == TestCase::Result::Error;
        counts.skipped += c.result == TestCase::Result::Skipped;
    }
    return counts;
}

QByteArray ReportJUnit::toXml(const ReportModel& model)
{
    const QList<TestCase> all = cases(model);
    const Counts counts = count(model);
    const QString suite = QStringLiteral("etcd-drill %1: stop %2 (%3)")
                              .arg(model.cluster.isEmpty() ? QStringLiteral("cluster") : model.cluster,
                                   model.targetNode.isEmpty() ? model.targetSpec : model.targetNode,
                                   model.fault.isEmpty() ? QStringLiteral("fault") : model.fault);
    double seconds = 0;
    if (model.finishedAt.isValid() && model.startedAt.isValid())
        seconds = double(model.startedAt.msecsTo(model.finishedAt)) / 1000.0;

    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("testsuites"));
    w.writeAttribute(QStringLiteral("name"), QStringLiteral("etcd-drill"));
    w.writeAttribute(QStringLiteral("tests"), QString::number(counts.tests));
    w.writeAttribute(QStringLiteral("failures"), QString::number(counts.failures));
    w.writeAttribute(QStringLiteral("errors"), QString::number(counts.errors));
    w.writeAttribute(QStringLiteral("skipped"), QString::number(counts.skipped));
    w.writeAttribute(QStringLiteral("time"), QString::number(seconds, 'f', 3));

    w.writeStartElement(QStringLiteral("testsuite"));
    w.writeAttribute(QStringLiteral("name"), clean(suite));
    w.writeAttribute(QStringLiteral("tests"), QString::number(counts.tests));
    w.writeAttribute(QStringLiteral("failures"), QString::number(counts.failures));
    w.writeAttribute(QStringLiteral("errors"), QString::number(counts.errors));
    w.writeAttribute(QStringLiteral("skipped"), QString::number(counts.skipped));
    w.writeAttribute(QStringLiteral("time"), QString::number(seconds, 'f', 3));
    if (model.startedAt.isValid())
        w.writeAttribute(QStringLiteral("timestamp"), model.startedAt.toUTC().toString(Qt::ISODate));
    if (!model.host.isEmpty())
        w.writeAttribute(QStringLiteral("hostname"), model.host);

    w.writeStartElement(QStringLiteral("properties"));
    const auto property = [&w](const QString& name, const QString& value) {
        w.writeStartElement(QStringLiteral("property"));
        w.writeAttribute(QStringLiteral("name"), name);
        w.writeAttribute(QStringLiteral("value"), clean(value));
        w.writeEndElement();
    };
    property(QStringLiteral("drill.folder"), QDir::toNativeSeparators(drillFolder(model)));
    property(QStringLiteral("cluster"), model.cluster);
    property(QStringLiteral("target"), model.targetNode.isEmpty() ? model.targetSpec : model.targetNode);
    property(QStringLiteral("fault"), model.fault);
    property(QStringLiteral("operator"), model.operatorUser);
    property(QStringLiteral("outcome"), model.outcome);
    property(QStringLiteral("headline"), model.headline);
    property(QStringLiteral("dry-run"), model.dryRun ? QStringLiteral("true") : QStringLiteral("false"));
    property(QStringLiteral("tool.version"), model.toolVersion);
    w.writeEndElement(); // properties

    for (const TestCase& c : all) {
        w.writeStartElement(QStringLiteral("testcase"));
        w.writeAttribute(QStringLiteral("classname"), c.className);
        w.writeAttribute(QStringLiteral("name"), clean(c.name));
        w.writeAttribute(QStringLiteral("time"), QString::number(c.seconds, 'f', 3));
        switch (c.result) {
        case TestCase::Result::Failed:
            w.writeStartElement(QStringLiteral("failure"));
            w.writeAttribute(QStringLiteral("message"), clean(c.message));
            w.writeAttribute(QStringLiteral("type"), c.className.section(QLatin1Char('.'), 1));
            if (!c.text.isEmpty())
                w.writeCharacters(clean(c.text));
            w.writeEndElement();
            break;
        case TestCase::Result::Error:
            w.writeStartElement(QStringLiteral("error"));
            w.writeAttribute(QStringLiteral("message"), clean(c.message));
            w.writeAttribute(QStringLiteral("type"), model.outcome);
            if (!c.text.isEmpty())
                w.writeCharacters(clean(c.text));
            w.writeEndElement();
            break;
        case TestCase::Result::Skipped:
            w.writeStartElement(QStringLiteral("skipped"));
            w.writeAttribute(QStringLiteral("message"), clean(c.message));
            w.writeEndElement();
            break;
        case TestCase::Result::Passed:
            if (!c.text.isEmpty())
                w.writeTextElement(QStringLiteral("system-out"), clean(c.text));
            break;
        }
        w.writeEndElement(); // testcase
    }
    w.writeEndElement(); // testsuite
    w.writeEndElement(); // testsuites
    w.writeEndDocument();
    return xml;
}

bool ReportJUnit::writeFile(const ReportModel& model, const QString& path, bool overwrite, QString* error)
{
    if (!overwrite && QFileInfo::exists(path)) {
        *error = QStringLiteral("%1 already exists: nothing was written. Choose another name or allow "
                                "overwriting (--force).")
                     .arg(QDir::toNativeSeparators(path));
        return false;
    }
    const QString folder = QFileInfo(path).absolutePath();
    QDir().mkpath(folder);
    QSaveFile file(path);
    const QByteArray xml = toXml(model);
    if (!file.open(QIODevice::WriteOnly) || file.write(xml) != xml.size() || !file.commit()) {
        *error =
            QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace etcddrill
