#include "DrillCheck.h"

namespace etcddrill {

QString DrillCheck::statusName(Status status)
{
    switch (status) {
    case Status::Passed:
        return QStringLiteral("passed");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Skipped:
        return QStringLiteral("skipped");
    }
    return QStringLiteral("failed");
}

QString DrillCheck::describe() const
{
    const QString mark = status == Status::Passed   ? QStringLiteral("PASS")
                         : status == Status::Failed ? QStringLiteral("FAIL")
                                                    : QStringLiteral("SKIP");
    QString line = QStringLiteral("%1  %2: %3").arg(mark, name, measured);
    if (!expected.isEmpty())
        line += QStringLiteral(" (expected %1)").arg(expected);
    if (!detail.isEmpty())
        line += QStringLiteral(" — %1").arg(detail);
    return line;
}

QJsonObject DrillCheck::toJson() const
{
    QJsonObject json{
        {QStringLiteral("step"), DrillStep::idName(step)},
        {QStringLiteral("name"), name},
        {QStringLiteral("status"), statusName(status)},
        {QStringLiteral("passed"), passed()},
        {QStringLiteral("measured"), measured},
        {QStringLiteral("expected"), expected},
    };
    if (!detail.isEmpty())
        json.insert(QStringLiteral("detail"), detail);
    if (!overridable)
        json.insert(QStringLiteral("overridable"), false);
    return json;
}

} // namespace etcddrill
