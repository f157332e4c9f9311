// What one ConfigLoader load builds up while it reads a drill config: the DrillConfig so far, the nodes with
// the places of their keys and their parsed endpoints, and the local paths as written, which the checks
// across the file resolve and check before the result is handed out. A value type; lives for one load.
#pragma once

#include "ConfigLocalPath.h"
#include "ConfigLocation.h"
#include "DrillConfig.h"
#include "EtcdEndpoint.h"
#include "NotifySettings.h"

#include <QList>
#include <QString>
#include <optional>

namespace etcddrill {

struct ConfigDraft
{
    struct Node
    {
        NodeConfig node;
        ConfigLocation at;
        ConfigLocation nameAt;
        ConfigLocation etcdAt;
        std::optional<EtcdEndpoint> endpoint; // set when nodes[i].etcd was valid
    };

    DrillConfig config;
    bool tlsWritten = false;
    std::optional<ConfigLocalPath> ca;
    std::optional<ConfigLocalPath> cert;
    std::optional<ConfigLocalPath> key;
    QList<Node> nodes;
    std::optional<ConfigLocalPath> kubeconfig;
    std::optional<ConfigLocalPath> apiserverCa;
    std::optional<ConfigLocalPath> apiserverCert;
    std::optional<ConfigLocalPath> apiserverKey;
    std::optional<ConfigLocalPath> tokenFile;
    std::optional<QString> drillTarget; // as written; resolved once the nodes are known
    std::optional<ConfigLocalPath> journalDir;
    // notify.webhooks[], checked against the files and the environment once the whole file is read.
    struct Webhook
    {
        NotifyTarget target;
        QString path; // "notify.webhooks[0]"
        ConfigLocation at;
        std::optional<ConfigLocalPath> urlFile;
        std::optional<ConfigLocalPath> secretFile;
    };
    QList<Webhook> webhooks;
};

} // namespace etcddrill
