#include "JournalSchema.h"

#include <QJsonValue>

#include <array>

namespace etcddrill {

namespace {

struct KindInfo
{
    JournalKind kind;
    const char* name;
    std::initializer_list<const char*> required;
    const char* meaning;
};

// The one table of journal kinds. Required are the fields without which a line means nothing (whose node,
// which target, what state); every etcd-drill since 0.1.0 writes them. The other fields
// (docs/journal-format.md) are optional for readers: old journals may lack those added later, and readers
// fall back to defaults.
const std::array<KindInfo, 37>& table()
{
    static const std::array<KindInfo, 37> kinds{{
        {JournalKind::DrillStarted,
         "drill-started",
         {"cluster"},
         "the drill began: cluster, configuration, target spec, fault, transport, operator, settings, "
         "hypothesis"},
        {JournalKind::Step, "step", {"step", "state"}, "a step of the procedure changed state"},
        {JournalKind::Check, "check", {"name"}, "a check finished: measured against expected"},
        {JournalKind::TargetResolved, "target-resolved", {"node"}, "the preflight chose the target node"},
        {JournalKind::Plan, "plan", {"node"}, "the commands the fault will run (preflight, stop, start)"},
        {JournalKind::Lock, "lock", {"event"}, "the drill lock was acquired, refused, lost or released"},
        {JournalKind::GateRequested,
         "gate-requested",
         {"step"},
         "a confirmation gate opened: the operator must type the node name"},
        {JournalKind::GateRefused, "gate-refused", {"step"}, "a typed confirmation was refused"},
        {JournalKind::GateConfirmed, "gate-confirmed", {"step"}, "the operator confirmed a gate"},
        {JournalKind::CommandStarted, "command-started", {"role"}, "a command began"},
        {JournalKind::CommandFinished,
         "command-finished",
         {"role"},
         "a command ended, with its exit code, output (redacted) and duration"},
        {JournalKind::FaultApplied,
         "fault-applied",
         {"node"},
         "the stop command is about to run: from here the target may be stopped until fault-restored"},
        {JournalKind::FaultNotApplied,
         "fault-not-applied",
         {"node"},
         "the stop command was refused or never ran: the target is not stopped"},
        {JournalKind::FaultRestored, "fault-restored", {"node"}, "the start commands succeeded"},
        {JournalKind::TargetStopped, "target-stopped", {"node"}, "the target's etcd stopped answering"},
        {JournalKind::TargetAnswering, "target-answering", {"node"}, "the target's etcd answers again"},
        {JournalKind::Snapshot, "snapshot", {"label"}, "the cluster as seen at a moment of the drill"},
        {JournalKind::ClusterEvent,
         "cluster-event",
         {"event"},
         "a change in the cluster: leader, quorum, member"},
        {JournalKind::OutageOpened,
         "outage-opened",
         {"target", "start_mono_ms"},
         "a probe target stopped answering (an outage window opened)"},
        {JournalKind::OutageClosed,
         "outage-closed",
         {"target", "start_mono_ms", "end_mono_ms"},
         "a probe target answers again (an outage window closed)"},
        {JournalKind::DegradedOpened,
         "degraded-opened",
         {"target", "start_mono_ms"},
         "a probe target is degraded: more than 5 % of its probes failed over 5 s"},
        {JournalKind::DegradedClosed,
         "degraded-closed",
         {"target", "start_mono_ms", "end_mono_ms"},
         "a probe target is no longer degraded"},
        {JournalKind::ProbeSummary, "probe-summary", {"targets"}, "once a second: probe counts per target"},
        {JournalKind::WriteCheck, "write-check", {"ok"}, "a write through one member, with its latency"},
        {JournalKind::Election, "election", {"duration_ms"}, "a leader election after the target stopped"},
        {JournalKind::StopCondition,
         "stop-condition",
         {"kind"},
         "a stop condition fired: the drill rolls back"},
        {JournalKind::Abort, "abort", {}, "the operator aborted the drill"},
        {JournalKind::PreflightOverridden,
         "preflight-overridden",
         {},
         "the operator went past failed preflight checks"},
        {JournalKind::RollbackStarted,
         "rollback-started",
         {"kind"},
         "the target is being restored without a gate"},
        {JournalKind::Recovered,
         "recovered",
         {"node"},
         "the target rejoined as the same member and caught up"},
        {JournalKind::Verdict, "verdict", {"lines"}, "the measurements against the hypothesis"},
        {JournalKind::DrillFinished,
         "drill-finished",
         {"outcome"},
         "the drill ended: outcome, reason, headline"},
        {JournalKind::RecoverStarted,
         "recover-started",
         {"node"},
         "etcd-drill-cli recover began restoring this drill's target"},
        {JournalKind::RecoverFinished,
         "recover-finished",
         {"status"},
         "etcd-drill-cli recover ended: restored or failed"},
        {JournalKind::Note, "note", {"text"}, "anything else worth keeping"},
        {JournalKind::DataSafety,
         "data-safety",
         {"prefix"},
         "the client workload's puts checked after the recovery, and their cleanup"},
        {JournalKind::Notification,
         "notification",
         {"webhook", "event", "ok"},
         "a message to a notify: webhook was delivered, or why not (never its URL)"},
    }};
    return kinds;
}

const KindInfo& info(JournalKind kind)
{
    return table().at(std::size_t(kind));
}

} // namespace

QList<JournalKind> JournalSchema::kinds()
{
    QList<JournalKind> list;
    for (const KindInfo& k : table())
        list.append(k.kind);
    return list;
}

QString JournalSchema::name(JournalKind kind)
{
    return QString::fromLatin1(info(kind).name);
}

std::optional<JournalKind> JournalSchema::kindOf(const QString& name)
{
    for (const KindInfo& k : table()) {
        if (name == QLatin1String(k.name))
            return k.kind;
    }
    return std::nullopt;
}

QStringList JournalSchema::requiredFields(JournalKind kind)
{
    QStringList fields;
    for (const char* field : info(kind).required)
        fields.append(QString::fromLatin1(field));
    return fields;
}

QString JournalSchema::meaning(JournalKind kind)
{
    return QString::fromLatin1(info(kind).meaning);
}

QString JournalSchema::problem(const QJsonObject& line)
{
    const QString type = line.value(QStringLiteral("type")).toString();
    const std::optional<JournalKind> kind = kindOf(type);
    if (!kind)
        return QStringLiteral("unknown record kind \"%1\": this etcd-drill reads journal schema %2 "
                              "(docs/journal-format.md); a newer etcd-drill may have written it")
            .arg(type)
            .arg(kVersion);
    QStringList missing;
    for (const char* field : info(*kind).required) {
        if (!line.contains(QLatin1String(field)))
            missing.append(QStringLiteral("\"%1\"").arg(QLatin1String(field)));
    }
    if (missing.isEmpty())
        return {};
    return QStringLiteral("a \"%1\" record needs %2 (docs/journal-format.md); the line is incomplete or was "
                          "edited by hand")
        .arg(type, missing.join(QStringLiteral(", ")));
}

int JournalSchema::versionOf(const QJsonObject& drillStarted)
{
    const int version = drillStarted.value(QLatin1String(kSchemaField)).toInt(1);
    return version > 0 ? version : 1;
}

} // namespace etcddrill
