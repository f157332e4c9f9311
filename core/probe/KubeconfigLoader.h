// Reads a kubeconfig (as kubectl does, for one file) and returns the server and credentials of one context,
// for probing the apiserver as a real client would. Supports CA/certificate/key as files (relative to the
// kubeconfig's folder) or -data, tokens and token files, insecure-skip-tls-verify when the file says so.
// exec and auth-provider users are refused with a message saying what to use instead. Errors name the file,
// the line where known, and what to fix; they never contain a token or key. Stateless; any thread.
#pragma once

#include "KubeconfigAccess.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace etcddrill {

class KubeconfigLoader
{
public:
    // path empty: the first file of $KUBECONFIG, else ~/.kube/config. context empty: current-context.
    static std::optional<KubeconfigAccess> load(const QString& path, const QString& context, QString* error);
    static QString defaultPath();
    // The names of every context in the file, in file order; empty and *error when it cannot be read.
    static QStringList contexts(const QString& path, QString* error);
};

} // namespace etcddrill
