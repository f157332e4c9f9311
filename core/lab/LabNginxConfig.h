// The lab's nginx.conf: the domain name's load balancer on the domain address in front of every node's
// apiserver, in one of two ways (LabLayout::domainProxy):
//  - stream: a TCP passthrough with PASSIVE checks only (max_fails/fail_timeout), as many real setups run
//    it. An apiserver that accepts connections but answers 503 is never taken out: clients through the
//    domain keep landing on it — the runbook's warning;
//  - http: nginx terminates TLS (with the apiservers' own serving certificate, which names the domain),
//    verifies each apiserver against the lab's Kubernetes CA, and tries the next one on an error, a timeout
//    or a 5xx (proxy_next_upstream) — the fix.
// Every path is inside the lab (nginx -p <lab>/nginx). Stateless; any thread.
#pragma once

#include "LabLayout.h"

#include <QByteArray>
#include <QString>

namespace etcddrill {

class LabNginxConfig
{
public:
    // Debian ships the stream module separately (libnginx-mod-stream).
    static QString defaultStreamModule()
    {
        return QStringLiteral("/usr/lib/nginx/modules/ngx_stream_module.so");
    }

    // streamModule: the module file to load_module, empty when nginx has the stream module built in or the
    // domain uses the http proxy.
    // runAsUser: written as `user` when not empty (nginx as root would otherwise switch to nobody).
    static QByteArray generate(const LabLayout& layout, const QString& streamModule,
                               const QString& runAsUser);
};

} // namespace etcddrill
