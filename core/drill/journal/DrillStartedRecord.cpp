#include "DrillStartedRecord.h"

#include "FaultFactory.h"
#include "JournalNumbers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrl>

namespace etcddrill {

DrillStartedRecord DrillStartedRecord::of(const DrillConfig& config, bool dryRun, bool overridePreflight,
                                          const OperatorIdentity& by)
{
    const DrillSettings& drill = config.drill;
    DrillStartedRecord started;
    started.cluster = config.clusterName;
    started.configFile = config.sourceFile;
    started.targetSpec = config.targetSpec();
    started.fault = FaultFactory::faultName(drill.fault);
    started.transport = FaultFactory::transportName(drill.transport);
    for (const NodeConfig& node : config.nodes)
        started.nodes.append({node.name, node.etcdEndpoint, node.apiserverUrl, node.sshHost});
    for (const ProbeTargetConfig& target : config.probes.targets)
        started.probes.append({target.name, QUrl(target.url).toString(QUrl::RemoveUserInfo)});
    started.dryRun = dryRun;
    started.overridePreflight = overridePreflight;
    started.by = by;
    started.stopTimeoutMs = drill.stopTimeout.count();
    started.startTimeoutMs = drill.startTimeout.count();
    started.commandTimeoutMs = drill.commandTimeout.count();
    started.observationMs = drill.observation.count();
    started.settleMs = drill.settle.count();
    started.maxIndexLag = drill.maxIndexLag;
    started.pollIntervalMs = config.etcd.pollInterval.count();
    started.writePrefix = config.etcd.writePrefix;
    started.workloadRate = dryRun ? 0 : drill.workload.rate;
    started.writeFailures = drill.hypothesis.writeFailures;
    started.maxElectionMs = drill.hypothesis.maxElection.count();
    started.maxRecoveryMs = drill.hypothesis.maxRecovery.count();
    started.version = QCoreApplication::applicationVersion();
    return started;
}

QJsonObject DrillStartedRecord::toJson() const
{
    QJsonArray nodeList;
    for (const Node& node : nodes)
        nodeList.append(QJsonObject{{QStringLiteral("name"), node.name},
                                    {QStringLiteral("etcd"), node.etcd},
                                    {QStringLiteral("apiserver"), node.apiserver},
                                    {QStringLiteral("ssh"), node.ssh}});
    QJsonArray probeList;
    for (const Probe& probe : probes)
        probeList.append(
            QJsonObject{{QStringLiteral("name"), probe.name}, {QStringLiteral("url"), probe.url}});
    QJsonObject hypothesis;
    if (writeFailures)
        hypothesis.insert(QStringLiteral("write_failures"), *writeFailures);
    if (maxElectionMs)
        hypothesis.insert(QStringLiteral("max_election_ms"), *maxElectionMs);
    if (maxRecoveryMs)
        hypothesis.insert(QStringLiteral("max_recovery_ms"), *maxRecoveryMs);
    if (!maxOutageMsByTarget.isEmpty()) {
        QJsonObject limits;
        for (auto it = maxOutageMsByTarget.cbegin(); it != maxOutageMsByTarget.cend(); ++it)
            limits.insert(it.key(), it.value());
        hypothesis.insert(QStringLiteral("max_outage_ms"), limits);
    }
    QJsonObject json{
        {QLatin1String(JournalSchema::kSchemaField), schema},
        {QStringLiteral("cluster"), cluster},
        {QStringLiteral("config_file"), configFile},
        {QStringLiteral("target_spec"), targetSpec},
        {QStringLiteral("fault"), fault},
        {QStringLiteral("transport"), transport},
        {QStringLiteral("nodes"), nodeList},
        {QStringLiteral("options"), QJsonObject{{QStringLiteral("dry_run"), dryRun},
                                                {QStringLiteral("override_preflight"), overridePreflight}}},
        {QStringLiteral("operator"), by.toJson()},
        {QStringLiteral("settings"), QJsonObject{{QStringLiteral("stop_timeout_ms"), stopTimeoutMs},
                                                 {QStringLiteral("start_timeout_ms"), startTimeoutMs},
                                                 {QStringLiteral("command_timeout_ms"), commandTimeoutMs},
                                                 {QStringLiteral("observation_ms"), observationMs},
                                                 {QStringLiteral("settle_ms"), settleMs},
                                                 {QStringLiteral("max_index_lag"), maxIndexLag},
                                                 {QStringLiteral("poll_interval_ms"), pollIntervalMs},
                                                 {QStringLiteral("write_prefix"), writePrefix}}},
        {QStringLiteral("hypothesis"), hypothesis},
        {QStringLiteral("version"), version},
    };
    if (workloadRate) {
        QJsonObject settings = json.value(QStringLiteral("settings")).toObject();
        settings.insert(QStringLiteral("workload_rate"), *workloadRate);
        json.insert(QStringLiteral("settings"), settings);
    }
    // Only when there are any, so that an older journal's line is written back as it was.
    if (!probeList.isEmpty())
        json.insert(QStringLiteral("probes"), probeList);
    return json;
}

DrillStartedRecord DrillStartedRecord::fromJson(const QJsonObject& json)
{
    DrillStartedRecord r;
    r.schema = JournalSchema::versionOf(json);
    r.cluster = json.value(QStringLiteral("cluster")).toString();
    r.configFile = json.value(QStringLiteral("config_file")).toString();
    r.targetSpec = json.value(QStringLiteral("target_spec")).toString();
    r.fault = json.value(QStringLiteral("fault")).toString();
    r.transport = json.value(QStringLiteral("transport")).toString();
    r.version = json.value(QStringLiteral("version")).toString();
    for (const QJsonValue& value : json.value(QStringLiteral("nodes")).toArray()) {
        const QJsonObject node = value.toObject();
        r.nodes.append({node.value(QStringLiteral("name")).toString(),
                        node.value(QStringLiteral("etcd")).toString(),
                        node.value(QStringLiteral("apiserver")).toString(),
                        node.value(QStringLiteral("ssh")).toString()});
    }
    for (const QJsonValue& value : json.value(QStringLiteral("probes")).toArray()) {
        const QJsonObject probe = value.toObject();
        r.probes.append(
            {probe.value(QStringLiteral("name")).toString(), probe.value(QStringLiteral("url")).toString()});
    }
    const QJsonObject options = json.value(QStringLiteral("options")).toObject();
    r.dryRun = options.value(QStringLiteral("dry_run")).toBool();
    r.overridePreflight = options.value(QStringLiteral("override_preflight")).toBool();
    r.by = OperatorIdentity::fromJson(json.value(QStringLiteral("operator")).toObject());
    const QJsonObject settings = json.value(QStringLiteral("settings")).toObject();
    r.stopTimeoutMs = JournalNumbers::integer(settings, QStringLiteral("stop_timeout_ms")).value_or(0);
    r.startTimeoutMs = JournalNumbers::integer(settings, QStringLiteral("start_timeout_ms")).value_or(0);
    r.commandTimeoutMs = JournalNumbers::integer(settings, QStringLiteral("command_timeout_ms")).value_or(0);
    r.observationMs = JournalNumbers::integer(settings, QStringLiteral("observation_ms")).value_or(0);
    r.settleMs = JournalNumbers::integer(settings, QStringLiteral("settle_ms")).value_or(0);
    r.maxIndexLag = JournalNumbers::integer(settings, QStringLiteral("max_index_lag")).value_or(-1);
    r.pollIntervalMs = JournalNumbers::integer(settings, QStringLiteral("poll_interval_ms")).value_or(0);
    r.writePrefix = settings.value(QStringLiteral("write_prefix")).toString();
    if (const std::optional<qint64> rate = JournalNumbers::integer(settings, QStringLiteral("workload_rate")))
        r.workloadRate = int(*rate);
    const QJsonObject hypothesis = json.value(QStringLiteral("hypothesis")).toObject();
    if (const std::optional<qint64> writes =
            JournalNumbers::integer(hypothesis, QStringLiteral("write_failures")))
        r.writeFailures = int(*writes);
    r.maxElectionMs = JournalNumbers::integer(hypothesis, QStringLiteral("max_election_ms"));
    r.maxRecoveryMs = JournalNumbers::integer(hypothesis, QStringLiteral("max_recovery_ms"));
    const QJsonObject limits = hypothesis.value(QStringLiteral("max_outage_ms")).toObject();
    for (auto it = limits.begin(); it != limits.end(); ++it) {
        if (it.value().isDouble())
            r.maxOutageMsByTarget.insert(it.key(), it.value().toDouble());
    }
    return r;
}

} // namespace etcddrill
