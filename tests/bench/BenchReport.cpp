// bench-report: how long the report of a one-hour drill takes and how big it gets. A one-hour drill is
// synthesized into a temporary folder from the lab drill fixture (tests/data/report/lab-drill): its journal
// stretched in time to one hour, with a probe-summary line every second and a write check every second while
// the target is down, as the engine writes them, and samples.csv at 20 Hz × 5 targets (360,000 rows) whose
// failures fall inside the journal's (stretched) outage windows. Then, `runs` times: build the model
// (ReportBuilder: read journal + samples), render the PDF, the summary PNG and the PNG pages; median and
// max of each, and the file sizes. Target: build + PDF under 3 s. Needs no lab and no display (offscreen).
//   bench-report [runs=3] [--keep DIR]
#include "report/ReportBuilder.h"
#include "report/ReportRenderer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cmath>

using namespace etcddrill;

namespace {

struct Window
{
    QString target;
    double start = 0;
    double end = 0;
};

bool synthesize(const QString& dir, QTextStream& out)
{
    QFile in(QStringLiteral(ETCD_DRILL_TEST_DATA "/report/lab-drill/journal.jsonl"));
    if (!in.open(QIODevice::ReadOnly)) {
        out << "bench-report: cannot read the fixture " << in.fileName() << "\n";
        return false;
    }
    QList<QJsonObject> lines;
    for (const QByteArray& line : in.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            lines << QJsonDocument::fromJson(line).object();
    }
    const double start = lines.front()[QStringLiteral("mono_ms")].toDouble();
    const double end = lines.back()[QStringLiteral("mono_ms")].toDouble();
    const QDateTime startTime =
        QDateTime::fromString(lines.front()[QStringLiteral("time")].toString(), Qt::ISODateWithMs);
    const double hour = 3600.0 * 1000.0;
    const double k = hour / (end - start);
    const auto stretch = [&](double mono) { return start + (mono - start) * k; };

    QList<QJsonObject> result;
    QJsonObject summaryTemplate;
    QJsonObject writeTemplate;
    double faultAt = 0;
    double restoredAt = hour;
    QList<Window> windows;
    QHash<QString, double> open;
    for (QJsonObject o : lines) {
        const QString type = o[QStringLiteral("type")].toString();
        const double mono = stretch(o[QStringLiteral("mono_ms")].toDouble());
        o[QStringLiteral("mono_ms")] = std::round(mono);
        o[QStringLiteral("time")] = startTime.addMSecs(qint64(mono - start)).toString(Qt::ISODateWithMs);
        if (type == QLatin1String("probe-summary")) {
            if (summaryTemplate.isEmpty())
                summaryTemplate = o;
            continue; // written again below, one per second
        }
        if (type == QLatin1String("write-check")) {
            if (writeTemplate.isEmpty())
                writeTemplate = o;
            continue;
        }
        if (type == QLatin1String("fault-applied"))
            faultAt = mono - start;
        if (type == QLatin1String("fault-restored"))
            restoredAt = mono - start;
        const QString target = o[QStringLiteral("target")].toString();
        if (type == QLatin1String("outage-opened"))
            open[target] = mono;
        if (type == QLatin1String("outage-closed") && open.contains(target))
            windows << Window{target, open.take(target), mono};
        result << o;
    }
    for (int s = 1; s < 3600; ++s) {
        QJsonObject o = summaryTemplate;
        const double mono = start + s * 1000.0;
        o[QStringLiteral("mono_ms")] = mono;
        o[QStringLiteral("time")] = startTime.addMSecs(qint64(s) * 1000).toString(Qt::ISODateWithMs);
        o[QStringLiteral("second")] = s;
        result << o;
        if (s * 1000.0 > faultAt && s * 1000.0 < restoredAt) {
            for (const QString& node : {QStringLiteral("M1"), QStringLiteral("M2")}) {
                QJsonObject w = writeTemplate;
                w[QStringLiteral("mono_ms")] = mono + 200;
                w[QStringLiteral("time")] =
                    startTime.addMSecs(qint64(s) * 1000 + 200).toString(Qt::ISODateWithMs);
                w[QStringLiteral("node")] = node;
                result << w;
            }
        }
    }
    std::stable_sort(result.begin(), result.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return a[QStringLiteral("mono_ms")].toDouble() < b[QStringLiteral("mono_ms")].toDouble();
    });
    QFile journal(dir + QStringLiteral("/journal.jsonl"));
    if (!journal.open(QIODevice::WriteOnly))
        return false;
    qint64 seq = 0;
    for (QJsonObject& o : result) {
        o[QStringLiteral("seq")] = ++seq;
        journal.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
    }
    journal.close();

    // samples.csv: 20 Hz per target, failures inside that target's outage windows.
    QFile samples(dir + QStringLiteral("/samples.csv"));
    if (!samples.open(QIODevice::WriteOnly))
        return false;
    samples.write(
        "target,start_mono_ms,outcome,http_status,total_ms,dns_ms,connect_ms,tls_ms,ttfb_ms,start_lag_ms,"
        "reused_connection,backend,detail\n");
    const QStringList targets = {QStringLiteral("vip"), QStringLiteral("domain"),
                                 QStringLiteral("M1-apiserver"), QStringLiteral("M2-apiserver"),
                                 QStringLiteral("M3-apiserver")};
    QRandomGenerator random(42);
    QByteArray chunk;
    qint64 rows = 0;
    for (int slot = 0; slot < 3600 * 20; ++slot) {
        for (int t = 0; t < targets.size(); ++t) {
            const double mono = start + slot * 50.0 + t * 3.0 + random.bounded(2.0);
            bool failed = false;
            for (const Window& w : windows) {
                if (w.target == targets[t] && mono >= w.start && mono < w.end) {
                    failed = true;
                    break;
                }
            }
            const double total = failed ? 40 + random.bounded(20.0) : 8 + std::exp(random.bounded(3.0));
            const QString backend = QStringLiteral("M%1").arg(1 + (slot + t) % 3);
            chunk += QStringLiteral("%1,%2,%3,%4,%5,,1.000,5.000,%6,0.500,0,%7,\n")
                         .arg(targets[t], QString::number(mono, 'f', 3),
                              failed ? QStringLiteral("http-error") : QStringLiteral("ok"),
                              failed ? QStringLiteral("500") : QStringLiteral("200"),
                              QString::number(total, 'f', 3), QString::number(total - 6, 'f', 3), backend)
                         .toUtf8();
            ++rows;
        }
        if (chunk.size() > (1 << 20)) {
            samples.write(chunk);
            chunk.clear();
        }
    }
    samples.write(chunk);
    samples.close();
    out << "synthesized: " << result.size() << " journal lines (" << QFileInfo(journal).size() / 1024
        << " KiB), " << rows << " samples (" << QFileInfo(samples).size() / (1024 * 1024) << " MiB), "
        << windows.size() << " outage windows\n";
    return true;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    QStringList args = app.arguments().mid(1);
    QString keep;
    const qsizetype keepAt = args.indexOf(QStringLiteral("--keep"));
    if (keepAt >= 0 && keepAt + 1 < args.size()) {
        keep = args.at(keepAt + 1);
        args.remove(keepAt, 2);
    }
    const int runs = std::max(1, args.value(0, QStringLiteral("3")).toInt());
    QTemporaryDir tmp;
    const QString dir = keep.isEmpty() ? tmp.path() : keep;
    QDir().mkpath(dir);
    QElapsedTimer timer;
    timer.start();
    if (!synthesize(dir, out))
        return 1;
    out << "synthesis took " << timer.elapsed() << " ms (not part of the figures)\n";

    QList<double> build, pdf, summary, pages;
    qint64 pdfBytes = 0, summaryBytes = 0, pagesBytes = 0;
    int pageCount = 0;
    for (int run = 0; run < runs; ++run) {
        const QString outDir = dir + QStringLiteral("/out-%1").arg(run);
        QDir().mkpath(outDir);
        timer.restart();
        QString error;
        const ReportModel model = ReportBuilder::build(dir, &error);
        build << double(timer.nsecsElapsed()) / 1e6;
        if (!error.isEmpty()) {
            out << "bench-report: " << error << "\n";
            return 1;
        }
        timer.restart();
        const ReportRenderer renderer(model);
        const ReportOutputResult p = renderer.writePdf(outDir + QStringLiteral("/report.pdf"), true);
        pdf << double(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        const ReportOutputResult s =
            renderer.writeSummaryPng(outDir + QStringLiteral("/summary.png"), 1200, true);
        summary << double(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        const ReportOutputResult g = renderer.writePngPages(outDir + QStringLiteral("/"), 1240, true);
        pages << double(timer.nsecsElapsed()) / 1e6;
        if (!p.ok || !s.ok || !g.ok) {
            out << "bench-report: " << p.error << s.error << g.error << "\n";
            return 1;
        }
        pdfBytes = p.bytes;
        summaryBytes = s.bytes;
        pagesBytes = g.bytes;
        pageCount = p.pages;
        out << QStringLiteral("run %1: build %2 ms, PDF %3 ms, summary PNG %4 ms, PNG pages %5 ms\n")
                   .arg(run + 1)
                   .arg(build.back(), 0, 'f', 0)
                   .arg(pdf.back(), 0, 'f', 0)
                   .arg(summary.back(), 0, 'f', 0)
                   .arg(pages.back(), 0, 'f', 0);
        out.flush();
    }
    const double total = median(build) + median(pdf);
    out << QStringLiteral("\none-hour drill, median of %1 run(s):\n").arg(runs)
        << QStringLiteral("  build the model (journal + 360k samples)  %1 ms\n").arg(median(build), 0, 'f', 0)
        << QStringLiteral("  render + write the PDF (%1 pages)         %2 ms, %3 KiB\n")
               .arg(pageCount)
               .arg(median(pdf), 0, 'f', 0)
               .arg(pdfBytes / 1024)
        << QStringLiteral("  build + PDF                                %1 ms  (target < 3000 ms: %2)\n")
               .arg(total, 0, 'f', 0)
               .arg(total < 3000 ? QStringLiteral("met") : QStringLiteral("NOT met"))
        << QStringLiteral("  summary PNG 1200 px                        %1 ms, %2 KiB\n")
               .arg(median(summary), 0, 'f', 0)
               .arg(summaryBytes / 1024)
        << QStringLiteral("  PNG pages 1240 px                          %1 ms, %2 KiB\n")
               .arg(median(pages), 0, 'f', 0)
               .arg(pagesBytes / 1024);
    return 0;
}
