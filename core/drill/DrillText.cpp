#include "DrillText.h"

namespace etcddrill::DrillText {

LocalizedText join(const QList<LocalizedText>& parts, const char* separator)
{
    return LocalizedText::join(parts, separator);
}

LocalizedText stepTitle(DrillStep::Id id)
{
    switch (id) {
    case DrillStep::Id::Preflight:
        return make(QT_TRANSLATE_NOOP("DrillText", "Preflight"));
    case DrillStep::Id::StopTarget:
        return make(QT_TRANSLATE_NOOP("DrillText", "Stop the target's etcd"));
    case DrillStep::Id::VerifySurvivors:
        return make(QT_TRANSLATE_NOOP("DrillText", "Verify the survivors"));
    case DrillStep::Id::StartTarget:
        return make(QT_TRANSLATE_NOOP("DrillText", "Start the target's etcd"));
    case DrillStep::Id::Recovery:
        return make(QT_TRANSLATE_NOOP("DrillText", "Recovery"));
    case DrillStep::Id::Verdict:
        return make(QT_TRANSLATE_NOOP("DrillText", "Verdict"));
    case DrillStep::Id::Rollback:
        return make(QT_TRANSLATE_NOOP("DrillText", "Rollback"));
    }
    return {};
}

LocalizedText stepState(DrillStep::State state)
{
    switch (state) {
    case DrillStep::State::Pending:
        return make(QT_TRANSLATE_NOOP("DrillText", "pending"));
    case DrillStep::State::Running:
        return make(QT_TRANSLATE_NOOP("DrillText", "running"));
    case DrillStep::State::WaitingForOperator:
        return make(QT_TRANSLATE_NOOP("DrillText", "waiting for the operator"));
    case DrillStep::State::Passed:
        return make(QT_TRANSLATE_NOOP("DrillText", "passed"));
    case DrillStep::State::Failed:
        return make(QT_TRANSLATE_NOOP("DrillText", "failed"));
    case DrillStep::State::Skipped:
        return make(QT_TRANSLATE_NOOP("DrillText", "skipped"));
    }
    return {};
}

LocalizedText location(const QString& location)
{
    if (location == QLatin1String("locally"))
        return make(QT_TRANSLATE_NOOP("DrillText", "locally"));
    if (location.startsWith(QLatin1String("on ")))
        return make(QT_TRANSLATE_NOOP("DrillText", "on %1"), location.mid(3));
    return location;
}

LocalizedText targetChoice(const QString& how)
{
    if (how == QLatin1String("configured"))
        return make(QT_TRANSLATE_NOOP("DrillText", "as configured"));
    if (how == QLatin1String("leader"))
        return make(QT_TRANSLATE_NOOP("DrillText", "the leader"));
    if (how == QLatin1String("follower"))
        return make(QT_TRANSLATE_NOOP("DrillText", "a follower"));
    return how;
}

LocalizedText named(const QString& name, std::initializer_list<const char*> known)
{
    for (const char* source : known) {
        if (name == QLatin1String(source))
            return make(source);
    }
    return name;
}

LocalizedText kubernetesCheck(const QString& name)
{
    return named(name, {QT_TRANSLATE_NOOP("DrillText", "readyz"), QT_TRANSLATE_NOOP("DrillText", "etcd-pods"),
                        QT_TRANSLATE_NOOP("DrillText", "etcd-endpoints"),
                        QT_TRANSLATE_NOOP("DrillText", "write-test")});
}

QString percent(double share)
{
    QString text = QString::number(share * 100.0, 'f', 2);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

} // namespace etcddrill::DrillText
