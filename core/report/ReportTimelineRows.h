// The timeline of a report and its step markers, one journal line at a time, in the report's language: a
// row per line that says something to a reader (a step's state, a check, a gate, a command with its output,
// a fault, a cluster event, a verdict, …), a command-started line without its command-finished as "no
// result", one row per outage window at its start, and a chart marker where each step first ran. Lines of a
// kind this build does not know are kept as a notice, so the timeline hides nothing. Rows are in the
// journal's order (outage rows last); ReportBuilder sorts them by seq. Command output and error texts are
// redacted once more here (defence in depth).
// Thread: any. Owner: ReportBuilder, for one build.
#pragma once

#include "ReportModel.h"
#include "drill/JournalReadResult.h"
#include "i18n/LocalizedText.h"
#include "i18n/TextTranslator.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <optional>

namespace etcddrill {

class ReportTimelineRows
{
    ETCDDRILL_TR_FUNCTIONS(ReportBuilder) // the texts keep the context they were translated under

public:
    explicit ReportTimelineRows(const TextTranslator& translator) : m_translator(translator) {}

    // The row(s) of line `e`; `model` holds what ReportBuilder already learnt, this line included (the
    // drill-started header, the target, the outcome).
    void take(const JournalEntry& e, const ReportModel& model);
    // The journal has ended: a command still without its result gets its row.
    void finishCommands();
    // One row per window, at its start, and one per degraded period, into which the windows inside it fold;
    // `entries` are the journal's lines (their seq orders the rows).
    void addOutages(const QList<ReportOutage>& outages, const ReportModel& model,
                    const QList<JournalEntry>& entries);

    const QList<ReportTimelineRow>& rows() const { return m_rows; }
    const QList<ReportMarker>& markers() const { return m_markers; }
    // The degraded periods the journal recorded, oldest first; one still open has closed == false and
    // endMonoMs 0.
    const QList<ReportDegradedPeriod>& degradedPeriods() const { return m_periods; }

    // A step line's title: the DrillText template of the English title the engine wrote, so that it shows
    // in the report's language (an unknown title stays as written).
    static LocalizedText stepTitle(const QJsonObject& step);

private:
    const TextTranslator& translator() const { return m_translator; }
    ReportTimelineRow& row(const JournalEntry& e, const QString& kind, const QString& line,
                           const QString& detail = {}, bool failed = false);
    void takeStep(const JournalEntry& e);
    void takePlan(const JournalEntry& e);
    void takeCommand(const JournalEntry& e, bool hasResult);
    void takeVerdict(const JournalEntry& e);
    QString operatorText(const QJsonObject& op) const;
    QString stateText(const QString& state) const;
    QString shown(const QJsonObject& object, const QString& key) const;

    TextTranslator m_translator;
    QList<ReportTimelineRow> m_rows;
    QList<ReportMarker> m_markers;
    QSet<QString> m_markedSteps;
    std::optional<JournalEntry> m_pendingCommand; // command-started without its command-finished yet
    // Degraded periods (degraded-opened/-closed), for one row each and to fold their outage windows into it.
    using Period = ReportDegradedPeriod;
    QList<Period> m_periods;
};

} // namespace etcddrill
