// `etcd-drill-cli init` and the console's File ▸ New drill config from cluster…: reads the kubeconfig (the
// given file, else $KUBECONFIG or ~/.kube/config), reads the cluster through its apiserver
// (KubeadmClusterReader), builds the drill config (DrillConfigFromCluster) and writes it atomically. An
// existing file is refused unless `force`; a config that would not load is not written. Ends once with
// finished(), later on this object's thread, never inside start(). Nothing blocks: controlPlaneEndpoint's
// name is looked up asynchronously with a deadline. Lives on any thread with an event loop; owned by its
// creator.
#pragma once

#include "DrillConfigFromCluster.h"

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>

namespace etcddrill {

class ApiserverClient;
class KubeadmClusterReader;

class DrillConfigInit : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString kubeconfig; // empty: $KUBECONFIG's first file, else ~/.kube/config
        QString context;    // empty: current-context
        QString output;     // the drill.yaml to write
        QString sshUser;
        bool local = false; // transport local: etcd-drill runs on the target node (or the lab)
        QString target;
        bool force = false;
    };
    struct Result
    {
        bool ok = false;
        QString error; // what went wrong and what to do; never a token or key
        QString outputFile;
        QStringList found;
        QStringList toFill;
    };

    explicit DrillConfigInit(QObject* parent = nullptr);
    ~DrillConfigInit() override;

    void start(const Options& options);

    // How long controlPlaneEndpoint's name may take to resolve before init writes the config without knowing.
    static constexpr int lookupDeadline = 5000; // ms

signals:
    void finished(const etcddrill::DrillConfigInit::Result& result);

private:
    void resolveEndpoint(DrillConfigFromCluster::Inputs inputs, Result result);
    void write(const DrillConfigFromCluster::Inputs& inputs, Result result);
    void finish(const Result& result);

    std::unique_ptr<ApiserverClient> m_client;
    std::unique_ptr<KubeadmClusterReader> m_reader;
};

} // namespace etcddrill

Q_DECLARE_METATYPE(etcddrill::DrillConfigInit::Result)
