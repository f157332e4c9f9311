// The notify: section of a drill config (timeout, webhooks: name, format, url-file or url-env, secret-file or
// secret-env, events), the refusal of a URL or secret written into the file itself, and — once the whole
// file is read — names unique, one of url-file/url-env, secrets only where the robot signs. The URL and
// secret themselves (files or variables) are read when a drill starts, in its preflight, so that commands
// that do not notify need neither. Messages never show a URL or a secret, only where it comes from.
// Part of ConfigLoader's implementation. Stateless; the thread of the load.
#pragma once

#include "ConfigDraft.h"
#include "ConfigYamlReader.h"

namespace etcddrill {

class NotifySectionParser
{
public:
    static void read(ConfigYamlReader& reader, const ConfigYamlReader::Entry& entry, ConfigDraft& draft);
    static void check(ConfigYamlReader& reader, ConfigDraft& draft);
};

} // namespace etcddrill
