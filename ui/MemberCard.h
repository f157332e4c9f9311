// One control-plane node in the topology: its etcd member (name, member ID, role with a symbol, raft term,
// index lag behind the leader, revision, DB size, status latency, the error when down) and its apiserver's
// readiness (from the node's "<node>-apiserver" probe). A role change is highlighted for two seconds.
// Everything shown comes from MemberStatus and ProbeSample as reported; nothing is recomputed here.
// Grid of labels, so it grows with the font (presenter mode).
// Thread: GUI thread. Owner: TopologyWidget (Qt parent).
#pragma once

#include "ConsoleColors.h"
#include "MemberRole.h"
#include "etcd/MemberStatus.h"
#include "probe/ProbeSample.h"

#include <QFrame>
#include <optional>

class QLabel;

namespace etcddrill {

class FadeHighlight;

class MemberCard : public QFrame
{
    Q_OBJECT

public:
    explicit MemberCard(const QString& nodeName, QWidget* parent = nullptr);

    QString nodeName() const { return m_nodeName; }
    MemberRole::Kind role() const { return m_role; }
    QString roleText() const;      // as shown: "★ Leader"
    QString apiserverText() const; // as shown: "✔ 200 · 3.1 ms"
    bool isHighlighted() const;

    void setStatus(const MemberStatus& status);
    void setApiserverSample(const ProbeSample& sample);
    // The drill stopped this member on purpose: while it is down the card says so instead of the error.
    void setExpectedDown(bool expected);
    bool isExpectedDown() const { return m_expectedDown; }
    QString errorText() const; // as shown under the rows; empty when none
    // Presenter mode folds the detail rows away (member ID, DB size, status latency) and puts term, lag and
    // revision on one line.
    void setColors(const ConsoleColors& colors);
    // Folds the detail rows as presenter mode does, for a window too short for them.
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }
    bool showsDetails() const;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QLabel* addRow(int row, QLabel** key);
    void applyFolding();
    void retranslateUi();
    void refresh();
    QColor roleColor() const;

    QString m_nodeName;
    std::optional<MemberStatus> m_status;
    std::optional<ProbeSample> m_apiserver;
    MemberRole::Kind m_role = MemberRole::Kind::Unknown;
    bool m_expectedDown = false;
    bool m_compact = false;
    QList<QColor> m_paletteColors; // text, muted, role: what the labels' palettes were last set to
    ConsoleColors m_colors = ConsoleColors::make(false, false);
    FadeHighlight* m_highlight;

    QLabel* m_title;
    QLabel* m_roleLabel;
    QLabel* m_memberId;
    QLabel* m_etcdHeading;
    QLabel* m_summary; // presenter mode: "etcd: term 3 · lag 0 · rev 26"
    QLabel* m_termKey;
    QLabel* m_term;
    QLabel* m_lagKey;
    QLabel* m_lag;
    QLabel* m_revisionKey;
    QLabel* m_revision;
    QLabel* m_dbKey;
    QLabel* m_db;
    QLabel* m_latencyKey;
    QLabel* m_latency;
    QLabel* m_apiserverHeading;
    QLabel* m_apiserverLabel;
    QLabel* m_error;
};

} // namespace etcddrill
