// The local files a drill config names, checked once the whole file is read so that a wrong path is
// reported against its line instead of when the drill needs the file: the TLS files of etcd and of the
// apiserver (PEM, pairs that belong together, through TlsFileChecker), the kubeconfig and the token file
// (there, readable, a token file not empty; nothing of its content is read).
// Part of ConfigLoader's implementation. Stateless; the thread of the load. Reads small local files.
#pragma once

#include "ConfigDraft.h"
#include "ConfigLocalPath.h"
#include "ConfigYamlReader.h"
#include "TlsFiles.h"

#include <optional>

namespace etcddrill {

class ConfigFileChecker
{
public:
    // Checks one set of TLS files (etcd's or the apiserver's) and returns their absolute paths.
    static TlsFiles checkTlsFiles(ConfigYamlReader& reader, const std::optional<ConfigLocalPath>& ca,
                                  const std::optional<ConfigLocalPath>& cert,
                                  const std::optional<ConfigLocalPath>& key);
    // A local file the config names (kubeconfig, token file): it must be there and readable now, not at the
    // moment the drill needs it.
    static void checkReadableFile(ConfigYamlReader& reader, const ConfigLocalPath& file,
                                  bool mustHaveContent);
    // The apiserver's kubeconfig, token file and TLS files, into draft.config.apiserver.
    static void checkApiserverFiles(ConfigYamlReader& reader, ConfigDraft& draft);
};

} // namespace etcddrill
