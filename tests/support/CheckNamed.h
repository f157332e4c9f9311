// The check of a given English name in a list of DrillChecks, for tests of the drill's check rules;
// nullptr when there is none. Header-only; any test.
#pragma once

#include "DrillCheck.h"

#include <QList>

namespace etcddrill::test {

inline const DrillCheck* checkNamed(const QList<DrillCheck>& checks, const char* name)
{
    for (const DrillCheck& check : checks) {
        if (check.name == QLatin1String(name))
            return &check;
    }
    return nullptr;
}

} // namespace etcddrill::test
