#include "DrillLockKeeper.h"

#include "DrillLock.h"
#include "DrillRecorder.h"
#include "DrillText.h"
#include "journal/LockRecord.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace etcddrill {

namespace {

template <class... Args> LocalizedText tx(const char* source, const Args&... args)
{
    return DrillText::make(source, args...);
}

} // namespace

DrillLockKeeper::DrillLockKeeper(const DrillConfig& config, std::chrono::seconds ttl, DrillRecorder& recorder,
                                 QObject* parent)
    : QObject(parent), m_recorder(recorder), m_lock(new DrillLock(config, ttl, this))
{
    connect(m_lock, &DrillLock::lost, this, [this](const QString& reason) {
        m_recorder.put(LockRecord{QStringLiteral("lost"), key(), reason, {}});
        m_recorder.note(
            tx(QT_TRANSLATE_NOOP("DrillText",
                                 "the drill lock was lost: %1. Another console could start a drill now."))
                .arg(reason));
    });
}

DrillLockKeeper::~DrillLockKeeper() = default;

QString DrillLockKeeper::key() const
{
    return m_lock ? QString::fromUtf8(m_lock->key()) : QString();
}

bool DrillLockKeeper::isHeld() const
{
    return m_lock && m_lock->isHeld();
}

void DrillLockKeeper::take(const DrillLockHolder& holder, bool dryRun)
{
    const QString key = this->key();
    if (dryRun) {
        m_lock->inspect([this, key](const DrillLock::Outcome& outcome) {
            if (m_ended)
                return;
            const bool free = outcome.ok && !outcome.holder && !outcome.heldByStranger;
            m_recorder.put(
                LockRecord{free ? QStringLiteral("free") : QStringLiteral("held"), key, outcome.error, {}});
            emit answered(free,
                          free ? tx(QT_TRANSLATE_NOOP("DrillText", "free (dry run: looked at, not taken)"))
                               : LocalizedText(outcome.error));
        });
        return;
    }
    m_pending = true;
    m_lock->acquire(holder, [this, key](const DrillLock::Outcome& outcome) {
        m_pending = false;
        if (m_ended) {
            // Taken after the drill ended (an abort during the preflight): the engine gives it back before
            // finished(), or a console that exits right after would leave it behind until the lease expires.
            emit lateAnswer(outcome.ok);
            return;
        }
        m_recorder.put(LockRecord{
            outcome.ok ? QStringLiteral("acquired") : QStringLiteral("refused"), key, outcome.error,
            outcome.holder ? QJsonDocument::fromJson(outcome.holder->toValue()).object() : QJsonObject()});
        emit answered(outcome.ok,
                      outcome.ok ? tx(QT_TRANSLATE_NOOP("DrillText", "taken by this console (%1)")).arg(key)
                                 : LocalizedText(outcome.error));
    });
}

void DrillLockKeeper::release(std::function<void()> done)
{
    m_lock->release([this, done = std::move(done)](const DrillLock::Outcome& outcome) {
        m_recorder.put(LockRecord{outcome.ok ? QStringLiteral("released") : QStringLiteral("release-failed"),
                                  key(),
                                  outcome.error,
                                  {}});
        done();
    });
}

void DrillLockKeeper::shutDown()
{
    delete m_lock;
    m_lock = nullptr;
}

} // namespace etcddrill
