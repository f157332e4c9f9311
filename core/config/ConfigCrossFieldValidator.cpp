#include "ConfigCrossFieldValidator.h"

#include "Duration.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace etcddrill {

namespace {

// The target names "<node>-apiserver" that probes.node-apiservers adds, by lower-case name.
QHash<QString, const ConfigDraft::Node*> nodeApiserverTargets(const ConfigDraft& draft)
{
    QHash<QString, const ConfigDraft::Node*> names;
    if (!draft.config.probes.nodeApiservers)
        return names;
    for (const ConfigDraft::Node& node : draft.nodes) {
        if (!node.node.name.isEmpty() && !node.node.apiserverUrl.isEmpty())
            names.insert(ProbeSettings::nodeApiserverTargetName(node.node.name).toLower(), &node);
    }
    return names;
}

// Turns drill.target into TargetKind + node (the last node when the file names none).
void resolveDrillTarget(ConfigYamlReader& reader, ConfigDraft& draft)
{
    DrillSettings& drill = draft.config.drill;
    QStringList nodeNames;
    for (const ConfigDraft::Node& node : std::as_const(draft.nodes)) {
        if (!node.node.name.isEmpty())
            nodeNames.append(node.node.name);
    }
    if (!draft.drillTarget) {
        drill.targetKind = DrillSettings::TargetKind::Node;
        drill.targetNode = draft.nodes.isEmpty() ? QString() : draft.nodes.last().node.name;
        return;
    }
    const QString& written = *draft.drillTarget;
    const ConfigLocation at = reader.placeOf(QStringLiteral("drill.target"));
    const bool isRole = written == u"leader" || written == u"follower";
    if (isRole && nodeNames.contains(written)) {
        reader.error(
            at, QStringLiteral("drill.target: '%1' is both a node name and the role %1: rename that node in "
                               "nodes so the target is unambiguous")
                    .arg(written));
        return;
    }
    if (isRole) {
        drill.targetKind =
            written == u"leader" ? DrillSettings::TargetKind::Leader : DrillSettings::TargetKind::Follower;
        drill.targetNode.clear();
        return;
    }
    if (nodeNames.contains(written)) {
        drill.targetKind = DrillSettings::TargetKind::Node;
        drill.targetNode = written;
        return;
    }
    // Exact case is required: the name is matched as written everywhere else (reports, journal, ssh).
    const QStringList candidates =
        nodeNames + QStringList{QStringLiteral("leader"), QStringLiteral("follower")};
    const QString suggestion = ConfigYamlReader::closestKey(written, candidates);
    reader.error(
        at, suggestion.isEmpty()
                ? QStringLiteral("drill.target: '%1' is not a node name, leader or follower: write one of %2")
                      .arg(written, ConfigYamlReader::orList(candidates))
                : QStringLiteral("drill.target: '%1' is not a node name, leader or follower — did you mean "
                                 "'%2'?")
                      .arg(written, suggestion));
}

// Every node the drill may stop: the target node, or all of them for leader/follower.
QList<const ConfigDraft::Node*> possibleTargets(const ConfigDraft& draft)
{
    QList<const ConfigDraft::Node*> nodes;
    const DrillSettings& drill = draft.config.drill;
    for (const ConfigDraft::Node& node : draft.nodes) {
        if (node.node.name.isEmpty())
            continue;
        if (drill.targetKind != DrillSettings::TargetKind::Node || node.node.name == drill.targetNode)
            nodes.append(&node);
    }
    return nodes;
}

void checkSshTargets(ConfigYamlReader& reader, const ConfigDraft& draft)
{
    const DrillSettings& drill = draft.config.drill;
    if (drill.transport != DrillSettings::Transport::Ssh)
        return;
    const int transportLine = reader.placeOf(QStringLiteral("drill.transport")).line;
    QString why;
    if (drill.targetKind == DrillSettings::TargetKind::Leader)
        why = QStringLiteral("with drill.target leader any node can be the target");
    else if (drill.targetKind == DrillSettings::TargetKind::Follower)
        why = QStringLiteral("with drill.target follower any node can be the target");
    else if (draft.drillTarget)
        why = QStringLiteral("it is drill.target");
    else
        why = QStringLiteral("it is the drill's target (the last node, as drill.target is not set)");
    const QList<const ConfigDraft::Node*> targets = possibleTargets(draft);
    for (qsizetype i = 0; i < draft.nodes.size(); ++i) {
        const ConfigDraft::Node& node = draft.nodes[i];
        if (!node.node.sshHost.isEmpty() || !targets.contains(&node))
            continue;
        reader.error(node.at,
                     QStringLiteral("nodes[%1] '%2' has no ssh, but drill.transport is ssh (line %3) and %4: "
                                    "add ssh: with user@host, or use transport: local")
                         .arg(i)
                         .arg(node.node.name)
                         .arg(transportLine)
                         .arg(why));
    }
}

void checkFaultSettings(ConfigYamlReader& reader, const ConfigDraft& draft)
{
    const DrillSettings& drill = draft.config.drill;
    const ConfigLocation faultAt = reader.placeOf(QStringLiteral("drill.fault"));
    switch (drill.fault) {
    case DrillSettings::Fault::Systemd:
        // A unit that was written but refused has its own message already.
        if (!reader.hasPlace(QStringLiteral("drill.unit")))
            reader.error(faultAt,
                         QStringLiteral("drill.fault is systemd, which needs drill.unit: add unit: with "
                                        "etcd's systemd unit, e.g. unit: etcd"));
        return;
    case DrillSettings::Fault::Command: {
        QStringList missing;
        if (!reader.hasPlace(QStringLiteral("drill.stop-command")))
            missing.append(QStringLiteral("stop-command"));
        if (!reader.hasPlace(QStringLiteral("drill.start-command")))
            missing.append(QStringLiteral("start-command"));
        if (!missing.isEmpty())
            reader.error(faultAt, QStringLiteral("drill.fault is command, which needs drill.stop-command and "
                                                 "drill.start-command: add %1")
                                      .arg(missing.join(QStringLiteral(" and "))));
        return;
    }
    case DrillSettings::Fault::StaticPod:
        break;
    }

    // kubelet runs every regular file directly in its staticPodPath (it skips only sub-folders and hidden
    // files), so a manifest "moved" into its own folder keeps etcd running.
    auto check = [&](const QString& manifest, const QString& backupDir, const QString& label,
                     ConfigLocation at) {
        if (QDir::cleanPath(QFileInfo(manifest).path()) != QDir::cleanPath(backupDir))
            return;
        reader.error(
            at, QStringLiteral("%1: the backup folder %2 is the manifest's own folder (%3): kubelet runs "
                               "every manifest in it, so moving the manifest there would not stop etcd; "
                               "choose a backup-dir elsewhere, e.g. /root/etcd-drill-backup")
                    .arg(label, backupDir, manifest));
    };
    auto placeOfEither = [&](const QString& first, const QString& second) {
        return reader.hasPlace(first) ? std::pair{first, reader.placeOf(first)}
                                      : std::pair{second, reader.placeOf(second)};
    };
    const auto [drillLabel, drillAt] =
        placeOfEither(QStringLiteral("drill.backup-dir"), QStringLiteral("drill.manifest"));
    check(drill.manifest, drill.backupDir, drillLabel, drillAt);
    for (qsizetype i = 0; i < draft.nodes.size(); ++i) {
        const NodeConfig& node = draft.nodes[i].node;
        if (node.manifest.isEmpty() && node.backupDir.isEmpty())
            continue;
        const QString prefix = QStringLiteral("nodes[%1].").arg(i);
        const auto [label, at] =
            placeOfEither(prefix + QStringLiteral("backup-dir"), prefix + QStringLiteral("manifest"));
        check(drill.manifestOn(node), drill.backupDirOn(node), label, at);
    }
}

} // namespace

void ConfigCrossFieldValidator::checkDuplicates(ConfigYamlReader& reader,
                                                const QList<ConfigDraft::Node>& nodes)
{
    QHash<QString, const ConfigDraft::Node*> names;
    QHash<QString, const ConfigDraft::Node*> endpoints;
    for (const ConfigDraft::Node& node : nodes) {
        // Case-insensitive: operators type "m1" for "M1" on the command line.
        if (!node.node.name.isEmpty()) {
            const QString key = node.node.name.toLower();
            if (const ConfigDraft::Node* first = names.value(key)) {
                reader.error(node.nameAt,
                             QStringLiteral("duplicate node name '%1': node '%2' at line %3 has it "
                                            "already; node names must be unique")
                                 .arg(node.node.name, first->node.name)
                                 .arg(first->nameAt.line));
            } else {
                names.insert(key, &node);
            }
        }
        if (node.endpoint) {
            const QString key = node.endpoint->identity();
            if (const ConfigDraft::Node* first = endpoints.value(key)) {
                reader.error(node.etcdAt,
                             QStringLiteral("duplicate etcd endpoint '%1': node '%2' at line %3 uses it "
                                            "already; every node needs its own member's endpoint")
                                 .arg(node.node.etcdEndpoint, first->node.name)
                                 .arg(first->etcdAt.line));
            } else {
                endpoints.insert(key, &node);
            }
        }
    }
}

bool ConfigCrossFieldValidator::anyHttps(const QList<ConfigDraft::Node>& nodes)
{
    return std::any_of(nodes.begin(), nodes.end(), [](const ConfigDraft::Node& n) {
        return n.endpoint && n.endpoint->scheme() == EtcdEndpoint::Scheme::Https;
    });
}

ConfigLocation ConfigCrossFieldValidator::firstHttpsAt(const QList<ConfigDraft::Node>& nodes)
{
    for (const ConfigDraft::Node& n : nodes) {
        if (n.endpoint && n.endpoint->scheme() == EtcdEndpoint::Scheme::Https)
            return n.etcdAt;
    }
    return {};
}

void ConfigCrossFieldValidator::checkProbeTargets(ConfigYamlReader& reader, const ConfigDraft& draft)
{
    const QHash<QString, const ConfigDraft::Node*> generated = nodeApiserverTargets(draft);
    QHash<QString, int> names; // lower-case name -> line of the first target with it
    const QList<ProbeTargetConfig>& targets = draft.config.probes.targets;
    for (qsizetype i = 0; i < targets.size(); ++i) {
        const ProbeTargetConfig& target = targets[i];
        const QString path = QStringLiteral("probes.targets[%1]").arg(i);
        if (!target.name.isEmpty()) {
            // Case-insensitive, as node names: reports and the command line should not tell "VIP" from "vip".
            const QString key = target.name.toLower();
            const ConfigLocation nameAt = reader.placeOf(path + QStringLiteral(".name"));
            if (const ConfigDraft::Node* node = generated.value(key)) {
                reader.error(nameAt,
                             QStringLiteral("%1.name: '%2' is the name of the probe of node %3's apiserver "
                                            "(probes.node-apiservers is true): rename this target, or set "
                                            "node-apiservers: false")
                                 .arg(path, target.name, node->node.name));
            } else if (names.contains(key)) {
                reader.error(nameAt,
                             QStringLiteral("duplicate probe target name '%1': the target at line %2 has it "
                                            "already; probe target names must be unique")
                                 .arg(target.name)
                                 .arg(names.value(key)));
            } else {
                names.insert(key, target.line);
            }
        }
        if (target.maxOutage && target.abortOutage && *target.abortOutage < *target.maxOutage)
            reader.error(
                reader.placeOf(path + QStringLiteral(".abort-outage")),
                QStringLiteral("%1.abort-outage (%2) is shorter than its max-outage (%3): the drill would "
                               "roll back on an outage the hypothesis accepts; make abort-outage at least "
                               "%3")
                    .arg(path, Duration::format(*target.abortOutage), Duration::format(*target.maxOutage)));
    }
}

void ConfigCrossFieldValidator::checkDrill(ConfigYamlReader& reader, ConfigDraft& draft,
                                           const QString& defaultJournalDir)
{
    resolveDrillTarget(reader, draft);
    checkSshTargets(reader, draft);
    checkFaultSettings(reader, draft);
    if (draft.journalDir) {
        const QFileInfo info(draft.journalDir->path);
        if (info.exists() && !info.isDir())
            reader.error(
                draft.journalDir->at,
                QStringLiteral("%1: %2 is a file, not a folder: name the folder drill journals go to")
                    .arg(draft.journalDir->label, draft.journalDir->shown()));
        draft.config.drill.journalDir = draft.journalDir->path;
    } else {
        draft.config.drill.journalDir = defaultJournalDir;
    }
}

} // namespace etcddrill
