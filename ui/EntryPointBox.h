// One way into the apiserver that is not a node of its own — the VIP, the domain or another load balancer
// (any `probes.targets` entry) — drawn above the nodes: what it is, where it points, its last probe and
// whether an outage window is open. A change between answering and failing is highlighted for two seconds.
// While the way in is degraded (core's DegradedPeriodDetector: a share of its probes failing) it says so —
// "degraded · 34 % failing" — instead of flipping between the last probe's ✔ and ✖.
// Thread: GUI thread. Owner: TopologyWidget (Qt parent).
#pragma once

#include "ConsoleColors.h"
#include "probe/ProbeSample.h"

#include <QDateTime>
#include <QFrame>
#include <QUrl>
#include <optional>

class QLabel;

namespace etcddrill {

class FadeHighlight;

class EntryPointBox : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Vip, Domain, LoadBalancer };

    EntryPointBox(const QString& targetName, const QUrl& url, QWidget* parent = nullptr);

    static Kind kindOf(const QString& targetName); // by the name the config gives it
    QString targetName() const { return m_name; }
    Kind kind() const { return m_kind; }
    QString titleText() const;
    QString statusText() const;
    bool inOutage() const { return m_outageSince.isValid(); }
    bool isDegraded() const { return m_degraded; }

    void setSample(const ProbeSample& sample);
    // since: the wall time the window started; invalid when no window is open.
    void setOutageSince(const QDateTime& since);
    // The way in is degraded (or no longer), with `share` (0 to 1) of its probes failing so far when known:
    // a period's share in its first seconds (two of four) would say more than it knows.
    void setDegraded(bool degraded, std::optional<double> share = std::nullopt);
    void setColors(const ConsoleColors& colors);

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    QString m_name;
    QUrl m_url;
    Kind m_kind;
    std::optional<ProbeSample> m_sample;
    QDateTime m_outageSince;
    bool m_degraded = false;
    std::optional<double> m_degradedShare;
    ConsoleColors m_colors = ConsoleColors::make(false, false);
    QList<QColor> m_paletteColors; // text, muted, alarm, status: what the labels' palettes were last set to
    FadeHighlight* m_highlight;
    QLabel* m_title;
    QLabel* m_address;
    QLabel* m_status;
    QLabel* m_outage;
};

} // namespace etcddrill
