// What a drill records and tells its faces about its progress: the steps and their states, the checks, the
// notes, each written to the journal (journal.jsonl, through JournalWriter) as it happens and emitted as a
// value-type signal. Check texts are redacted (Redactor) here, whoever made them, so no secret reaches the
// journal, the faces or summary.json. Step boundaries are fsynced: a report cannot do without them.
//
// Thread: the drill engine's. Owner: DrillEngine (a member of its Private). Without an open journal it still
// keeps the steps and checks and emits (a drill that could not create its journal folder reports why).
#pragma once

#include "DrillCheck.h"
#include "DrillStep.h"
#include "JournalWriter.h"

#include "i18n/LocalizedText.h"

#include <QList>
#include <QObject>
#include <memory>
#include <optional>

namespace etcddrill {

class MonotonicClock;

class DrillRecorder : public QObject
{
    Q_OBJECT

public:
    explicit DrillRecorder(QObject* parent = nullptr);
    ~DrillRecorder() override;

    // A new journal in `folder` (JournalWriter::create); false with *error when it cannot be made.
    bool openJournal(const QString& folder, const MonotonicClock* clock, QString* error);
    bool hasJournal() const { return bool(m_journal); }
    QString journalFolder() const; // empty without a journal
    void closeJournal();

    void record(JournalKind kind, const QJsonObject& fields = {});
    template <class Record> void put(const Record& record)
    {
        if (m_journal)
            m_journal->write(record);
    }
    void sync(); // fsync what was written so far

    // Every step of the procedure in order, with its state.
    const QList<DrillStep>& steps() const { return m_steps; }
    // The running or waiting step; otherwise the last one that is not pending.
    DrillStep::Id currentStep() const;
    // Records and emits the change; nothing when state and detail are what they were.
    void setStep(DrillStep::Id id, DrillStep::State state, const LocalizedText& detail = {});
    // Every step still running or waiting for the operator fails with `failed`, every pending one is skipped
    // with `skipped`; `except` (the rollback's own step, say) is left as it is.
    void closeOpenSteps(const LocalizedText& failed, const LocalizedText& skipped,
                        std::optional<DrillStep::Id> except = std::nullopt);

    const QList<DrillCheck>& checks() const { return m_checks; }
    void addCheck(DrillCheck check);

    void note(const LocalizedText& text);

signals:
    void stepChanged(const etcddrill::DrillStep& step);
    void checkFinished(const etcddrill::DrillCheck& check);
    void notice(const etcddrill::LocalizedText& text);

private:
    std::unique_ptr<JournalWriter> m_journal;
    QList<DrillStep> m_steps;
    QList<DrillCheck> m_checks;
};

} // namespace etcddrill
