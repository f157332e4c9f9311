// journal "drill-started": the first line of every drill journal. What the drill was run against and with
// (cluster, nodes, fault, transport, options, settings, hypothesis), who ran it and which etcd-drill and
// journal schema wrote it. The report's header and DrillRecovery's "whose drill is this" come from here.
#pragma once

#include "JournalKind.h"
#include "JournalSchema.h"
#include "OperatorIdentity.h"

#include "config/DrillConfig.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace etcddrill {

struct DrillStartedRecord
{
    static constexpr JournalKind kKind = JournalKind::DrillStarted;

    struct Node
    {
        QString name;
        QString etcd;      // client URL
        QString apiserver; // URL, empty when not configured
        QString ssh;       // host, empty for local commands
    };

    int schema = JournalSchema::kVersion; // 1 when read from a journal without the field (0.1.0)
    QString cluster;
    QString configFile;
    QString targetSpec; // "M3", "leader", "follower"
    QString fault;      // FaultFactory::faultName
    QString transport;  // FaultFactory::transportName
    QList<Node> nodes;
    struct Probe
    {
        QString name;
        QString url; // without user info, so no password reaches the journal
    };
    QList<Probe> probes; // the configured probe targets (the replay's entry points show their host)
    bool dryRun = false;
    bool overridePreflight = false;
    OperatorIdentity by;
    // settings, in ms where a duration
    qint64 stopTimeoutMs = 0, startTimeoutMs = 0, commandTimeoutMs = 0, observationMs = 0, settleMs = 0;
    qint64 maxIndexLag = -1;
    qint64 pollIntervalMs = 0;
    QString writePrefix;
    std::optional<int> workloadRate; // drill.workload.rate; absent in journals from before the workload
    // hypothesis
    std::optional<int> writeFailures;
    std::optional<qint64> maxElectionMs;
    std::optional<qint64> maxRecoveryMs;
    QMap<QString, double> maxOutageMsByTarget; // optional in the journal; read when present
    QString version;                           // etcd-drill's

    // The record of a drill about to run `config` (its target as DrillConfig::targetSpec() names it), by
    // `by`, written by this etcd-drill (QCoreApplication::applicationVersion()).
    static DrillStartedRecord of(const DrillConfig& config, bool dryRun, bool overridePreflight,
                                 const OperatorIdentity& by);

    QJsonObject toJson() const;
    static DrillStartedRecord fromJson(const QJsonObject& json);
};

} // namespace etcddrill
