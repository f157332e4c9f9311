#include "DrillRecorder.h"

#include "Redactor.h"
#include "journal/CheckRecord.h"
#include "journal/NoteRecord.h"
#include "journal/StepRecord.h"

namespace etcddrill {

DrillRecorder::DrillRecorder(QObject* parent) : QObject(parent)
{
    for (DrillStep::Id id : {DrillStep::Id::Preflight, DrillStep::Id::StopTarget,
                             DrillStep::Id::VerifySurvivors, DrillStep::Id::StartTarget,
                             DrillStep::Id::Recovery, DrillStep::Id::Verdict, DrillStep::Id::Rollback}) {
        DrillStep step;
        step.id = id;
        m_steps.append(step);
    }
}

DrillRecorder::~DrillRecorder() = default;

bool DrillRecorder::openJournal(const QString& folder, const MonotonicClock* clock, QString* error)
{
    auto journal = std::make_unique<JournalWriter>(clock);
    if (!journal->create(folder, error))
        return false;
    m_journal = std::move(journal);
    return true;
}

QString DrillRecorder::journalFolder() const
{
    return m_journal ? m_journal->folder() : QString();
}

void DrillRecorder::closeJournal()
{
    if (m_journal)
        m_journal->close();
}

void DrillRecorder::record(JournalKind kind, const QJsonObject& fields)
{
    if (m_journal)
        m_journal->write(kind, fields);
}

void DrillRecorder::sync()
{
    if (m_journal)
        m_journal->sync();
}

DrillStep::Id DrillRecorder::currentStep() const
{
    for (const DrillStep& step : m_steps) {
        if (step.state == DrillStep::State::Running || step.state == DrillStep::State::WaitingForOperator)
            return step.id;
    }
    for (auto it = m_steps.crbegin(); it != m_steps.crend(); ++it) {
        if (it->state != DrillStep::State::Pending)
            return it->id;
    }
    return DrillStep::Id::Preflight;
}

void DrillRecorder::closeOpenSteps(const LocalizedText& failed, const LocalizedText& skipped,
                                   std::optional<DrillStep::Id> except)
{
    const QList<DrillStep> steps = m_steps; // a copy: setStep changes m_steps
    for (const DrillStep& step : steps) {
        if (except && step.id == *except)
            continue;
        if (step.state == DrillStep::State::Running || step.state == DrillStep::State::WaitingForOperator)
            setStep(step.id, DrillStep::State::Failed, failed);
        else if (step.state == DrillStep::State::Pending)
            setStep(step.id, DrillStep::State::Skipped, skipped);
    }
}

void DrillRecorder::setStep(DrillStep::Id id, DrillStep::State state, const LocalizedText& detail)
{
    auto it = std::find_if(m_steps.begin(), m_steps.end(), [id](const DrillStep& s) { return s.id == id; });
    DrillStep& step = it != m_steps.end() ? *it : m_steps.first();
    const QString english = detail.english();
    if (step.state == state && step.detail == english)
        return;
    step.state = state;
    step.detail = english;
    step.detailText = detail;
    put(StepRecord{DrillStep::idName(id), DrillStep::stateName(state), DrillStep::title(id), detail});
    if (state == DrillStep::State::Passed || state == DrillStep::State::Failed ||
        state == DrillStep::State::Skipped || state == DrillStep::State::WaitingForOperator)
        sync();
    emit stepChanged(step);
}

void DrillRecorder::addCheck(DrillCheck check)
{
    check.measured = Redactor::redact(check.measured);
    check.detail = Redactor::redact(check.detail);
    check.measuredText = check.measuredText.mapped(&Redactor::redact);
    check.detailText = check.detailText.mapped(&Redactor::redact);
    m_checks.append(check);
    put(CheckRecord{check});
    emit checkFinished(check);
}

void DrillRecorder::note(const LocalizedText& text)
{
    put(NoteRecord{text});
    emit notice(text);
}

} // namespace etcddrill
