#include "ClusterConfigDialog.h"

#include "probe/KubeconfigLoader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace etcddrill {

ClusterConfigDialog::ClusterConfigDialog(QWidget* parent)
    : QDialog(parent), m_kubeconfig(new QLineEdit(this)), m_browseKubeconfig(new QPushButton(this)),
      m_context(new QComboBox(this)), m_output(new QLineEdit(this)), m_browseOutput(new QPushButton(this)),
      m_sshUser(new QLineEdit(this)), m_transport(new QComboBox(this)), m_target(new QLineEdit(this)),
      m_force(new QCheckBox(this)), m_kubeconfigLabel(new QLabel(this)), m_contextLabel(new QLabel(this)),
      m_outputLabel(new QLabel(this)), m_sshUserLabel(new QLabel(this)), m_transportLabel(new QLabel(this)),
      m_targetLabel(new QLabel(this)), m_intro(new QLabel(this)), m_status(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_result(new QPlainTextEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this)), m_create(new QPushButton(this)),
      m_open(new QPushButton(this))
{
    setObjectName(QStringLiteral("clusterConfigDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_kubeconfig->setObjectName(QStringLiteral("kubeconfig"));
    m_context->setObjectName(QStringLiteral("context"));
    m_output->setObjectName(QStringLiteral("output"));
    m_sshUser->setObjectName(QStringLiteral("sshUser"));
    m_transport->setObjectName(QStringLiteral("transport"));
    m_target->setObjectName(QStringLiteral("target"));
    m_force->setObjectName(QStringLiteral("force"));
    m_status->setObjectName(QStringLiteral("status"));
    m_result->setObjectName(QStringLiteral("result"));
    m_create->setObjectName(QStringLiteral("create"));
    m_open->setObjectName(QStringLiteral("open"));

    m_context->setEditable(true);
    m_transport->addItem(QString(), QStringLiteral("ssh"));
    m_transport->addItem(QString(), QStringLiteral("local"));
    m_intro->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    m_result->setReadOnly(true);
    m_result->setVisible(false);
    m_result->setMinimumHeight(200);
    m_buttons->addButton(m_create, QDialogButtonBox::AcceptRole);
    m_buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    m_open->setVisible(false);
    m_create->setDefault(true);

    const auto row = [this](QLineEdit* edit, QPushButton* button) {
        auto* layout = new QHBoxLayout;
        layout->addWidget(edit, 1);
        layout->addWidget(button);
        return layout;
    };
    auto* form = new QFormLayout;
    form->addRow(m_kubeconfigLabel, row(m_kubeconfig, m_browseKubeconfig));
    form->addRow(m_contextLabel, m_context);
    form->addRow(m_outputLabel, row(m_output, m_browseOutput));
    form->addRow(m_sshUserLabel, m_sshUser);
    form->addRow(m_transportLabel, m_transport);
    form->addRow(m_targetLabel, m_target);
    form->addRow(QString(), m_force);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_result, 1);
    layout->addWidget(m_buttons);

    connect(m_browseKubeconfig, &QPushButton::clicked, this, &ClusterConfigDialog::browseKubeconfig);
    connect(m_browseOutput, &QPushButton::clicked, this, &ClusterConfigDialog::browseOutput);
    connect(m_kubeconfig, &QLineEdit::editingFinished, this, &ClusterConfigDialog::refreshContexts);
    connect(m_create, &QPushButton::clicked, this, &ClusterConfigDialog::create);
    connect(m_open, &QPushButton::clicked, this, [this] {
        emit configReady(m_written);
        close();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ClusterConfigDialog::reject);

    qRegisterMetaType<DrillConfigInit::Result>();
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("cluster-config"));
    m_init = new DrillConfigInit; // no parent: it moves to the thread, deleted when the thread ends
    m_init->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_init, &QObject::deleteLater);
    connect(m_init, &DrillConfigInit::finished, this, &ClusterConfigDialog::finish);
    m_thread->start();

    retranslateUi();
    setKubeconfig(KubeconfigLoader::defaultPath());
    setOutputPath(QDir::home().filePath(QStringLiteral("drill.yaml")));
    resize(660, sizeHint().height());
}

ClusterConfigDialog::~ClusterConfigDialog()
{
    // A read in flight ends within the apiserver deadline; its result is then dropped.
    m_thread->quit();
    m_thread->wait();
}

void ClusterConfigDialog::setKubeconfig(const QString& file)
{
    m_kubeconfig->setText(file);
    refreshContexts();
}

void ClusterConfigDialog::setOutputPath(const QString& file)
{
    m_output->setText(file);
}

QString ClusterConfigDialog::resultText() const
{
    return m_status->text() + QLatin1Char('\n') + m_result->toPlainText();
}

void ClusterConfigDialog::refreshContexts()
{
    const QString current = m_context->currentText();
    m_context->clear();
    // The context list comes from the local file only; nothing is asked of the cluster yet.
    const QStringList names = KubeconfigLoader::contexts(m_kubeconfig->text(), nullptr);
    m_context->addItem(QString()); // the kubeconfig's current-context
    m_context->addItems(names);
    const int index = m_context->findText(current);
    m_context->setCurrentIndex(index > 0 ? index : 0);
}

void ClusterConfigDialog::browseKubeconfig()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose kubeconfig"),
                                                      QFileInfo(m_kubeconfig->text()).absolutePath());
    if (!file.isEmpty())
        setKubeconfig(file);
}

void ClusterConfigDialog::browseOutput()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Write drill config"), m_output->text(),
                                                      tr("Drill configs (*.yaml *.yml)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!file.isEmpty())
        setOutputPath(file);
}

void ClusterConfigDialog::create()
{
    if (m_running)
        return;
    DrillConfigInit::Options options;
    options.kubeconfig = m_kubeconfig->text().trimmed();
    options.context = m_context->currentText().trimmed();
    options.output = m_output->text().trimmed();
    options.sshUser = m_sshUser->text().trimmed();
    options.local = m_transport->currentData().toString() == QLatin1String("local");
    options.target = m_target->text().trimmed();
    options.force = m_force->isChecked();
    m_running = true;
    m_create->setEnabled(false);
    m_open->setVisible(false);
    m_progress->setVisible(true);
    m_result->setVisible(false);
    m_status->setText(tr("Reading the cluster through its apiserver…"));
    DrillConfigInit* init = m_init;
    QMetaObject::invokeMethod(
        init, [init, options] { init->start(options); }, Qt::QueuedConnection);
}

void ClusterConfigDialog::finish(const DrillConfigInit::Result& result)
{
    m_running = false;
    m_create->setEnabled(true);
    m_progress->setVisible(false);
    QString details;
    if (!result.found.isEmpty())
        details += tr("Found:") + QLatin1Char('\n') + QStringLiteral("  ") +
                   result.found.join(QStringLiteral("\n  ")) + QLatin1Char('\n');
    if (result.ok && !result.toFill.isEmpty())
        details += tr("To fill in or check:") + QLatin1Char('\n') + QStringLiteral("  - ") +
                   result.toFill.join(QStringLiteral("\n  - ")) + QLatin1Char('\n');
    m_result->setPlainText(details);
    m_result->setVisible(!details.isEmpty());
    if (!result.ok) {
        // Core's message names the file or server and what to do; it carries no secret.
        m_status->setText(tr("No config was written: %1").arg(result.error));
        return;
    }
    m_written = result.outputFile;
    m_status->setText(tr("Wrote %1. Check what is listed below, then open it.").arg(result.outputFile));
    m_open->setVisible(true);
    m_open->setDefault(true);
}

void ClusterConfigDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ClusterConfigDialog::retranslateUi()
{
    setWindowTitle(tr("New drill config from cluster"));
    m_intro->setText(
        tr("Reads a kubeadm cluster through its apiserver — the control-plane nodes, each node's "
           "etcd and apiserver, the VIP and the domain, kubeadm's certificate folder — and writes "
           "a drill config. The file names the kubeconfig, never a token or key."));
    m_kubeconfigLabel->setText(tr("&Kubeconfig:"));
    m_kubeconfigLabel->setBuddy(m_kubeconfig);
    m_browseKubeconfig->setText(tr("Browse…"));
    m_contextLabel->setText(tr("&Context:"));
    m_contextLabel->setBuddy(m_context);
    m_context->setItemText(0, QString());
    m_context->setPlaceholderText(tr("current context"));
    m_context->lineEdit()->setPlaceholderText(tr("current context"));
    m_outputLabel->setText(tr("&Write to:"));
    m_outputLabel->setBuddy(m_output);
    m_browseOutput->setText(tr("Browse…"));
    m_sshUserLabel->setText(tr("&SSH user:"));
    m_sshUserLabel->setBuddy(m_sshUser);
    m_sshUser->setPlaceholderText(QStringLiteral("root"));
    m_transportLabel->setText(tr("&Fault runs:"));
    m_transportLabel->setBuddy(m_transport);
    m_transport->setItemText(0, tr("over ssh on the target node"));
    m_transport->setItemText(1, tr("on this machine (the target node itself, or the lab)"));
    m_targetLabel->setText(tr("&Target:"));
    m_targetLabel->setBuddy(m_target);
    m_target->setPlaceholderText(tr("the last control-plane node"));
    m_force->setText(tr("&Replace the file if it exists"));
    m_create->setText(tr("&Create"));
    m_open->setText(tr("&Open it"));
}

} // namespace etcddrill
