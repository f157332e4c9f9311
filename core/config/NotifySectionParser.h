// The notify: section of a drill config (timeout, webhooks: name, format, url-file or url-env, secret-file or
// secret-env, events), the refusal of a URL or secret written into the file itself, and — once the whole
// file is read — the checks against this machine: the URL's file readable and holding an http(s) URL.
// Variables (url-env, secret-env) are read when a drill starts, in its preflight, so that commands that do
// not notify need not have them set. Messages never show a URL or a secret, only where it comes from.
// Part of ConfigLoader's implementation. Stateless; the thread of the load.
#pragma once

#include "ConfigDraft.h"
#include "ConfigYamlReader.h"

#include <QProcessEnvironment>

namespace etcddrill {

class NotifySectionParser
{
public:
    static void read(ConfigYamlReader& reader, const ConfigYamlReader::Entry& entry, ConfigDraft& draft);
    static void check(ConfigYamlReader& reader, ConfigDraft& draft, const QProcessEnvironment& environment);
};

} // namespace etcddrill
