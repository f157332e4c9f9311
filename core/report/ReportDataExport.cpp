#include "ReportDataExport.h"

#include "drill/DrillSampleLog.h"
#include "drill/Redactor.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <cmath>
#include <functional>

namespace etcddrill {

namespace {

// ms rounded to µs, so that the JSON does not carry float noise.
double ms(double value)
{
    return std::round(value * 1000.0) / 1000.0;
}

QJsonValue optionalMs(const std::optional<double>& value)
{
    return value ? QJsonValue(ms(*value)) : QJsonValue(QJsonValue::Null);
}

QString severityName(ReportFinding::Severity severity)
{
    switch (severity) {
    case ReportFinding::Severity::Info:
        return QStringLiteral("info");
    case ReportFinding::Severity::Warning:
        return QStringLiteral("warning");
    case ReportFinding::Severity::Problem:
        return QStringLiteral("problem");
    }
    return QStringLiteral("info");
}

bool mayWrite(const QString& file, bool overwrite, QString* error, const TextTranslator& translator)
{
    if (overwrite || !QFileInfo::exists(file))
        return true;
    if (error)
        *error = translator
                     .translate("ReportDataExport",
                                "%1 already exists: choose another file name or allow replacing it")
                     .arg(file);
    return false;
}

bool save(const QString& file, const std::function<bool(QSaveFile&)>& body, QString* error,
          const TextTranslator& translator)
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        if (error)
            *error =
                translator.translate("ReportDataExport", "cannot write %1: %2").arg(file, out.errorString());
        return false;
    }
    if (!body(out) || !out.commit()) {
        if (error)
            *error =
                translator.translate("ReportDataExport", "cannot write %1: %2").arg(file, out.errorString());
        out.cancelWriting();
        return false;
    }
    return true;
}

// Splits samples.csv into records of fields (quotes removed, "" unescaped); a quoted field may span lines.
// Calls row(fields) per record; stops when it returns false.
template <typename Row> bool forEachCsvRecord(const QByteArray& content, Row row)
{
    QList<QByteArray> fields;
    QByteArray field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < content.size(); ++i) {
        const char c = content.at(i);
        if (quoted) {
            if (c == '"') {
                if (i + 1 < content.size() && content.at(i + 1) == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == '"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == ',') {
            fields.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == '\n') {
            fields.append(field);
            if (!row(fields))
                return false;
            fields.clear();
            field.clear();
            fieldStarted = false;
        } else if (c != '\r') {
            field += c;
            fieldStarted = true;
        }
    }
    // A last record without its line end was cut off while written: left out, like DrillSampleReader does.
    return true;
}

bool copySamples(const ReportModel& model, QSaveFile& out)
{
    QFile in(model.samplesFile);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    const QByteArray content = in.readAll();
    bool header = true;
    bool ok = true;
    forEachCsvRecord(content, [&](const QList<QByteArray>& fields) {
        if (header) {
            header = false;
            return true;
        }
        bool numeric = false;
        const double mono = fields.size() == DrillSampleLog::kColumns ? fields.at(1).toDouble(&numeric) : 0;
        if (!numeric)
            return true; // a damaged row: the report skipped it too
        SampleCsvRow row;
        for (int i = 0; i < DrillSampleLog::kColumns; ++i) {
            if (i == DrillSampleLog::kDetailColumn && !fields.at(i).isEmpty())
                row.text(Redactor::redact(QString::fromUtf8(fields.at(i))));
            else
                row.utf8(fields.at(i));
        }
        const QByteArray line = row.ms(model.relativeMs(mono)).line();
        ok = out.write(line) == line.size();
        return ok;
    });
    return ok;
}

bool writeSeries(const ReportModel& model, QSaveFile& out)
{
    for (const RecordedSeries& series : model.series) {
        for (const RecordedSample& s : series.samples) {
            const QString detail = series.text(s.detail);
            const QByteArray line =
                DrillSampleLog::recordedRow(series.target, s, series.text(s.backend),
                                            detail.isEmpty() ? QString() : Redactor::redact(detail))
                    .ms(model.relativeMs(s.monoMs))
                    .line();
            if (out.write(line) != line.size())
                return false;
        }
    }
    return true;
}

} // namespace

namespace {

// The previous drill and each key figure beside it; null when none was attached.
QJsonValue comparisonJson(const ReportModel& m)
{
    if (!m.comparison)
        return QJsonValue();
    QJsonArray figures;
    for (const ComparedFigure& f : m.comparison->figures)
        figures.append(f.toJson());
    return QJsonObject{
        {QStringLiteral("previous_folder"), m.comparison->previousFolder},
        {QStringLiteral("previous_started_at"), m.comparison->previousStartedAt.toString(Qt::ISODate)},
        {QStringLiteral("previous_outcome"), m.comparison->previousOutcome},
        {QStringLiteral("worse"), m.comparison->worse()},
        {QStringLiteral("figures"), figures}};
}

} // namespace

QJsonObject ReportDataExport::summaryJson(const ReportModel& m)
{
    const auto time = [](const QDateTime& t) {
        return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
    };
    QJsonObject header{
        {QStringLiteral("cluster"), m.cluster},
        {QStringLiteral("operator"), m.operatorUser},
        {QStringLiteral("host"), m.host},
        {QStringLiteral("tool_version"), m.toolVersion},
        {QStringLiteral("etcd_version"), m.etcdVersion},
        {QStringLiteral("config_file"), m.configFile},
        {QStringLiteral("target_spec"), m.targetSpec},
        {QStringLiteral("target_node"), m.targetNode},
        {QStringLiteral("target_member_id"), m.targetMemberId},
        {QStringLiteral("fault"), m.fault},
        {QStringLiteral("transport"), m.transport},
        {QStringLiteral("dry_run"), m.dryRun},
        {QStringLiteral("started_at"), time(m.startedAt)},
        {QStringLiteral("finished_at"), time(m.finishedAt)},
        {QStringLiteral("duration_ms"), ms(m.endMonoMs - m.startMonoMs)},
    };
    QJsonObject verdict{
        {QStringLiteral("outcome"), m.outcome},
        {QStringLiteral("headline"), m.headline},
        {QStringLiteral("reason"), m.reason},
        {QStringLiteral("passed"),
         m.verdictPassed ? QJsonValue(*m.verdictPassed) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("rolled_back"), m.rolledBack},
        {QStringLiteral("rollback_kind"), m.rollbackKind},
        {QStringLiteral("rollback_reason"), m.rollbackReason},
    };
    QJsonArray hypothesis;
    for (const ReportHypothesisLine& line : m.hypothesis)
        hypothesis.append(QJsonObject{{QStringLiteral("name"), line.name},
                                      {QStringLiteral("expected"), line.expected},
                                      {QStringLiteral("measured"), line.measured},
                                      {QStringLiteral("passed"), line.passed},
                                      {QStringLiteral("informational"), line.informational}});
    QJsonObject figures{
        {QStringLiteral("election_ms"), optionalMs(m.electionMs)},
        {QStringLiteral("detect_stop_ms"), optionalMs(m.detectStopMs)},
        {QStringLiteral("answered_ms"), optionalMs(m.answeredMs)},
        {QStringLiteral("recovery_ms"), optionalMs(m.recoveryMs)},
        {QStringLiteral("catch_up_ms"), optionalMs(m.catchUpMs)},
        {QStringLiteral("write_checks_passed"), m.writeChecksPassed},
        {QStringLiteral("write_checks_failed"), m.writeChecksFailed},
    };
    QJsonArray impact;
    for (const ReportTargetImpact& one : m.impact)
        impact.append(QJsonObject{{QStringLiteral("target"), one.target},
                                  {QStringLiteral("kind"), one.kind},
                                  {QStringLiteral("samples"), one.samples},
                                  {QStringLiteral("failed_samples"), one.failedSamples},
                                  {QStringLiteral("windows"), one.windows},
                                  {QStringLiteral("total_outage_ms"), ms(one.totalOutageMs)},
                                  {QStringLiteral("longest_outage_ms"), ms(one.longestOutageMs)},
                                  {QStringLiteral("max_outage_ms"), optionalMs(one.maxOutageMs)}});
    QJsonArray outages;
    for (const ReportOutage& o : m.outages)
        outages.append(QJsonObject{{QStringLiteral("target"), o.target},
                                   {QStringLiteral("start_ms"), ms(m.relativeMs(o.startMonoMs))},
                                   {QStringLiteral("end_ms"), ms(m.relativeMs(o.endMonoMs))},
                                   {QStringLiteral("duration_ms"), ms(o.endMonoMs - o.startMonoMs)},
                                   {QStringLiteral("failed_samples"), o.failedSamples},
                                   {QStringLiteral("phase"), o.phase},
                                   {QStringLiteral("first_outcome"), o.firstOutcome},
                                   {QStringLiteral("closed"), o.closed}});
    QJsonArray degraded;
    for (const ReportDegradedPeriod& p : m.degraded)
        degraded.append(
            QJsonObject{{QStringLiteral("target"), p.target},
                        {QStringLiteral("start_ms"), ms(m.relativeMs(p.startMonoMs))},
                        {QStringLiteral("end_ms"), ms(m.relativeMs(p.endMonoMs))},
                        {QStringLiteral("probes"), p.probes},
                        {QStringLiteral("failed"), p.failed},
                        {QStringLiteral("share"), p.share()},
                        {QStringLiteral("kind"), p.kind},
                        {QStringLiteral("failed_backends"), QJsonArray::fromStringList(p.failedBackends)},
                        {QStringLiteral("closed"), p.closed}});
    QJsonArray phases;
    for (const ReportPhaseStats& p : m.phaseStats)
        phases.append(QJsonObject{{QStringLiteral("phase"), p.phase},
                                  {QStringLiteral("target"), p.target},
                                  {QStringLiteral("samples"), p.samples},
                                  {QStringLiteral("failed"), p.failed},
                                  {QStringLiteral("longest_outage_ms"), ms(p.longestOutageMs)},
                                  {QStringLiteral("degraded_ms"), ms(p.degradedMs)},
                                  {QStringLiteral("p50_ms"), ms(p.p50Ms)},
                                  {QStringLiteral("p90_ms"), ms(p.p90Ms)},
                                  {QStringLiteral("p99_ms"), ms(p.p99Ms)},
                                  {QStringLiteral("max_ms"), ms(p.maxMs)}});
    // English whatever the language the model was built in (ReportModel keeps both forms).
    QJsonArray findings;
    for (const ReportFinding& f : m.findings)
        findings.append(QJsonObject{
            {QStringLiteral("severity"), severityName(f.severity)},
            {QStringLiteral("title"), f.englishTitle.isEmpty() ? f.title : f.englishTitle},
            {QStringLiteral("evidence"), f.englishEvidence.isEmpty() ? f.evidence : f.englishEvidence}});
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("etcd-drill-report-summary")},
        {QStringLiteral("format_version"), 1},
        {QStringLiteral("complete"), m.complete},
        {QStringLiteral("incomplete_reasons"), QJsonArray::fromStringList(m.incompleteReasonsInEnglish())},
        {QStringLiteral("problems"), QJsonArray::fromStringList(m.problemsInEnglish())},
        {QStringLiteral("journal_file"), m.journalFile},
        {QStringLiteral("samples_file"), m.samplesFile},
        {QStringLiteral("header"), header},
        {QStringLiteral("verdict"), verdict},
        {QStringLiteral("hypothesis"), hypothesis},
        {QStringLiteral("key_figures"), figures},
        {QStringLiteral("impact"), impact},
        {QStringLiteral("outages"), outages},
        {QStringLiteral("degraded_periods"), degraded},
        {QStringLiteral("phase_stats"), phases},
        {QStringLiteral("findings"), findings},
        {QStringLiteral("comparison"), comparisonJson(m)},
    };
}

bool ReportDataExport::writeSummaryJson(const ReportModel& model, const QString& file, QString* error,
                                        bool overwrite, const TextTranslator& translator)
{
    if (!mayWrite(file, overwrite, error, translator))
        return false;
    const QByteArray bytes = QJsonDocument(summaryJson(model)).toJson(QJsonDocument::Indented);
    return save(
        file, [&](QSaveFile& out) { return out.write(bytes) == bytes.size(); }, error, translator);
}

bool ReportDataExport::writeSamplesCsv(const ReportModel& model, const QString& file, QString* error,
                                       bool overwrite, const TextTranslator& translator)
{
    if (!mayWrite(file, overwrite, error, translator))
        return false;
    QByteArray header = DrillSampleLog::header();
    header.chop(1);
    header += ",relative_ms\n";
    const bool fromFile =
        !model.samplesFile.isEmpty() && QFileInfo(model.samplesFile).isReadable() &&
        QFileInfo(model.samplesFile).absoluteFilePath() != QFileInfo(file).absoluteFilePath();
    return save(
        file,
        [&](QSaveFile& out) {
            if (out.write(header) != header.size())
                return false;
            return fromFile ? copySamples(model, out) : writeSeries(model, out);
        },
        error, translator);
}

} // namespace etcddrill
