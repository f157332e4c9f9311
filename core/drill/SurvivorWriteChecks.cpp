#include "SurvivorWriteChecks.h"

#include "DrillCheck.h"
#include "DrillRecorder.h"
#include "DrillText.h"
#include "i18n/DrillDuration.h"
#include "journal/WriteCheckRecord.h"

#include "etcd/EtcdClient.h"

namespace etcddrill {

namespace {

template <class... Args> LocalizedText tx(const char* source, const Args&... args)
{
    return DrillText::make(source, args...);
}

} // namespace

SurvivorWriteChecks::SurvivorWriteChecks(const DrillConfig& config, std::chrono::milliseconds interval,
                                         DrillRecorder& recorder, Predicate counting, QObject* parent)
    : QObject(parent), m_config(config), m_recorder(recorder), m_counting(std::move(counting)), m_timer(this)
{
    m_timer.setInterval(interval);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_counting())
            round(false);
    });
}

SurvivorWriteChecks::~SurvivorWriteChecks() = default;

void SurvivorWriteChecks::connectClients()
{
    for (const NodeConfig& node : m_config.nodes) {
        QString why;
        auto client =
            EtcdClient::create(node.etcdEndpoint, m_config.etcd.tls, m_config.etcd.requestTimeout, &why);
        if (client) {
            client->setParent(this);
            m_clients.insert(node.name, client.release());
        }
    }
}

void SurvivorWriteChecks::start(const QString& target)
{
    m_target = target;
    round(true);
    m_timer.start();
}

void SurvivorWriteChecks::stopRounds()
{
    m_timer.stop();
}

void SurvivorWriteChecks::cancel()
{
    m_cancelled = true;
    m_timer.stop();
}

void SurvivorWriteChecks::shutDown()
{
    cancel();
    qDeleteAll(m_clients);
    m_clients.clear();
}

bool SurvivorWriteChecks::count(bool ok)
{
    ++m_checks;
    if (!ok)
        ++m_failures;
    return m_failures > m_config.drill.hypothesis.writeFailures;
}

void SurvivorWriteChecks::round(bool initial)
{
    for (const NodeConfig& node : m_config.nodes) {
        if (node.name == m_target || m_inFlight.contains(node.name))
            continue;
        EtcdClient* client = m_clients.value(node.name);
        if (!client)
            continue;
        m_inFlight.insert(node.name);
        const QString name = node.name;
        client->writeCheck(m_config.etcd.writePrefix, [this, name,
                                                       initial](const EtcdWriteCheckResult& result) {
            m_inFlight.remove(name);
            if (m_cancelled)
                return;
            // Only what happens while the target is down counts against the hypothesis.
            const bool counted = m_counting();
            const bool tooMany = counted && count(result.ok());
            m_recorder.put(WriteCheckRecord{name, result.ok(), DrillDuration::millis(result.latency),
                                            result.error().english(), counted});
            if (initial)
                m_recorder.addCheck(DrillCheck::make(
                    DrillStep::Id::VerifySurvivors,
                    tx(QT_TRANSLATE_NOOP("DrillText", "write through %1")).arg(name), result.ok(),
                    result.ok() ? tx(QT_TRANSLATE_NOOP("DrillText", "put, read back and deleted a key in %1"))
                                      .arg(DrillDuration::text(result.latency))
                                : result.error(),
                    tx(QT_TRANSLATE_NOOP("DrillText", "put, read back and delete a key under %1"))
                        .arg(m_config.etcd.writePrefix)));
            if (tooMany)
                emit tooManyFailures(
                    tx(QT_TRANSLATE_NOOP("DrillText",
                                         "%1 of %2 write checks through the survivors failed, more than "
                                         "drill.hypothesis.write-failures (%3) allows; last: %4 via %5"))
                        .arg(m_failures)
                        .arg(m_checks)
                        .arg(m_config.drill.hypothesis.writeFailures)
                        .arg(result.ok() ? tx(QT_TRANSLATE_NOOP("DrillText", "ok")) : result.error(), name));
        });
    }
}

} // namespace etcddrill
