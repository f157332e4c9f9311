#include "ConfigError.h"

namespace etcddrill {

QString ConfigError::toString() const
{
    QString where = file;
    if (!where.isEmpty() && line > 0) {
        where += u':' + QString::number(line);
        if (column > 0)
            where += u':' + QString::number(column);
    }
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

} // namespace etcddrill
