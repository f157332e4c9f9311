#include "RestoreBanner.h"

#include "RestoreController.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace etcddrill {

RestoreBanner::RestoreBanner(QWidget* parent)
    : QFrame(parent), m_text(new QLabel(this)), m_command(new QLabel(this)), m_restore(new QPushButton(this))
{
    setObjectName(QStringLiteral("restoreBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette palette = this->palette();
    // Amber whatever the theme: it is a warning that a member is down, not decoration.
    palette.setColor(QPalette::Window, QColor(0xFF, 0xC1, 0x07));
    palette.setColor(QPalette::WindowText, QColor(0, 0, 0));
    setPalette(palette);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    QFont bold = m_text->font();
    bold.setBold(true);
    m_text->setFont(bold);
    m_command->setTextFormat(Qt::PlainText);
    m_command->setWordWrap(true);
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_restore->setObjectName(QStringLiteral("bannerRestore"));

    auto* texts = new QVBoxLayout;
    texts->addWidget(m_text);
    texts->addWidget(m_command);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addLayout(texts, 1);
    layout->addWidget(m_restore, 0, Qt::AlignVCenter);
    connect(m_restore, &QPushButton::clicked, this, &RestoreBanner::restoreRequested);
    hide();
    retranslateUi();
}

void RestoreBanner::setDrills(const QList<UnfinishedDrill>& drills, const QString& commandLine)
{
    m_drills = drills;
    m_commandLine = commandLine;
    m_problem.clear();
    retranslateUi();
}

void RestoreBanner::setRestoring(bool restoring)
{
    m_restore->setEnabled(!restoring);
}

void RestoreBanner::setProblem(const QString& text)
{
    m_problem = text;
    retranslateUi();
}

QString RestoreBanner::text() const
{
    return m_text->text() + QLatin1Char('\n') + m_command->text();
}

void RestoreBanner::retranslateUi()
{
    QStringList lines;
    for (const UnfinishedDrill& drill : std::as_const(m_drills))
        lines << QStringLiteral("⚠ ") + RestoreController::describe(drill);
    if (!m_problem.isEmpty())
        lines << m_problem;
    m_text->setText(lines.join(QLatin1Char('\n')));
    m_command->setText(tr("From a shell: %1").arg(m_commandLine));
    m_restore->setText(tr("Restore now…"));
}

void RestoreBanner::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

} // namespace etcddrill
