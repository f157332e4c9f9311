#include "DrillSectionParser.h"

#include "Duration.h"

#include <QRegularExpression>

namespace etcddrill {

using namespace std::chrono_literals;

namespace {

using Entry = ConfigYamlReader::Entry;
using Shape = ConfigYamlReader::Shape;
template <typename Target> using FieldSpec = ConfigYamlReader::FieldSpec<Target>;
template <typename Value> using Choice = ConfigYamlReader::Choice<Value>;
using NodePathKind = ConfigYamlReader::NodePathKind;

constexpr Choice<DrillSettings::Fault> faultChoices[] = {
    {"static-pod", DrillSettings::Fault::StaticPod},
    {"systemd", DrillSettings::Fault::Systemd},
    {"command", DrillSettings::Fault::Command},
};

constexpr Choice<DrillSettings::Transport> transportChoices[] = {
    {"local", DrillSettings::Transport::Local},
    {"ssh", DrillSettings::Transport::Ssh},
};

// A duration of the drill section; the range message follows from the limits.
void readDrillDuration(ConfigYamlReader& reader, const Entry& entry, std::chrono::milliseconds min,
                       std::chrono::milliseconds max, std::chrono::milliseconds& into)
{
    const QString range =
        min == 0ms   ? QStringLiteral("between 0s and %1").arg(Duration::format(max))
        : min == 1ms ? QStringLiteral("more than 0 and at most %1").arg(Duration::format(max))
                     : QStringLiteral("between %1 and %2").arg(Duration::format(min), Duration::format(max));
    if (const auto v = reader.readDuration(entry, min, max, range))
        into = *v;
}

constexpr FieldSpec<HypothesisSettings> hypothesisFields[] = {
    {"write-failures", Shape::Scalar, false, "a number of write checks like 0",
     [](ConfigYamlReader& reader, const Entry& e, HypothesisSettings& h) {
         if (const auto v = reader.readInteger(e, 0, 1000000, QStringLiteral("between 0 and 1000000")))
             h.writeFailures = int(*v);
     }},
    {"max-election", Shape::Scalar, false, "a duration like 5s",
     [](ConfigYamlReader& reader, const Entry& e, HypothesisSettings& h) {
         readDrillDuration(reader, e, 1ms, 1h, h.maxElection);
     }},
    {"max-recovery", Shape::Scalar, false, "a duration like 60s",
     [](ConfigYamlReader& reader, const Entry& e, HypothesisSettings& h) {
         readDrillDuration(reader, e, 1ms, 1h, h.maxRecovery);
     }},
    {"lost-writes", Shape::Scalar, false, "a number of acknowledged puts like 0",
     [](ConfigYamlReader& reader, const Entry& e, HypothesisSettings& h) {
         if (const auto v = reader.readInteger(e, 0, 1000000, QStringLiteral("between 0 and 1000000")))
             h.lostWrites = int(*v);
     }},
    {"hashes-agree", Shape::Scalar, false, "true or false",
     [](ConfigYamlReader& reader, const Entry& e, HypothesisSettings& h) {
         if (const auto v = reader.readBool(e))
             h.hashesAgree = *v;
     }},
};

constexpr FieldSpec<WorkloadSettings> workloadFields[] = {
    {"rate", Shape::Scalar, false, "puts per second like 20, 0 for none",
     [](ConfigYamlReader& reader, const Entry& e, WorkloadSettings& w) {
         // Each put is a new key kept until the drill's end: a few thousand a second would flood the store
         // of the cluster under test.
         if (const auto v = reader.readInteger(e, 0, 2000, QStringLiteral("between 0 and 2000")))
             w.rate = int(*v);
     }},
};

constexpr FieldSpec<ConfigDraft> drillFields[] = {
    {"target", Shape::Scalar, false, "a node name, leader or follower",
     [](ConfigYamlReader& reader, const Entry& e, ConfigDraft& d) {
         if (const auto text = reader.readText(e))
             d.drillTarget = *text;
     }},
    {"fault", Shape::Scalar, false, "static-pod, systemd or command",
     [](ConfigYamlReader& reader, const Entry& e, ConfigDraft& d) {
         if (const auto v = reader.readChoice<DrillSettings::Fault>(e, faultChoices))
             d.config.drill.fault = *v;
     }},
    {"transport", Shape::Scalar, false, "local or ssh",
     [](ConfigYamlReader& reader, const Entry& e, ConfigDraft& d) {
         if (const auto v = reader.readChoice<DrillSettings::Transport>(e, transportChoices))
             d.config.drill.transport = *v;
     }},
    {"sudo", Shape::Scalar, false, "true or false",
     [](ConfigYamlReader& reader, const Entry& e, ConfigDraft& d) {
         if (const auto v = reader.readBool(e))
             d.config.drill.sudo = *v;
     }},
    {"manifest", Shape::Scalar, false, "the etcd manifest's path on the node",
     [](ConfigYamlReader& reader, const Entry& e, ConfigDraft& d) {
         if (const auto path = reader.readNodePath(e, NodePathKind::File))
             d.config.drill.manifest = *path;
     }},
    {"backup-dir", Shape::Scalar, false, "a folder on the node like /root/etcd-drill-backup",
     [](ConfigYamlReader& reader, const Entry& e, ConfigDraft& d) {
         if (const auto path = reader.readNodePath(e, NodePathKind::Folder))
             d.config.drill.backupDir = *path;
     }},
    {"unit", Shape::Scalar, false, "a systemd unit like etcd",
     [](ConfigYamlReader& reader, const Entry& e, ConfigDraft& d) {
         // The unit ends up in a command line (over ssh, through a shell): only unit-name characters pass.
         static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9:_.@\\\\-]+$"));
         const auto text = reader.readText(e);
         if (!text)
             return;
         if (!valid.match(*text).hasMatch() || text->startsWith(u'-')) {
             reader.error(e.at,
                          QStringLiteral("%1: '%2' is not a systemd unit name: use letters, digits and ':', "
                                         "'_', '.', '@', '\\', '-', e.g. etcd or etcd.service")
                              .arg(e.path, *text));
             return;
         }
         d.config.drill.unit = *text;
     }},
    {"stop-command", Shape::Scalar, false, "a command that stops etcd on the node",
     [](ConfigYamlReader& reader, const Entry& e, ConfigDraft& d) {
         if (const auto text = reader.readText(e))
             d.config.drill.stopCommand = *text;
     }},
    {"start-command", Shape::Scalar, false, "a command that starts etcd on the node",
     [](ConfigYamlReader& reader, const Entry& e, ConfigDraft& d) {
         if (const auto text = reader.readText(e))
             d.config.drill.startCommand = *text;
     }},
    {"ssh-connect-timeout", Shape::Scalar, false, "a duration like 5s",
     [](ConfigYamlReader& reader, const Entry& e, ConfigDraft& d) {
         const auto v = reader.readDuration(e, 1s, 5min, QStringLiteral("between 1s and 5m"));
         if (!v)
             return;
         // ssh's ConnectTimeout option takes whole seconds; rounding silently would change the limit.
         if (v->count() % 1000 != 0) {
             reader.error(e.at, QStringLiteral("%1 must be whole seconds (ssh counts its connect timeout in "
                                               "seconds), not %2")
                                    .arg(e.path, ConfigYamlReader::textOf(e.value)));
             return;
         }
         d.config.drill.sshConnectTimeout = *v;
     }},
    {"command-timeout", Shape::Scalar, false, "a duration like 30s",
     [](ConfigYamlReader& reader, const Entry& e, ConfigDraft& d) {
         readDrillDuration(reader, e, 1s, 30min, d.config.drill.commandTimeout);
     }},
    {"stop-timeout", Shape::Scalar, false, "a duration like 15s",
     [](ConfigYamlReader& reader, const Entry& e, ConfigDraft& d) {
         readDrillDuration(reader, e, 1s, 10min, d.config.drill.stopTimeout);
     }},
    {"start-timeout", Shape::Scalar, false, "a duration like 60s",
     [](ConfigYamlReader& reader, const Entry& e, ConfigDraft& d) {
         readDrillDuration(reader, e, 1s, 30min, d.config.drill.startTimeout);
     }},
    {"observation", Shape::Scalar, false, "a duration like 60s",
     [](ConfigYamlReader& reader, const Entry& e, ConfigDraft& d) {
         // With one member down a three-member cluster tolerates no further failure: longer than an hour
         // is an outage risk, not a drill.
         readDrillDuration(reader, e, 1s, 1h, d.config.drill.observation);
     }},
    {"settle", Shape::Scalar, false, "a duration like 10s",
     [](ConfigYamlReader& reader, const Entry& e, ConfigDraft& d) {
         readDrillDuration(reader, e, 0ms, 1h, d.config.drill.settle);
     }},
    {"max-index-lag", Shape::Scalar, false, "a number of raft entries like 50",
     [](ConfigYamlReader& reader, const Entry& e, ConfigDraft& d) {
         // A million entries behind is not "caught up" by any measure: the cap catches a slipped digit.
         if (const auto v = reader.readInteger(e, 0, 1000000, QStringLiteral("between 0 and 1000000")))
             d.config.drill.maxIndexLag = *v;
     }},
    {"journal-dir", Shape::Scalar, false, "a local folder like ~/.local/share/etcd-drill/drills",
     [](ConfigYamlReader& reader, const Entry& e, ConfigDraft& d) { reader.readLocalPath(e, d.journalDir); }},
    {"workload", Shape::Mapping, false, "a mapping with rate",
     [](ConfigYamlReader& reader, const Entry& e, ConfigDraft& d) {
         reader.readMapping<WorkloadSettings>(e.value, e.path, workloadFields, d.config.drill.workload);
     }},
    {"hypothesis", Shape::Mapping, false,
     "a mapping with write-failures, max-election, max-recovery, lost-writes and hashes-agree",
     [](ConfigYamlReader& reader, const Entry& e, ConfigDraft& d) {
         reader.readMapping<HypothesisSettings>(e.value, e.path, hypothesisFields, d.config.drill.hypothesis);
     }},
};

} // namespace

void DrillSectionParser::read(ConfigYamlReader& reader, const ConfigYamlReader::Entry& entry,
                              ConfigDraft& draft)
{
    reader.readMapping<ConfigDraft>(entry.value, entry.path, drillFields, draft);
}

} // namespace etcddrill
