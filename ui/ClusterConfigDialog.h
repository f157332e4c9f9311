// File ▸ New drill config from cluster…: the console's face of `etcd-drill-cli init`. Asks for the kubeconfig
// (with its contexts), the file to write, the ssh user, the transport and the target, runs core's
// DrillConfigInit on a worker thread (it talks to the apiserver and may resolve names) and shows what was
// found and what to fill in, or the error that says what to do. After a success, "Open" hands the new file to
// the window (configReady). Non-modal.
// Thread: GUI thread; the read runs on the dialog's own QThread. Owner: MainWindow (Qt parent); deletes
// itself when closed.
#pragma once

#include "kube/DrillConfigInit.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QThread;

namespace etcddrill {

class ClusterConfigDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ClusterConfigDialog(QWidget* parent = nullptr);
    ~ClusterConfigDialog() override;

    void setKubeconfig(const QString& file);
    void setOutputPath(const QString& file);
    QString resultText() const;

signals:
    void configReady(const QString& file);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void refreshContexts();
    void browseKubeconfig();
    void browseOutput();
    void create();
    void finish(const etcddrill::DrillConfigInit::Result& result);

    QLineEdit* m_kubeconfig;
    QPushButton* m_browseKubeconfig;
    QComboBox* m_context;
    QLineEdit* m_output;
    QPushButton* m_browseOutput;
    QLineEdit* m_sshUser;
    QComboBox* m_transport;
    QLineEdit* m_target;
    QCheckBox* m_force;
    QLabel* m_kubeconfigLabel;
    QLabel* m_contextLabel;
    QLabel* m_outputLabel;
    QLabel* m_sshUserLabel;
    QLabel* m_transportLabel;
    QLabel* m_targetLabel;
    QLabel* m_intro;
    QLabel* m_status;
    QProgressBar* m_progress;
    QPlainTextEdit* m_result;
    QDialogButtonBox* m_buttons;
    QPushButton* m_create;
    QPushButton* m_open;
    std::unique_ptr<QThread> m_thread;
    DrillConfigInit* m_init; // lives on m_thread, deleted when it ends
    QString m_written;
    bool m_running = false;
};

} // namespace etcddrill
