#include "DrillDataSafety.h"

#include "DrillRecorder.h"
#include "DrillText.h"
#include "ShellQuote.h"
#include "journal/DataSafetyRecord.h"

#include "etcd/EtcdClient.h"
#include "workload/WorkloadCleanup.h"
#include "workload/WorkloadRunner.h"
#include "workload/WorkloadWatcher.h"

#include <QPointer>

namespace etcddrill {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

namespace {

constexpr qint64 kPage = 2000;    // keys per read: ~200 KiB, far below gRPC's 4 MiB
constexpr int kReadAttempts = 10; // a member behind the linearizable read, or not answering
constexpr auto kReadPause = 500ms;
constexpr int kHashAttempts = 10; // HashKV while the rejoined member catches up
constexpr auto kHashPause = 1s;
constexpr auto kWatchCatchUp = 5s;
constexpr std::chrono::milliseconds kHashDeadline{30000}; // for the watch to report the last acknowledged put

template <class... Args> LocalizedText tx(const char* source, const Args&... args)
{
    return DrillText::make(source, args...);
}

} // namespace

DrillDataSafety::DrillDataSafety(const DrillConfig& config, DrillRecorder& recorder, QObject* parent)
    : QObject(parent), m_config(config), m_recorder(recorder), m_wait(this)
{
    m_wait.setSingleShot(true);
}

DrillDataSafety::~DrillDataSafety()
{
    shutDown();
}

bool DrillDataSafety::enabled() const
{
    return m_config.drill.workload.rate > 0;
}

QByteArray DrillDataSafety::prefixFor(const DrillConfig& config, const QString& drillId)
{
    return (config.etcd.writePrefix + QStringLiteral("workload/") + drillId + QLatin1Char('/')).toUtf8();
}

QString DrillDataSafety::cleanupCommand(const DrillConfig& config, const QByteArray& prefix)
{
    QStringList endpoints;
    for (const NodeConfig& node : config.nodes)
        endpoints.append(node.etcdEndpoint);
    QStringList words{QStringLiteral("etcdctl"), QStringLiteral("--endpoints=") + endpoints.join(u',')};
    const TlsFiles& tls = config.etcd.tls;
    if (!tls.caFile.isEmpty())
        words.append(QStringLiteral("--cacert=") + tls.caFile);
    if (!tls.certFile.isEmpty())
        words.append(QStringLiteral("--cert=") + tls.certFile);
    if (!tls.keyFile.isEmpty())
        words.append(QStringLiteral("--key=") + tls.keyFile);
    words << QStringLiteral("del") << QStringLiteral("--prefix") << QString::fromUtf8(prefix);
    return QStringLiteral("ETCDCTL_API=3 ") + ShellQuote::join(words);
}

void DrillDataSafety::start(const QString& drillId, const QString& watchOn)
{
    if (!enabled() || m_started || m_shutDown)
        return;
    m_started = true;
    m_prefix = prefixFor(m_config, drillId);
    m_watchOn = watchOn;
    for (const NodeConfig& node : m_config.nodes) {
        QString why;
        auto client =
            EtcdClient::create(node.etcdEndpoint, m_config.etcd.tls, m_config.etcd.requestTimeout, &why);
        if (!client) {
            m_recorder.note(
                tx(QT_TRANSLATE_NOOP("DrillText", "the workload leaves out %1: %2"), node.name, why));
            continue;
        }
        client->setParent(this);
        m_members.append({node.name, client.release()});
    }
    if (m_members.isEmpty()) {
        m_started = false; // nothing will be written, nothing is to be checked or deleted
        return;
    }
    askStartRevision(0, 0);
}

void DrillDataSafety::askStartRevision(int index, int round)
{
    // The watch starts just past the store's revision before the first put, so it sees every one of them;
    // without that revision there is no workload (a watch from revision 1 would hit any compaction).
    if (m_shutDown || m_concluding || m_concluded)
        return;
    QPointer<DrillDataSafety> self(this);
    m_members.at(index).client->range(
        m_prefix, EtcdClient::prefixEnd(m_prefix), EtcdClient::Consistency::Linearizable, 1,
        [self, index, round](const EtcdRangeResult& r) {
            // A drill that ended before the first put was made puts nothing.
            if (!self || self->m_shutDown || self->m_concluding || self->m_concluded)
                return;
            if (r.ok()) {
                self->beginWorkload(r.revision);
            } else if (index + 1 < self->m_members.size()) {
                self->askStartRevision(index + 1, round);
            } else if (round + 1 < kReadAttempts) {
                self->m_wait.disconnect();
                connect(&self->m_wait, &QTimer::timeout, self,
                        [self, round] { self->askStartRevision(0, round + 1); });
                self->m_wait.start(kReadPause);
            } else {
                self->m_recorder.note(
                    tx(QT_TRANSLATE_NOOP("DrillText", "no client workload: no member answered "
                                                      "the read of its start revision (%1)"),
                       r.error.english()));
            }
        });
}

void DrillDataSafety::beginWorkload(qint64 revision)
{
    QList<WorkloadRunner::Member> members;
    for (const Member& m : std::as_const(m_members))
        members.append({m.name, m.client});
    m_runner = new WorkloadRunner(members, m_prefix, double(m_config.drill.workload.rate), this);
    // The watch starts on the target: the member whose stop it must survive.
    QList<WorkloadRunner::Member> watchOrder;
    for (const WorkloadRunner::Member& m : std::as_const(members)) {
        if (m.name == m_watchOn)
            watchOrder.prepend(m);
        else
            watchOrder.append(m);
    }
    m_watcher = new WorkloadWatcher(watchOrder, m_prefix, revision + 1, this);
    m_in.watched = true;
    connect(m_runner, &WorkloadRunner::operationFinished, this, [this](const WorkloadOperation& op) {
        ++m_live.puts;
        switch (op.result) {
        case WorkloadOperation::Result::Ok:
            ++m_live.acknowledged;
            m_newestAcknowledged = std::max(m_newestAcknowledged, op.revision);
            break;
        case WorkloadOperation::Result::Failed:
            ++m_live.failed;
            break;
        case WorkloadOperation::Result::Unknown:
            ++m_live.unknown;
            break;
        }
    });
    m_watcher->start();
    m_runner->start();
    m_recorder.note(
        tx(QT_TRANSLATE_NOOP("DrillText",
                             "client workload: %1 puts per second under %2, watched from revision %3"),
           m_config.drill.workload.rate, QString::fromUtf8(m_prefix), revision + 1));
}

DrillDataSafety::Live DrillDataSafety::live() const
{
    Live live = m_live;
    if (m_watcher) {
        live.watchEvents = int(m_watcher->events().size());
        live.watchOpens = int(m_watcher->opens().size());
    }
    return live;
}

void DrillDataSafety::conclude(bool verify, std::optional<TimePoint> faultAt,
                               std::optional<TimePoint> restoreAt, std::function<void()> done)
{
    if (!needsConclusion()) {
        if (done)
            done();
        return;
    }
    m_concluding = true;
    m_verify = verify;
    m_done = std::move(done);
    m_in.faultAt = faultAt;
    m_in.restoreAt = restoreAt;
    if (m_runner && m_runner->isRunning()) {
        connect(m_runner, &WorkloadRunner::stopped, this, &DrillDataSafety::afterRunnerStopped,
                Qt::SingleShotConnection);
        m_runner->stop();
        return;
    }
    afterRunnerStopped();
}

void DrillDataSafety::hurry()
{
    if (!m_concluding || m_hurry)
        return;
    m_hurry = true;
    // A step waiting for its next attempt goes on at once; the steps check m_hurry and skip to the end.
    if (m_wait.isActive()) {
        m_wait.stop();
        if (m_watcher)
            m_watcher->stop();
        evaluate();
    }
}

void DrillDataSafety::afterRunnerStopped()
{
    if (m_shutDown)
        return;
    if (m_verify && m_watcher && !m_members.isEmpty()) {
        m_waitUntil = Clock::now() + kWatchCatchUp;
        waitForWatch();
        return;
    }
    if (m_watcher)
        m_watcher->stop();
    evaluate();
}

void DrillDataSafety::waitForWatch()
{
    if (m_watcher->lastRevision() < m_newestAcknowledged && Clock::now() < m_waitUntil && !m_hurry) {
        m_wait.disconnect();
        connect(&m_wait, &QTimer::timeout, this, &DrillDataSafety::waitForWatch);
        m_wait.start(100ms);
        return;
    }
    m_watcher->stop();
    if (m_hurry) {
        evaluate();
        return;
    }
    readLinearizable(0);
}

void DrillDataSafety::readAll(EtcdClient* client, bool linearizable, const QByteArray& from,
                              DataSafetyChecker::Read read, qint64 revision, ReadDone done)
{
    QPointer<DrillDataSafety> self(this);
    client->range(
        from, EtcdClient::prefixEnd(m_prefix),
        linearizable ? EtcdClient::Consistency::Linearizable : EtcdClient::Consistency::Serializable, kPage,
        [self, client, linearizable, read = std::move(read), revision,
         done = std::move(done)](const EtcdRangeResult& page) mutable {
            if (!self || self->m_shutDown)
                return;
            if (!page.ok()) {
                done(read, revision, page.error.english());
                return;
            }
            read.kvs.append(page.kvs);
            if (revision == 0)
                revision = page.revision;
            if (page.more && !page.kvs.isEmpty()) {
                const QByteArray next = page.kvs.last().key + QByteArray(1, '\0');
                self->readAll(client, linearizable, next, std::move(read), revision, std::move(done));
                return;
            }
            done(read, revision, QString());
        });
}

void DrillDataSafety::readLinearizable(int member)
{
    readAll(m_members.at(member).client, true, m_prefix, {}, 0,
            [this, member](const DataSafetyChecker::Read& read, qint64 revision, const QString& error) {
                if (!error.isEmpty()) {
                    if (member + 1 < m_members.size()) {
                        readLinearizable(member + 1);
                        return;
                    }
                    m_in.readError = error;
                    evaluate();
                    return;
                }
                m_in.linearizable = read;
                m_in.hashRevision = revision;
                if (m_hurry) {
                    evaluate();
                    return;
                }
                readMembers(0, 0);
            });
}

void DrillDataSafety::readMembers(int index, int attempt)
{
    if (m_hurry) {
        evaluate();
        return;
    }
    if (index >= m_members.size()) {
        askHashes(0);
        return;
    }
    const Member& member = m_members.at(index);
    readAll(
        member.client, false, m_prefix, {member.name, {}}, 0,
        [this, index, attempt](const DataSafetyChecker::Read& read, qint64 revision, const QString& error) {
            const QString name = m_members.at(index).name;
            const bool behind = error.isEmpty() && revision < m_in.hashRevision;
            if ((!error.isEmpty() || behind) && attempt + 1 < kReadAttempts) {
                m_wait.disconnect();
                connect(&m_wait, &QTimer::timeout, this,
                        [this, index, attempt] { readMembers(index, attempt + 1); });
                m_wait.start(kReadPause);
                return;
            }
            if (!error.isEmpty())
                m_in.membersNotRead.append(QStringLiteral("%1: %2").arg(name, error));
            else if (behind)
                m_in.membersNotRead.append(QStringLiteral("%1: still at revision %2, behind %3")
                                               .arg(name)
                                               .arg(revision)
                                               .arg(m_in.hashRevision));
            else
                m_in.memberReads.append(read);
            readMembers(index + 1, 0);
        });
}

void DrillDataSafety::askHashes(int attempt)
{
    auto results = std::make_shared<QList<DataSafetyChecker::Inputs::Hash>>();
    auto pending = std::make_shared<int>(int(m_members.size()));
    for (const Member& member : std::as_const(m_members))
        results->append({member.name, {}});
    for (int i = 0; i < m_members.size(); ++i) {
        QPointer<DrillDataSafety> self(this);
        // HashKV reads the member's whole keyspace: seconds on a store of some GB, far past a read's
        // deadline.
        EtcdClient* client = m_members.at(i).client;
        const std::chrono::milliseconds deadline = client->deadline();
        client->setDeadline(std::max(deadline, kHashDeadline));
        client->hashKv(m_in.hashRevision, [self, results, pending, i, attempt](const EtcdHashResult& result) {
            if (!self || self->m_shutDown)
                return;
            (*results)[i].result = result;
            if (--*pending > 0)
                return;
            self->m_in.hashes = *results;
            self->m_in.hashAttempts = attempt + 1;
            QList<EtcdHashResult> answers;
            for (const auto& h : std::as_const(*results))
                answers.append(h.result);
            const DataSafetyChecker::HashCheck check = DataSafetyChecker::hashes(answers);
            if ((!check.agree || check.answered < answers.size()) && attempt + 1 < kHashAttempts &&
                !self->m_hurry) {
                self->m_wait.disconnect();
                connect(&self->m_wait, &QTimer::timeout, self,
                        [self, attempt] { self->askHashes(attempt + 1); });
                self->m_wait.start(kHashPause);
                return;
            }
            self->evaluate();
        });
        client->setDeadline(deadline); // the calls after this one have the usual deadline
    }
}

void DrillDataSafety::evaluate()
{
    if (m_result)
        return; // once: a hurried step and a late answer may both get here
    m_in.prefix = QString::fromUtf8(m_prefix);
    m_in.rate = m_config.drill.workload.rate;
    if (m_runner)
        m_in.operations = m_runner->operations();
    else if (m_in.readError.isEmpty())
        m_in.readError = QStringLiteral("the workload never started: no member answered the read of its "
                                        "start revision");
    if (m_watcher) {
        m_in.watchEvents = m_watcher->events();
        m_in.watchOpens.clear();
        for (const WorkloadWatcher::Open& open : m_watcher->opens())
            m_in.watchOpens.append(QStringLiteral("%1 from %2").arg(open.member).arg(open.fromRevision));
        m_in.watchCompacted = m_watcher->compacted();
    }
    m_result = DataSafetyChecker::evaluate(m_in);
    m_result->cleanupCommand = cleanupCommand(m_config, m_prefix);
    cleanUp();
}

void DrillDataSafety::cleanUp()
{
    QList<EtcdClient*> clients;
    for (const Member& m : std::as_const(m_members))
        clients.append(m.client);
    m_cleanup = new WorkloadCleanup(clients, m_prefix, this);
    connect(m_cleanup, &WorkloadCleanup::finished, this, [this](qint64 deleted, const QString& error) {
        m_result->deleted = deleted;
        m_result->cleanedUp = error.isEmpty();
        m_result->cleanupError = error;
        DataSafetyRecord record;
        record.result = *m_result;
        record.verified = m_verify;
        record.lostWritesAllowed = m_config.drill.hypothesis.lostWrites;
        record.hashesRequired = m_config.drill.hypothesis.hashesAgree;
        m_recorder.put(record);
        if (!error.isEmpty())
            m_recorder.note(tx(
                QT_TRANSLATE_NOOP("DrillText", "the workload's keys under %1 could not all be deleted (%2); "
                                               "delete them with: %3"),
                QString::fromUtf8(m_prefix), error, m_result->cleanupCommand));
        m_concluding = false;
        m_concluded = true;
        if (auto done = std::move(m_done))
            done();
    });
    m_cleanup->start();
}

void DrillDataSafety::shutDown()
{
    if (m_shutDown)
        return;
    m_shutDown = true;
    m_wait.stop();
    delete m_cleanup;
    m_cleanup = nullptr;
    delete m_watcher;
    m_watcher = nullptr;
    delete m_runner;
    m_runner = nullptr;
    for (Member& m : m_members)
        delete m.client;
    m_members.clear();
}

} // namespace etcddrill
