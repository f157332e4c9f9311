// One local file path a drill config names (TLS files, kubeconfig, token file, journal folder) or that a
// load falls back to (ETCDCTL_*, kubeadm's defaults): as written, as resolved, and where it was written, for
// the checks that run once the whole file is read. A value type used while ConfigLoader reads a file.
#pragma once

#include "ConfigLocation.h"

#include <QString>

namespace etcddrill {

struct ConfigLocalPath
{
    QString label;   // "etcd.tls.ca", "ETCDCTL_CACERT", "kubeadm default ca"
    QString written; // as in the file or the variable
    QString path;    // absolute
    ConfigLocation at;
    QString note = {}; // ends messages about a file the config did not name: why it was used

    // 'pki/client.key' (read as /srv/drill/pki/client.key): the path as written and, if different, as used.
    QString shown() const
    {
        return written == path ? QStringLiteral("'%1'").arg(path)
                               : QStringLiteral("'%1' (read as %2)").arg(written, path);
    }
};

} // namespace etcddrill
