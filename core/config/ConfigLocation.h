// Where something is in a drill config file: 1-based line and column as editors count them, 0 when unknown
// (a problem found in the environment, a missing file). A value type used while ConfigLoader reads a file.
#pragma once

namespace etcddrill {

struct ConfigLocation
{
    int line = 0;   // 1-based, 0 = unknown
    int column = 0; // 1-based, 0 = unknown
};

} // namespace etcddrill
