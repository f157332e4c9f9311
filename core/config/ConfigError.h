// One problem found in a drill config: where it is and what to do about it. A value type produced by
// ConfigLoader and shown by the faces (CLI, GUI) as "drill.yaml:12:5: message".
#pragma once

#include <QString>

namespace etcddrill {

struct ConfigError
{
    QString file;    // the config file as the user named it; empty for problems found in the environment
    int line = 0;    // 1-based; 0 when the problem has no single place in the file (e.g. a missing file)
    int column = 0;  // 1-based; 0 when unknown
    QString message; // says what is wrong and what to write instead; never contains key material

    // "drill.yaml:12:5: message", "drill.yaml: message" without a line, "message" without a file.
    QString toString() const;

    friend bool operator==(const ConfigError&, const ConfigError&) = default;
};

} // namespace etcddrill
