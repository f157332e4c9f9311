// The drill engine's side of the notify: section: turns what happens in a drill — it started, a gate was
// confirmed, the target was stopped, a stop condition fired, it was aborted, its verdict — into
// NotifyMessages for the team's chat (core/notify's WebhookNotifier) and writes how each delivery went into
// the journal
// ("notification" lines; a failure is also a notice for the faces). Nothing here waits: a failing or hanging
// webhook never holds up or fails the drill. Before the journal closes, what is still being sent is written
// as in flight; the notifier keeps sending while this object lives (the CLI waits for drained() before it
// exits, at most the notify timeout).
//
// Thread: the engine's. Owner: the engine (Qt parent). Inactive (every call a no-op) without webhooks.
#pragma once

#include "DrillGate.h"
#include "DrillSummary.h"
#include "OperatorIdentity.h"
#include "config/DrillConfig.h"
#include "i18n/LocalizedText.h"

#include <QObject>
#include <QString>

namespace etcddrill {

class DrillRecorder;
class WebhookNotifier;
struct NotifyDelivery;

class DrillNotifications : public QObject
{
    Q_OBJECT

public:
    DrillNotifications(const DrillConfig& config, const OperatorIdentity& me, DrillRecorder* recorder,
                       QObject* parent = nullptr);
    ~DrillNotifications() override;

    bool active() const { return m_notifier != nullptr; }
    int pending() const;

    void started(const QString& journalFolder, bool dryRun);
    void gateConfirmed(const DrillGate& gate);
    void stopped(const QString& node);
    void stopCondition(const LocalizedText& reason, DrillStep::Id step);
    void aborted(const LocalizedText& reason, DrillStep::Id step);
    void verdict(const DrillSummary& summary);
    // The journal is about to close: in-flight messages are written as such.
    void journalClosing();

signals:
    void problem(const etcddrill::LocalizedText& text); // a webhook could not be set up or a delivery failed
    void drained();

private:
    void send(const QString& event, const QString& step, const LocalizedText& summary,
              const QString& outcome = {});
    void delivered(const NotifyDelivery& delivery);

    DrillConfig m_config;
    OperatorIdentity m_me;
    DrillRecorder* m_recorder = nullptr;   // not owned; a sibling under the engine
    WebhookNotifier* m_notifier = nullptr; // child
    QString m_drill;
    bool m_journalClosed = false;
};

} // namespace etcddrill
