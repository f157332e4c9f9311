// What ConfigLoader returns: the validated config, or every problem it found (not only the first), so the
// operator fixes a file in one pass. A value type.
#pragma once

#include "ConfigError.h"
#include "DrillConfig.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace etcddrill {

struct ConfigLoadResult
{
    std::optional<DrillConfig> config; // set if and only if errors is empty
    QList<ConfigError> errors;         // in file order; problems without a line come last

    bool ok() const { return config.has_value(); }

    // All errors, one "file:line:column: message" per line, for a terminal or a message box.
    QString errorText() const
    {
        QStringList lines;
        for (const ConfigError& error : errors)
            lines.append(error.toString());
        return lines.join(u'\n');
    }
};

} // namespace etcddrill
