#include "DrillRecovery.h"

#include "DrillText.h"

#include "DrillMetaTypes.h"

#include "DrillDataSafety.h"
#include "diag/CrashHandler.h"
#include "etcd/EtcdClient.h"
#include "journal/CommandFinishedRecord.h"
#include "journal/CommandStartedRecord.h"
#include "journal/DataSafetyRecord.h"
#include "journal/DrillStartedRecord.h"
#include "journal/FaultAppliedRecord.h"
#include "journal/FaultRestoredRecord.h"
#include "journal/GateConfirmedRecord.h"
#include "journal/RecoverFinishedRecord.h"
#include "journal/RecoverStartedRecord.h"
#include "workload/WorkloadCleanup.h"

#include "DrillLock.h"
#include "FaultFactory.h"
#include "JournalReader.h"
#include "JournalWriter.h"
#include "OperatorIdentity.h"
#include "Redactor.h"
#include "RejoinRule.h"
#include "i18n/DrillDuration.h"

#include "config/ConfigLoader.h"
#include "config/Duration.h"
#include "etcd/ClusterMonitor.h"
#include "etcd/ClusterSnapshotJson.h"
#include "probe/SteadyClock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QSysInfo>
#include <QTimer>

#include <algorithm>

namespace etcddrill {

using std::chrono::milliseconds;

namespace {

bool isEtcdDrillProcess(qint64 pid)
{
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!cmdline.open(QIODevice::ReadOnly))
        return false;
    return cmdline.readAll().contains("etcd-drill");
}

// Journal folders a folder stands for: itself when it holds a journal, else its sub-folders with one and
// the folders named by its *.pointer files.
QStringList journalsUnder(const QString& folder)
{
    QStringList files;
    const QDir dir(folder);
    if (QFileInfo::exists(dir.filePath(QLatin1String(JournalWriter::kJournalFile)))) {
        files.append(dir.filePath(QLatin1String(JournalWriter::kJournalFile)));
        return files;
    }
    for (const QFileInfo& entry : dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString file = QDir(entry.filePath()).filePath(QLatin1String(JournalWriter::kJournalFile));
        if (QFileInfo::exists(file))
            files.append(file);
    }
    for (const QFileInfo& entry : dir.entryInfoList({QStringLiteral("*.pointer")}, QDir::Files, QDir::Name)) {
        QFile pointer(entry.filePath());
        if (!pointer.open(QIODevice::ReadOnly))
            continue;
        const QString target = QString::fromUtf8(pointer.readAll()).trimmed();
        const QString file = QDir(target).filePath(QLatin1String(JournalWriter::kJournalFile));
        if (!target.isEmpty() && QFileInfo::exists(file))
            files.append(file);
    }
    return files;
}

} // namespace

struct DrillRecovery::Private
{
    DrillRecovery* q = nullptr;
    DrillConfig config;
    DrillOptions options;
    QStringList extraFolders;
    OperatorIdentity me;

    QList<UnfinishedDrill> queue;
    DrillRecoveryResult result;
    bool done = false;

    // The drill being recovered.
    UnfinishedDrill current;
    NodeConfig node;
    std::unique_ptr<JournalWriter> journal;
    std::unique_ptr<FaultAction> action;
    CommandTransport* transport = nullptr;
    DrillLock* lock = nullptr;
    ClusterMonitor* monitor = nullptr;
    QTimer deadline;
    std::chrono::steady_clock::time_point restoredAt;
    LocalizedText lastProblem;
    bool verifying = false;

    void say(const LocalizedText& text) { emit q->notice(text); }
    template <class Record> void put(const Record& record)
    {
        if (journal)
            journal->write(record);
    }

    void next();
    void checkLockThenRestore();
    void restore();
    void runCommands(QList<PlannedCommand> commands, qsizetype index);
    void verify();
    void onSnapshot(const ClusterSnapshot& snapshot);
    void succeeded(const LocalizedText& detail);
    void failed(const LocalizedText& message, const LocalizedText& manual);
    void finish();
    void cleanUpWorkload();
};

DrillRecovery::DrillRecovery(const DrillConfig& config, const DrillOptions& options, QStringList extraFolders,
                             QObject* parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    DrillMetaTypes::registerAll();
    d->q = this;
    d->config = config;
    d->options = options;
    d->extraFolders = std::move(extraFolders);
    d->me = OperatorIdentity::current();
    d->deadline.setParent(this);
    d->deadline.setSingleShot(true);
    connect(&d->deadline, &QTimer::timeout, this, [this] {
        if (!d->verifying)
            return;
        d->verifying = false;
        d->failed(
            DrillText::make(
                QT_TRANSLATE_NOOP("DrillText", "etcd on %1 was started again but did not rejoin as member "
                                               "%2 within %3: %4"),
                d->node.name, d->current.memberId,
                Duration::format(d->config.drill.startTimeout + d->config.drill.hypothesis.maxRecovery),
                d->lastProblem.isEmpty() ? DrillText::make(QT_TRANSLATE_NOOP("DrillText", "no answer"))
                                         : d->lastProblem),
            DrillText::make(QT_TRANSLATE_NOOP("DrillText", "Look at etcd on %1 (its log, the manifest or "
                                                           "unit) and check the cluster with "
                                                           "etcd-drill-cli status -c %2"),
                            d->node.name,
                            d->config.sourceFile.isEmpty() ? QStringLiteral("<config>")
                                                           : d->config.sourceFile));
    });
}

DrillRecovery::~DrillRecovery()
{
    d->deadline.stop();
    delete d->monitor;
    delete d->lock;
    delete d->transport;
    d->deadline.setParent(nullptr);
}

std::optional<UnfinishedDrill> DrillRecovery::inspect(const QString& journalFile, bool withWorkloadLeft)
{
    const JournalReadResult read = JournalReader::read(journalFile);
    if (!read.ok())
        return std::nullopt;
    UnfinishedDrill drill;
    drill.journalFile = journalFile;
    drill.folder = QFileInfo(journalFile).absolutePath();
    drill.truncated = read.truncatedLastLine;
    drill.problems = read.problems + read.schemaProblems;
    std::optional<JournalKind> lastMarker; // the last of fault-applied, fault-not-applied, fault-restored
    QByteArray workloadPrefix;             // from drill-started, when it had a workload
    for (const JournalEntry& entry : read.entries) {
        drill.lastSeq = std::max(drill.lastSeq, entry.seq);
        if (entry.kind == JournalKind::DrillStarted) {
            const DrillStartedRecord started = DrillStartedRecord::fromJson(entry.fields);
            drill.cluster = started.cluster;
            drill.startedAt = entry.time;
            drill.owner = started.by;
            if (started.workloadRate.value_or(0) > 0) {
                DrillConfig named;
                named.etcd.writePrefix = started.writePrefix;
                workloadPrefix = DrillDataSafety::prefixFor(named, QFileInfo(drill.folder).fileName());
            }
        } else if (entry.kind == JournalKind::GateConfirmed) {
            // The workload starts when the stop gate is confirmed: before that it wrote nothing.
            if (GateConfirmedRecord::fromJson(entry.fields).step == QLatin1String("stop-target"))
                drill.workloadPrefix = workloadPrefix;
        } else if (entry.kind == JournalKind::FaultApplied) {
            lastMarker = entry.kind;
            const FaultAppliedRecord applied = FaultAppliedRecord::fromJson(entry.fields);
            drill.node = applied.node;
            drill.memberId = applied.memberId;
            drill.appliedAt = entry.time;
            drill.startCommands = applied.start;
            drill.startCommandsComplete = applied.startComplete;
        } else if (entry.kind == JournalKind::FaultNotApplied || entry.kind == JournalKind::FaultRestored) {
            lastMarker = entry.kind;
        } else if (entry.kind == JournalKind::DataSafety) {
            if (DataSafetyRecord::fromJson(entry.fields).result.cleanedUp)
                drill.workloadPrefix.clear();
        } else if (entry.kind == JournalKind::DrillFinished) {
            drill.finishedRecorded = true;
        }
    }
    if (lastMarker == JournalKind::FaultApplied)
        return drill;
    if (!withWorkloadLeft || drill.workloadPrefix.isEmpty())
        return std::nullopt;
    // Only the workload's keys are left. Never while the drill may still run and check them: its console
    // must be known gone (this host, no such process) or the drill finished and only its cleanup failed.
    const bool consoleGone = drill.owner.host == QSysInfo::machineHostName() && drill.owner.pid > 0 &&
                             !isEtcdDrillProcess(drill.owner.pid);
    if (!drill.finishedRecorded && !consoleGone)
        return std::nullopt;
    drill.faultHeld = false;
    return drill;
}

QList<UnfinishedDrill> DrillRecovery::findUnfinished(const DrillConfig& config,
                                                     const QStringList& extraFolders, QStringList* problems,
                                                     bool withWorkloadLeft)
{
    QStringList folders = extraFolders;
    folders.prepend(config.drill.journalDir.isEmpty() ? ConfigLoader::defaultJournalDir()
                                                      : config.drill.journalDir);
    QSet<QString> seen;
    QList<UnfinishedDrill> found;
    for (const QString& folder : std::as_const(folders)) {
        if (folder.isEmpty())
            continue;
        for (const QString& file : journalsUnder(folder)) {
            const QString canonical = QFileInfo(file).canonicalFilePath();
            if (seen.contains(canonical))
                continue;
            seen.insert(canonical);
            std::optional<UnfinishedDrill> drill = inspect(file, withWorkloadLeft);
            if (!drill) {
                const JournalReadResult read = JournalReader::read(file);
                if (!read.ok() && problems)
                    problems->append(read.error);
                continue;
            }
            if (drill->cluster != config.clusterName)
                continue;
            if (problems) {
                if (drill->truncated)
                    problems->append(
                        QStringLiteral("%1: the last line was cut off (the console died while writing "
                                       "it); it is ignored")
                            .arg(file));
                *problems += drill->problems;
            }
            found.append(*drill);
        }
    }
    std::sort(found.begin(), found.end(),
              [](const UnfinishedDrill& a, const UnfinishedDrill& b) { return a.appliedAt < b.appliedAt; });
    return found;
}

void DrillRecovery::start()
{
    QStringList problems;
    d->queue = findUnfinished(d->config, d->extraFolders, &problems, true);
    for (const QString& problem : problems)
        d->say(problem);
    if (d->queue.isEmpty()) {
        d->result.status = DrillRecoveryResult::Status::NothingToDo;
        d->result.message = DrillText::make(
            QT_TRANSLATE_NOOP("DrillText",
                              "no unfinished drill of cluster '%1': every stopped member of a drill "
                              "recorded in %2 was restored"),
            d->config.clusterName,
            d->config.drill.journalDir.isEmpty() ? ConfigLoader::defaultJournalDir()
                                                 : d->config.drill.journalDir);
        QTimer::singleShot(0, this, [this] { d->finish(); });
        return;
    }
    d->result.status = DrillRecoveryResult::Status::Restored;
    QTimer::singleShot(0, this, [this] { d->next(); });
}

void DrillRecovery::Private::next()
{
    if (queue.isEmpty()) {
        finish();
        return;
    }
    current = queue.takeFirst();
    result.folders.append(current.folder);
    if (!current.faultHeld) {
        say(DrillText::make(QT_TRANSLATE_NOOP("DrillText",
                                              "Unfinished drill in %1: the keys its client workload "
                                              "wrote under %2 were never deleted"),
                            current.folder, QString::fromUtf8(current.workloadPrefix)));
        cleanUpWorkload();
        return;
    }
    say(DrillText::make(QT_TRANSLATE_NOOP("DrillText",
                                          "Unfinished drill in %1: etcd on %2 was stopped at %3 and "
                                          "never started again"),
                        current.folder, current.node,
                        current.appliedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))));
    const NodeConfig* found = nullptr;
    for (const NodeConfig& candidate : config.nodes) {
        if (candidate.name == current.node)
            found = &candidate;
    }
    if (!found) {
        failed(DrillText::make(
                   QT_TRANSLATE_NOOP("DrillText", "the drill in %1 stopped node %2, which is not in %3"),
                   current.folder, current.node, config.sourceFile),
               DrillText::make(QT_TRANSLATE_NOOP("DrillText",
                                                 "Use the config the drill ran with (%1 was recorded in "
                                                 "the journal), or start etcd on %2 by hand"),
                               current.folder, current.node));
        return;
    }
    node = *found;
    action = FaultFactory::action(config.drill, node);
    if (current.owner.host == QSysInfo::machineHostName() && current.owner.pid > 0 &&
        current.owner.pid != QCoreApplication::applicationPid() && isEtcdDrillProcess(current.owner.pid)) {
        failed(DrillText::make(QT_TRANSLATE_NOOP("DrillText",
                                                 "the drill in %1 is still running (pid %2 on this "
                                                 "host): abort it there with Ctrl+C, which restores %3 "
                                                 "itself"),
                               current.folder, current.owner.pid, node.name),
               QStringLiteral("kill -INT %1").arg(current.owner.pid));
        return;
    }
    checkLockThenRestore();
}

void DrillRecovery::Private::checkLockThenRestore()
{
    if (!lock)
        lock = new DrillLock(config, options.lockTtl, q);
    lock->inspect([this](const DrillLock::Outcome& outcome) {
        if (!outcome.ok) {
            // Restoring the member matters more than the lock: go on, and say so.
            say(DrillText::make(
                QT_TRANSLATE_NOOP("DrillText", "the drill lock cannot be read (%1); restoring anyway"),
                outcome.error));
            restore();
            return;
        }
        if (!outcome.holder) {
            restore();
            return;
        }
        const DrillLockHolder& holder = *outcome.holder;
        if (holder.isDeadLocalProcess()) {
            say(DrillText::make(
                QT_TRANSLATE_NOOP("DrillText", "removing the drill lock left by %1, which no longer runs"),
                holder.identity.describe()));
            lock->revokeStale(holder, [this](const DrillLock::Outcome& revoked) {
                if (!revoked.ok)
                    say(revoked.error);
                restore();
            });
            return;
        }
        failed(DrillText::make(QT_TRANSLATE_NOOP("DrillText", "the cluster's drill lock is held: %1"),
                               outcome.error),
               DrillText::make(QT_TRANSLATE_NOOP("DrillText",
                                                 "Wait until that drill ends (or its lock expires) and "
                                                 "run etcd-drill-cli recover again")));
    });
}

void DrillRecovery::Private::restore()
{
    QString error;
    journal = std::make_unique<JournalWriter>(options.clock);
    if (!journal->openExisting(current.journalFile, current.lastSeq, &error)) {
        say(DrillText::make(QT_TRANSLATE_NOOP("DrillText", "%1 — restoring without recording it"), error));
        journal.reset();
    }
    const bool recorded = current.startCommandsComplete;
    QList<PlannedCommand> commands = recorded ? current.startCommands : action->startCommands();
    put(RecoverStartedRecord{
        node.name, me,
        QLatin1String(recorded ? RecoverStartedRecord::kFromJournal : RecoverStartedRecord::kFromConfig)});
    if (journal)
        journal->sync();
    delete transport;
    std::unique_ptr<CommandTransport> made = FaultFactory::transport(config.drill, node, options.ssh, &error);
    if (!made) {
        failed(error, action->restoreInstructions());
        return;
    }
    made->setParent(q);
    transport = made.release();
    say(recorded ? DrillText::make(
                       QT_TRANSLATE_NOOP("DrillText", "Starting etcd on %1 again %2 (recorded commands)"),
                       node.name, DrillText::location(transport->location()))
                 : DrillText::make(
                       QT_TRANSLATE_NOOP("DrillText", "Starting etcd on %1 again %2 (configured commands)"),
                       node.name, DrillText::location(transport->location())));
    runCommands(commands, 0);
}

void DrillRecovery::Private::runCommands(QList<PlannedCommand> commands, qsizetype index)
{
    if (index >= commands.size()) {
        put(FaultRestoredRecord{node.name, QLatin1String(FaultRestoredRecord::kByRecover)});
        if (journal)
            journal->sync();
        CrashHandler::setRestoreHint({}); // a console that restored its own drill's target: nothing to say
        verify();
        return;
    }
    const PlannedCommand command = commands.at(index);
    DrillCommand shown;
    shown.step = DrillStep::Id::Rollback;
    shown.role = DrillCommand::Role::Start;
    shown.node = node.name;
    shown.purpose = command.purpose.mapped(&Redactor::redact);
    shown.display = Redactor::redact(command.display);
    shown.commandLine = Redactor::redact(transport->describe(command));
    shown.location = transport->location();
    shown.changesState = command.changesState;
    put(CommandStartedRecord{shown});
    emit q->commandStarted(shown);
    transport->run(command, config.drill.commandTimeout, [this, commands, index, shown](CommandResult r) {
        const CommandFinishedRecord finished = CommandFinishedRecord::of(shown, r);
        r = finished.result;
        put(finished);
        emit q->commandFinished(shown, r);
        if (!r.succeeded()) {
            failed(DrillText::make(QT_TRANSLATE_NOOP("DrillText", "the start command failed on %1: %2"),
                                   node.name, r.errorText),
                   action->restoreInstructions());
            return;
        }
        runCommands(commands, index + 1);
    });
}

void DrillRecovery::Private::verify()
{
    verifying = true;
    lastProblem = {};
    restoredAt = std::chrono::steady_clock::now();
    if (!monitor) {
        monitor = new ClusterMonitor(config, q);
        QObject::connect(monitor, &ClusterMonitor::snapshotReady, q,
                         [this](const ClusterSnapshot& snapshot) { onSnapshot(snapshot); });
    }
    say(DrillText::make(
        QT_TRANSLATE_NOOP("DrillText", "Waiting for %1 to answer and rejoin as member %2 (at most %3)"),
        node.name, current.memberId,
        Duration::format(config.drill.startTimeout + config.drill.hypothesis.maxRecovery)));
    deadline.start(config.drill.startTimeout + config.drill.hypothesis.maxRecovery);
    monitor->start();
}

void DrillRecovery::Private::onSnapshot(const ClusterSnapshot& s)
{
    if (!verifying || s.at <= restoredAt)
        return;
    // The journal keeps the member ID as ClusterSnapshotJson::memberIdText writes it (hex); empty: not known.
    const RejoinVerdict rejoin =
        RejoinRule::check(RejoinRule::Question::AfterRecover, s,
                          {node.name, current.memberId.toULongLong(nullptr, 16), config.drill.maxIndexLag});
    if (rejoin.fatal) {
        verifying = false;
        deadline.stop();
        failed(rejoin.text, DrillText::make(QT_TRANSLATE_NOOP("DrillText", "Check the member list: %1"),
                                            QStringLiteral("etcdctl member list -w table")));
        return;
    }
    if (!rejoin.rejoined()) {
        lastProblem = rejoin.text;
        return;
    }
    const QString id = ClusterSnapshotJson::memberIdText(rejoin.memberId);
    verifying = false;
    deadline.stop();
    monitor->stop();
    const auto after =
        std::chrono::duration_cast<milliseconds>(std::chrono::steady_clock::now() - restoredAt);
    succeeded(DrillText::make(QT_TRANSLATE_NOOP("DrillText", "%1 is back as member %2, %3 entries behind the "
                                                             "leader, %4 after the start command"),
                              node.name, id, rejoin.indexLag, DrillDuration::text(after)));
}

void DrillRecovery::Private::succeeded(const LocalizedText& detail)
{
    put(RecoverFinishedRecord{QLatin1String(RecoverFinishedRecord::kRestored), detail.english()});
    say(detail);
    result.message = LocalizedText::join(
        {result.message, DrillText::make(QT_TRANSLATE_NOOP("DrillText", "Restored the drill in %1: %2"),
                                         current.folder, detail)},
        "\n");
    cleanUpWorkload();
}

void DrillRecovery::Private::cleanUpWorkload()
{
    if (current.workloadPrefix.isEmpty()) {
        journal.reset();
        next();
        return;
    }
    if (!journal) {
        QString error;
        journal = std::make_unique<JournalWriter>(options.clock);
        if (!journal->openExisting(current.journalFile, current.lastSeq, &error)) {
            say(DrillText::make(QT_TRANSLATE_NOOP("DrillText", "%1 — deleting without recording it"), error));
            journal.reset();
        }
    }
    auto* owner = new QObject(q); // the clients and the cleanup, gone together when it ends
    QList<EtcdClient*> clients;
    for (const NodeConfig& n : std::as_const(config.nodes)) {
        QString why;
        if (auto client =
                EtcdClient::create(n.etcdEndpoint, config.etcd.tls, config.etcd.requestTimeout, &why)) {
            client->setParent(owner);
            clients.append(client.release());
        }
    }
    auto* cleanup = new WorkloadCleanup(clients, current.workloadPrefix, owner);
    QObject::connect(
        cleanup, &WorkloadCleanup::finished, q, [this, owner](qint64 deleted, const QString& error) {
            const QString prefix = QString::fromUtf8(current.workloadPrefix);
            if (error.isEmpty())
                say(DrillText::make(
                    QT_TRANSLATE_NOOP("DrillText", "deleted the drill's %1 workload keys under %2"), deleted,
                    prefix));
            else
                say(DrillText::make(
                    QT_TRANSLATE_NOOP("DrillText", "the drill's workload keys under %1 could not all "
                                                   "be deleted (%2); delete them with: %3"),
                    prefix, error, DrillDataSafety::cleanupCommand(config, current.workloadPrefix)));
            // Recorded in the drill's journal, so that the next recover knows the keys are gone.
            DataSafetyRecord record;
            record.result.prefix = prefix;
            record.result.deleted = deleted;
            record.result.cleanedUp = error.isEmpty();
            record.result.cleanupError = error;
            record.result.cleanupCommand = DrillDataSafety::cleanupCommand(config, current.workloadPrefix);
            put(record);
            journal.reset();
            owner->deleteLater();
            next();
        });
    cleanup->start();
}

void DrillRecovery::Private::failed(const LocalizedText& message, const LocalizedText& manual)
{
    put(RecoverFinishedRecord{QLatin1String(RecoverFinishedRecord::kFailed), message.english()});
    journal.reset();
    result.status = DrillRecoveryResult::Status::Failed;
    result.message = LocalizedText::join({result.message, message}, "\n");
    result.manualInstructions = manual.mapped(&Redactor::redact);
    finish();
}

void DrillRecovery::Private::finish()
{
    if (done)
        return;
    done = true;
    if (monitor)
        monitor->stop();
    emit q->finished(result);
}

} // namespace etcddrill
