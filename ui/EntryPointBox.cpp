#include "EntryPointBox.h"

#include "RelativeFont.h"

#include "FadeHighlight.h"
#include "ProbeOutcomeText.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <QVBoxLayout>
#include <algorithm>

namespace etcddrill {

EntryPointBox::EntryPointBox(const QString& targetName, const QUrl& url, QWidget* parent)
    : QFrame(parent), m_name(targetName), m_url(url), m_kind(kindOf(targetName)),
      m_highlight(new FadeHighlight(this))
{
    setObjectName(QStringLiteral("entryPoint-%1").arg(targetName));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 8, 14, 8);
    layout->setSpacing(2);
    m_title = new QLabel(this);
    m_title->setAlignment(Qt::AlignCenter);
    RelativeFont::set(m_title, 1.25, true);
    m_address = new QLabel(this);
    m_address->setAlignment(Qt::AlignCenter);
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setAlignment(Qt::AlignCenter);
    RelativeFont::set(m_status, 1.0, true);
    m_outage = new QLabel(this);
    m_outage->setObjectName(QStringLiteral("outage"));
    m_outage->setAlignment(Qt::AlignCenter);
    m_outage->setVisible(false);
    // The outage line keeps its room when there is none, so the boxes (and the cards below them) do not
    // move when an outage begins or ends.
    QSizePolicy keep = m_outage->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_outage->setSizePolicy(keep);
    for (QLabel* label : {m_title, m_address, m_status, m_outage}) {
        label->setTextFormat(Qt::PlainText);
        layout->addWidget(label);
    }
    refresh();
}

EntryPointBox::Kind EntryPointBox::kindOf(const QString& targetName)
{
    if (targetName.contains(QLatin1String("vip"), Qt::CaseInsensitive))
        return Kind::Vip;
    if (targetName.contains(QLatin1String("domain"), Qt::CaseInsensitive))
        return Kind::Domain;
    return Kind::LoadBalancer;
}

QString EntryPointBox::titleText() const
{
    return m_title->text();
}

QString EntryPointBox::statusText() const
{
    return m_status->text();
}

void EntryPointBox::setSample(const ProbeSample& sample)
{
    if (sample.outcome == ProbeSample::Outcome::Skipped)
        return;
    // A degraded way in flips all the time: its state says it, not a highlight per flip.
    const bool changed = m_sample && m_sample->isFailure() != sample.isFailure() && !m_degraded;
    m_sample = sample;
    refresh();
    if (changed)
        m_highlight->trigger();
}

void EntryPointBox::setOutageSince(const QDateTime& since)
{
    m_outageSince = since;
    refresh();
}

void EntryPointBox::setDegraded(bool degraded, std::optional<double> share)
{
    if (degraded != m_degraded)
        m_highlight->trigger();
    m_degraded = degraded;
    m_degradedShare = degraded ? share : std::nullopt;
    refresh();
}

void EntryPointBox::setColors(const ConsoleColors& colors)
{
    m_colors = colors;
    // Presenter mode folds the address away like the cards' detail rows (the tooltip keeps it): the room
    // reads the name and the state.
    m_address->setVisible(!colors.presenter);
    refresh();
}

void EntryPointBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    if (event->type() == QEvent::FontChange)
        RelativeFont::refresh(this);
    QFrame::changeEvent(event);
}

void EntryPointBox::refresh()
{
    switch (m_kind) {
    case Kind::Vip:
        m_title->setText(tr("VIP"));
        break;
    case Kind::Domain:
        m_title->setText(tr("Domain"));
        break;
    case Kind::LoadBalancer:
        m_title->setText(tr("Load balancer"));
        break;
    }
    const QString where =
        m_url.port() > 0 ? QStringLiteral("%1:%2").arg(m_url.host()).arg(m_url.port()) : m_url.host();
    m_address->setText(QStringLiteral("%1 · %2").arg(m_name, where));
    setToolTip(m_address->text());
    if (m_degraded && m_degradedShare)
        m_status->setText(tr("degraded · %1 % failing").arg(qRound(*m_degradedShare * 100.0)));
    else if (m_degraded)
        m_status->setText(tr("degraded · probes failing"));
    else
        m_status->setText(m_sample ? ProbeOutcomeText::describe(*m_sample)
                                   : tr("waiting for the first probe…"));
    // A degraded way in's short windows are part of its state; a hard outage keeps its line.
    m_outage->setVisible(m_outageSince.isValid() && !m_degraded);
    if (m_outageSince.isValid())
        m_outage->setText(tr("⚠ outage since %1")
                              .arg(QLocale().toString(m_outageSince.time(), QStringLiteral("HH:mm:ss"))));

    // Palettes only when their colours change (a box refreshes with every probe of its way in).
    const QColor alarmText = m_colors.dark ? m_colors.failure : m_colors.failure.darker(120);
    const bool failing = m_degraded || (m_sample && m_sample->isFailure());
    const QList<QColor> colors{m_colors.text, m_colors.mutedText, alarmText,
                               failing ? alarmText : m_colors.text};
    if (colors != m_paletteColors) {
        m_paletteColors = colors;
        QPalette text = palette();
        text.setColor(QPalette::WindowText, m_colors.text);
        m_title->setPalette(text);
        QPalette muted = text;
        muted.setColor(QPalette::WindowText, m_colors.mutedText);
        m_address->setPalette(muted);
        QPalette alarm = text;
        alarm.setColor(QPalette::WindowText, alarmText);
        m_outage->setPalette(alarm);
        m_status->setPalette(failing ? alarm : text);
    }

    setAccessibleName(QStringLiteral("%1 (%2)").arg(m_title->text(), m_name));
    setAccessibleDescription(m_status->text());
    update();
}

void EntryPointBox::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const bool failing = (m_sample && m_sample->isFailure()) || inOutage();
    const qreal border = failing ? (m_colors.presenter ? 5.0 : 3.0) : (m_colors.presenter ? 2.0 : 1.5);
    const QRectF box =
        QRectF(rect()).adjusted(border / 2 + 2, border / 2 + 2, -border / 2 - 2, -border / 2 - 2);
    QPainterPath path;
    // Load balancers are drawn as capsules, nodes as cards: the two tiers of the runbook's picture. The
    // rounding stays within the side margins, so a box of three or four lines does not cut into its text.
    const qreal radius = std::min(box.height() / 2.5, 24.0);
    path.addRoundedRect(box, radius, radius);
    painter.fillPath(path, m_colors.cardBackground);
    painter.setPen(QPen(failing ? m_colors.failure : m_colors.cardBorder, border,
                        failing ? Qt::DashLine : Qt::SolidLine));
    painter.drawPath(path);
    const qreal strength = m_highlight->strength();
    if (strength > 0) {
        QColor glow = m_colors.highlight;
        glow.setAlphaF(strength);
        painter.setPen(QPen(glow, m_colors.presenter ? 8.0 : 5.0));
        painter.drawRoundedRect(QRectF(rect()).adjusted(3, 3, -3, -3), radius, radius);
    }
}

} // namespace etcddrill
