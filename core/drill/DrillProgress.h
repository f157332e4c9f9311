// Once a second while the drill waits (preflight, observation, recovery, settle): where it stands, the
// cluster in a few words and what each probe target saw in that second. A value type carried by
// DrillEngine::progress; the CLI prints it as one line, the journal keeps the per-target figures.
#pragma once

#include "DrillStep.h"
#include "etcd/ClusterSnapshot.h"
#include "i18n/LocalizedText.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <chrono>
#include <optional>

namespace etcddrill {

struct DrillProgress
{
    struct Target
    {
        QString name;
        int ok = 0;     // probes that answered 2xx in this second
        int failed = 0; // probes that failed in this second
        double maxMs = 0;
        bool inOutage = false;                    // an outage window is open
        std::chrono::milliseconds outageSoFar{0}; // its length so far
        // A degraded period is open (DegradedPeriodDetector): its share of failed probes so far, 0 to 1.
        std::optional<double> degradedShare;
    };

    struct Workload // the client workload so far (DrillDataSafety), counted from its start
    {
        int puts = 0; // ended puts; the following three add up to it
        int acknowledged = 0;
        int failed = 0;
        int unknown = 0;
        int watchEvents = 0;
        int watchOpens = 0;
    };

    DrillStep::Id step = DrillStep::Id::Preflight;
    QString phase; // what is being waited for: "observation", "settle", "recovery", "preflight", …
    std::chrono::milliseconds elapsed{0}; // in this phase
    std::chrono::milliseconds total{0};   // the phase's length; 0 when it ends on an event, not a time
    qint64 second = 0;                    // seconds since the drill started (the journal's probe-summary key)
    QString health;                       // "healthy", "degraded", "quorum-lost"
    int healthyVoters = 0;
    int totalVoters = 0;
    QString leader; // the leader's node, empty when none
    int writeChecks = 0;
    int writeFailures = 0;
    QList<Target> targets;
    std::optional<Workload> workload; // unset: the workload is off or has not started

    // health, voters and leader from the latest snapshot; "unknown" health when there is none yet.
    void setCluster(const ClusterSnapshot* snapshot);
    // "[observation 12/60 s] degraded 2/3, leader M1, writes 24/0 | vip 10 ok | M3-apiserver 0 ok 10 failed
    // (down 12.1 s)"
    QString describe() const;
    LocalizedText
    describeText() const; // the same for a face to translate (DrillText); describe() is its English
    QJsonObject toJson() const;
};

} // namespace etcddrill

Q_DECLARE_METATYPE(etcddrill::DrillProgress)
