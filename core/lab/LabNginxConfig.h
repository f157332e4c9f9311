// The lab's nginx.conf: the domain name's load balancer, an nginx `stream` proxy on the domain address in
// front of every node's apiserver with PASSIVE checks only (max_fails/fail_timeout), as many real setups
// run it. An apiserver that accepts connections but answers 500 is never taken out: clients through the
// domain keep landing on it. Every path is inside the lab (nginx -p <lab>/nginx). Stateless; any thread.
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

    // streamModule: the module file to load_module, empty when nginx has the stream module built in.
    // runAsUser: written as `user` when not empty (nginx as root would otherwise switch to nobody).
    static QByteArray generate(const LabLayout& layout, const QString& streamModule,
                               const QString& runAsUser);
};

} // namespace etcddrill
