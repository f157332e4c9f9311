// The writes a drill makes through the surviving members while the target is down: through each
// configured node but the target, put a key under etcd.write-prefix, read it back and delete it — once as
// checks of step verify-survivors (one "write through M1" per survivor), then every
// options.writeCheckInterval until the restore. Every answer is journaled (write-check); those that come
// while the fault holds (the `counting` predicate) count against drill.hypothesis.write-failures, with the
// write through the apiserver that the engine adds with count(). When the failures pass what the hypothesis
// allows, tooManyFailures() says why (the engine decides whether that stops the drill).
//
// Thread: the drill engine's. Owner: DrillEngine (a QObject child); the etcd clients are its children.
#pragma once

#include "config/DrillConfig.h"
#include "i18n/LocalizedText.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <chrono>
#include <functional>

namespace etcddrill {

class DrillRecorder;
class EtcdClient;

class SurvivorWriteChecks : public QObject
{
    Q_OBJECT

public:
    using Predicate = std::function<bool()>;

    SurvivorWriteChecks(const DrillConfig& config, std::chrono::milliseconds interval,
                        DrillRecorder& recorder, Predicate counting, QObject* parent = nullptr);
    ~SurvivorWriteChecks() override;

    // One etcd client per configured node (those whose endpoint cannot be used are left out).
    void connectClients();
    // The first round, as checks, through every node but `target`; then a round every interval.
    void start(const QString& target);
    void stopRounds();
    void cancel();   // the drill ended: answers still under way are dropped
    void shutDown(); // deletes the clients

    int checks() const { return m_checks; }
    int failures() const { return m_failures; }
    // Counts a write made elsewhere (the apiserver's); true when the failures now pass the hypothesis.
    bool count(bool ok);

signals:
    void tooManyFailures(const etcddrill::LocalizedText& reason);

private:
    void round(bool initial);

    const DrillConfig& m_config;
    DrillRecorder& m_recorder;
    Predicate m_counting;
    QString m_target;
    QTimer m_timer;
    QHash<QString, EtcdClient*> m_clients; // children, per node
    QSet<QString> m_inFlight;
    bool m_cancelled = false;
    int m_checks = 0;
    int m_failures = 0;
};

} // namespace etcddrill
