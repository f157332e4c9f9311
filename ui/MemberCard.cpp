#include "MemberCard.h"

#include "RelativeFont.h"

#include "FadeHighlight.h"
#include "ProbeOutcomeText.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace etcddrill {

namespace {

constexpr int kAccentWidth = 8;

QLabel* makeLabel(QWidget* parent, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* label = new QLabel(parent);
    label->setAlignment(alignment);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString dash()
{
    return QStringLiteral("—");
}

} // namespace

MemberCard::MemberCard(const QString& nodeName, QWidget* parent)
    : QFrame(parent), m_nodeName(nodeName), m_highlight(new FadeHighlight(this))
{
    setObjectName(QStringLiteral("memberCard-%1").arg(nodeName));
    setFrameShape(QFrame::NoFrame);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    setAccessibleName(nodeName);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(kAccentWidth + 7, 8, 7, 8);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(2);

    m_title = makeLabel(this);
    m_title->setText(nodeName);
    RelativeFont::set(m_title, 1.4, true);
    m_roleLabel = makeLabel(this, Qt::AlignRight | Qt::AlignVCenter);
    m_roleLabel->setObjectName(QStringLiteral("role"));
    RelativeFont::set(m_roleLabel, 1.2, true);
    grid->addWidget(m_title, 0, 0);
    grid->addWidget(m_roleLabel, 0, 1);

    m_memberId = makeLabel(this);
    m_memberId->setObjectName(QStringLiteral("memberId"));
    m_memberId->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(m_memberId, 1, 0, 1, 2);

    m_etcdHeading = makeLabel(this);
    RelativeFont::set(m_etcdHeading, 1.0, true);
    grid->addWidget(m_etcdHeading, 2, 0, 1, 2);

    m_term = addRow(3, &m_termKey);
    m_lag = addRow(4, &m_lagKey);
    m_revision = addRow(5, &m_revisionKey);
    m_db = addRow(6, &m_dbKey);
    m_latency = addRow(7, &m_latencyKey);

    // A folded card (presenter mode, a short window) shows the etcd figures as one line in place of the
    // heading and its rows; it wraps rather than widening the card.
    m_summary = makeLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setVisible(false);
    QSizePolicy narrow = m_summary->sizePolicy();
    narrow.setHorizontalPolicy(QSizePolicy::Ignored);
    m_summary->setSizePolicy(narrow);
    grid->addWidget(m_summary, 2, 0, 1, 2);

    m_apiserverHeading = makeLabel(this);
    RelativeFont::set(m_apiserverHeading, 1.0, true);
    m_apiserverLabel = makeLabel(this, Qt::AlignRight | Qt::AlignVCenter);
    m_apiserverLabel->setObjectName(QStringLiteral("apiserver"));
    grid->addWidget(m_apiserverHeading, 8, 0);
    grid->addWidget(m_apiserverLabel, 8, 1);

    m_error = makeLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    QSizePolicy keep = m_error->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    // The error wraps into the card's width instead of widening it: a long address must not push the
    // role badge ("✖ Down") off a card the screen has no room for.
    keep.setHorizontalPolicy(QSizePolicy::Ignored);
    m_error->setSizePolicy(keep);
    // Two lines: "cannot connect to https://…: connection refused — is etcd running there?" wraps once.
    m_error->setMinimumHeight(2 * m_error->fontMetrics().lineSpacing());
    grid->addWidget(m_error, 9, 0, 1, 2);
    grid->setColumnStretch(1, 1);

    retranslateUi();
}

QLabel* MemberCard::addRow(int row, QLabel** key)
{
    auto* grid = static_cast<QGridLayout*>(layout());
    *key = makeLabel(this);
    auto* value = makeLabel(this, Qt::AlignRight | Qt::AlignVCenter);
    grid->addWidget(*key, row, 0);
    grid->addWidget(value, row, 1);
    return value;
}

QString MemberCard::roleText() const
{
    return m_roleLabel->text();
}

QString MemberCard::apiserverText() const
{
    return m_apiserverLabel->text();
}

bool MemberCard::isHighlighted() const
{
    return m_highlight->isActive();
}

void MemberCard::setStatus(const MemberStatus& status)
{
    const MemberRole::Kind role = MemberRole::of(status, true);
    // The first report is no change: only a role that moves after that is highlighted.
    const bool changed = m_status && role != m_role;
    m_status = status;
    m_role = role;
    refresh();
    if (changed)
        m_highlight->trigger();
}

void MemberCard::setApiserverSample(const ProbeSample& sample)
{
    if (sample.outcome == ProbeSample::Outcome::Skipped)
        return;
    m_apiserver = sample;
    refresh();
}

void MemberCard::setColors(const ConsoleColors& colors)
{
    m_colors = colors;
    applyFolding();
    refresh();
}

void MemberCard::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    applyFolding();
    refresh();
}

void MemberCard::applyFolding()
{
    // Presenter mode: the names, roles and states grow; the detail rows fold away so that the cards still
    // fit a shared laptop's screen. A short window folds them too (TopologyWidget::setCompact).
    const bool folded = m_colors.presenter || m_compact;
    for (QLabel* label : {m_memberId, m_etcdHeading, m_termKey, m_term, m_lagKey, m_lag, m_revisionKey,
                          m_revision, m_dbKey, m_db, m_latencyKey, m_latency})
        label->setVisible(!folded);
    m_summary->setVisible(folded);
    // The figures and the error are details: in presenter mode they grow less than the names, roles and
    // states, so that three cards fit a laptop's screen (one line of figures, the error in two).
    const double detail = m_colors.presenter ? 0.7 : 1.0;
    RelativeFont::set(m_summary, detail, false);
    RelativeFont::set(m_error, detail, false);
    m_error->setMinimumHeight(2 * m_error->fontMetrics().lineSpacing());
}

void MemberCard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::FontChange) {
        RelativeFont::refresh(this);
        m_error->setMinimumHeight(2 * m_error->fontMetrics().lineSpacing());
    }
    QFrame::changeEvent(event);
}

void MemberCard::retranslateUi()
{
    m_etcdHeading->setText(tr("etcd"));
    m_termKey->setText(tr("Raft term"));
    m_lagKey->setText(tr("Index lag"));
    m_revisionKey->setText(tr("Revision"));
    m_dbKey->setText(tr("DB size"));
    m_latencyKey->setText(tr("Status latency"));
    m_apiserverHeading->setText(tr("apiserver"));
    refresh();
}

QColor MemberCard::roleColor() const
{
    switch (m_role) {
    case MemberRole::Kind::Leader:
        return m_colors.leader;
    case MemberRole::Kind::Follower:
        return m_colors.follower;
    case MemberRole::Kind::Learner:
        return m_colors.learner;
    case MemberRole::Kind::Down:
        return m_colors.down;
    case MemberRole::Kind::Unknown:
        break;
    }
    return m_colors.unknown;
}

void MemberCard::setExpectedDown(bool expected)
{
    m_expectedDown = expected;
    refresh();
}

bool MemberCard::showsDetails() const
{
    return !m_memberId->isHidden();
}

QString MemberCard::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void MemberCard::refresh()
{
    const QLocale locale;
    const QString role = MemberRole::symbol(m_role) + QLatin1Char(' ') + MemberRole::text(m_role);
    m_roleLabel->setText(role);

    // Palettes only when their colours change: a card refreshes with every probe of its apiserver, and
    // setPalette() on a dozen labels twenty times a second is most of the console's work while it ingests.
    const QColor roleText = m_colors.dark ? roleColor() : roleColor().darker(115);
    if (m_paletteColors != QList<QColor>{m_colors.text, m_colors.mutedText, roleText}) {
        m_paletteColors = {m_colors.text, m_colors.mutedText, roleText};
        QPalette textPalette = palette();
        textPalette.setColor(QPalette::WindowText, m_colors.text);
        for (QLabel* label : findChildren<QLabel*>())
            label->setPalette(textPalette);
        QPalette rolePalette = textPalette;
        rolePalette.setColor(QPalette::WindowText, roleText);
        m_roleLabel->setPalette(rolePalette);
        QPalette muted = textPalette;
        muted.setColor(QPalette::WindowText, m_colors.mutedText);
        m_memberId->setPalette(muted);
        m_error->setPalette(muted);
    }

    if (!m_status) {
        m_memberId->setText(tr("Member ID %1").arg(dash()));
        for (QLabel* value : {m_term, m_lag, m_revision, m_db, m_latency})
            value->setText(dash());
    } else {
        const MemberStatus& s = *m_status;
        m_memberId->setText(
            tr("Member ID %1")
                .arg(s.memberId ? QStringLiteral("%1").arg(s.memberId, 16, 16, QLatin1Char('0')) : dash()));
        const bool reported = s.reachable;
        m_term->setText(reported ? locale.toString(s.raftTerm) : dash());
        m_lag->setText(s.indexLag >= 0 ? locale.toString(s.indexLag) : dash());
        m_revision->setText(reported ? locale.toString(s.revision) : dash());
        m_db->setText(reported ? locale.formattedDataSize(s.dbSize, 1, QLocale::DataSizeTraditionalFormat)
                               : dash());
        m_latency->setText(reported ? ProbeOutcomeText::milliseconds(s.latency.count() / 1000.0) : dash());
    }
    m_summary->setText(
        tr("etcd: term %1 · lag %2 · rev %3").arg(m_term->text(), m_lag->text(), m_revision->text()));
    // The error's room is kept when there is none (retainSizeWhenHidden), so the card keeps its height
    // and nothing below it moves when a member goes down.
    const bool down = m_role == MemberRole::Kind::Down;
    const bool expected = down && m_expectedDown;
    const bool showError = expected || (m_status && !m_status->error.isEmpty() && down);
    m_error->setVisible(showError);
    m_error->setText(expected    ? tr("stopped by the drill (expected)")
                     : showError ? m_status->error.translated()
                                 : QString());

    if (m_apiserver) {
        const ProbeSample& sample = *m_apiserver;
        // Presenter mode folds the latency away like the other detail rows: the state is what the room
        // reads, and three cards must fit a laptop's width.
        if (m_colors.presenter)
            m_apiserverLabel->setText(ProbeOutcomeText::symbol(sample) + QLatin1Char(' ') +
                                      (sample.isFailure() ? ProbeOutcomeText::failure(sample) : tr("ready")));
        else
            m_apiserverLabel->setText(
                sample.isFailure()
                    ? ProbeOutcomeText::describe(sample)
                    : ProbeOutcomeText::symbol(sample) + QLatin1Char(' ') +
                          tr("ready · %1").arg(ProbeOutcomeText::milliseconds(sample.totalUs / 1000.0)));
    } else {
        m_apiserverLabel->setText(tr("not probed"));
    }

    setAccessibleName(tr("%1: %2").arg(m_nodeName, MemberRole::text(m_role)));
    setAccessibleDescription(tr("apiserver %1").arg(m_apiserverLabel->text()));
    update();
}

void MemberCard::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const bool leader = m_role == MemberRole::Kind::Leader;
    const qreal border = leader ? (m_colors.presenter ? 5.0 : 3.0) : (m_colors.presenter ? 2.0 : 1.0);
    const QRectF box =
        QRectF(rect()).adjusted(border / 2 + 2, border / 2 + 2, -border / 2 - 2, -border / 2 - 2);
    QPainterPath path;
    path.addRoundedRect(box, 8, 8);

    QColor background = m_colors.cardBackground;
    if (m_role == MemberRole::Kind::Down) {
        // A down member's card is tinted as well as labelled, so it stands out from the back of the room.
        QColor tint = m_colors.down;
        tint.setAlphaF(m_colors.dark ? 0.25 : 0.12);
        painter.fillPath(path, background);
        background = tint;
    }
    painter.fillPath(path, background);

    painter.save();
    painter.setClipPath(path);
    painter.fillRect(QRectF(box.left(), box.top(), kAccentWidth, box.height()), roleColor());
    painter.restore();

    painter.setPen(QPen(leader || m_role == MemberRole::Kind::Down ? roleColor() : m_colors.cardBorder,
                        border, m_role == MemberRole::Kind::Down ? Qt::DashLine : Qt::SolidLine));
    painter.drawPath(path);

    const qreal strength = m_highlight->strength();
    if (strength > 0) {
        QColor glow = m_colors.highlight;
        glow.setAlphaF(strength);
        painter.setPen(QPen(glow, m_colors.presenter ? 8.0 : 5.0));
        painter.drawRoundedRect(QRectF(rect()).adjusted(3, 3, -3, -3), 10, 10);
    }
}

} // namespace etcddrill
