#include "DrillNotifications.h"

#include "DrillCheck.h"
#include "DrillRecorder.h"
#include "DrillStep.h"
#include "DrillText.h"
#include "journal/NotificationRecord.h"
#include "notify/NotifyDelivery.h"
#include "notify/WebhookNotifier.h"

#include <QDateTime>
#include <QFileInfo>

namespace etcddrill {

DrillNotifications::DrillNotifications(const DrillConfig& config, const OperatorIdentity& me,
                                       DrillRecorder* recorder, QObject* parent)
    : QObject(parent), m_config(config), m_me(me), m_recorder(recorder)
{
    if (config.notify.targets.isEmpty())
        return;
    m_notifier = new WebhookNotifier(config.notify, QProcessEnvironment::systemEnvironment(), this);
    connect(m_notifier, &WebhookNotifier::delivered, this, &DrillNotifications::delivered);
    connect(m_notifier, &WebhookNotifier::drained, this, &DrillNotifications::drained);
}

DrillNotifications::~DrillNotifications() = default;

int DrillNotifications::pending() const
{
    return m_notifier ? m_notifier->pending() : 0;
}

void DrillNotifications::send(const QString& event, const QString& step, const LocalizedText& summary,
                              const QString& outcome)
{
    if (!m_notifier)
        return;
    NotifyMessage m;
    m.event = event;
    m.cluster = m_config.clusterName;
    m.step = step;
    if (const std::optional<DrillStep::Id> id = DrillStep::idFromName(step))
        m.stepTitle = DrillText::stepTitle(*id);
    m.operatorName = QStringLiteral("%1@%2").arg(m_me.user, m_me.host);
    m.summary = summary;
    m.outcome = outcome;
    m.drill = m_drill;
    m.time = QDateTime::currentDateTimeUtc();
    m_notifier->send(m);
}

void DrillNotifications::started(const QString& journalFolder, bool dryRun)
{
    if (!m_notifier)
        return;
    m_drill = QFileInfo(journalFolder).fileName();
    // One preflight check per webhook: its URL (and secret) could be read here. A webhook that cannot be read
    // fails the preflight like any other check the operator can fix, and --override-preflight drills
    // without it.
    const QStringList problems = m_notifier->setupProblems();
    for (const NotifyTarget& target : m_config.notify.targets) {
        QString problem;
        for (const QString& p : problems) {
            if (p.startsWith(target.name + QStringLiteral(": ")))
                problem = p.mid(target.name.size() + 2);
        }
        m_recorder->addCheck(DrillCheck::make(
            DrillStep::Id::Preflight,
            DrillText::make(QT_TRANSLATE_NOOP("DrillText", "notification %1"), target.name),
            problem.isEmpty(),
            problem.isEmpty() ? DrillText::make(QT_TRANSLATE_NOOP("DrillText", "%1 webhook ready"),
                                                NotifyTarget::formatName(target.format))
                              : LocalizedText(problem),
            DrillText::make(QT_TRANSLATE_NOOP("DrillText", "its URL readable here")),
            problem.isEmpty()
                ? LocalizedText()
                : DrillText::make(QT_TRANSLATE_NOOP("DrillText",
                                                    "set the variable or fix the file named in "
                                                    "notify.webhooks (%1), or go on without this "
                                                    "webhook with --override-preflight"),
                                  target.name)));
    }
    send(QStringLiteral("start"), DrillStep::idName(DrillStep::Id::Preflight),
         DrillText::make(dryRun
                             ? QT_TRANSLATE_NOOP("DrillText", "dry run of the drill of %1 (fault %2) began")
                             : QT_TRANSLATE_NOOP("DrillText", "the drill of %1 (fault %2) began"),
                         m_config.targetSpec(), DrillSettings::faultName(m_config.drill.fault)));
}

void DrillNotifications::gateConfirmed(const DrillGate& gate)
{
    send(QStringLiteral("gate"), DrillStep::idName(gate.step),
         gate.actionText.isEmpty() ? LocalizedText(gate.action) : gate.actionText);
}

void DrillNotifications::stopped(const QString& node)
{
    send(QStringLiteral("stop"), DrillStep::idName(DrillStep::Id::StopTarget),
         DrillText::make(QT_TRANSLATE_NOOP("DrillText", "the stop command for %1's etcd was issued"), node));
}

void DrillNotifications::stopCondition(const LocalizedText& reason, DrillStep::Id step)
{
    send(QStringLiteral("stop-condition"), DrillStep::idName(step),
         DrillText::make(QT_TRANSLATE_NOOP("DrillText", "%1; rolling back"), reason));
}

void DrillNotifications::aborted(const LocalizedText& reason, DrillStep::Id step)
{
    send(QStringLiteral("abort"), DrillStep::idName(step), reason);
}

void DrillNotifications::verdict(const DrillSummary& summary)
{
    send(QStringLiteral("verdict"), DrillStep::idName(DrillStep::Id::Verdict), summary.headlineText(),
         DrillSummary::outcomeName(summary.outcome));
}

void DrillNotifications::journalClosing()
{
    if (!m_notifier || m_journalClosed)
        return;
    for (const NotifyDelivery& pending : m_notifier->pendingItems()) {
        NotificationRecord r;
        r.webhook = pending.webhook;
        r.format = pending.format;
        r.event = pending.event;
        r.inFlight = true;
        r.problem = QStringLiteral("still being sent when the journal closed (deadline %1 ms)")
                        .arg(m_notifier->timeout().count());
        m_recorder->put(r);
    }
    m_journalClosed = true;
}

void DrillNotifications::delivered(const NotifyDelivery& d)
{
    if (!d.ok)
        emit problem(
            DrillText::make(QT_TRANSLATE_NOOP("DrillText", "notification not delivered: %1"), d.describe()));
    if (m_journalClosed || !m_recorder->hasJournal())
        return;
    NotificationRecord r;
    r.webhook = d.webhook;
    r.format = d.format;
    r.event = d.event;
    r.ok = d.ok;
    r.httpStatus = d.httpStatus;
    r.problem = d.problem;
    r.ms = d.ms;
    m_recorder->put(r);
}

} // namespace etcddrill
