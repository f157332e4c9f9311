#include "NotifySettings.h"

#include <QFile>

namespace etcddrill {

const QStringList& NotifyTarget::allEvents()
{
    static const QStringList events = {QStringLiteral("start"), QStringLiteral("gate"),
                                       QStringLiteral("stop"),  QStringLiteral("stop-condition"),
                                       QStringLiteral("abort"), QStringLiteral("verdict")};
    return events;
}

QString NotifyTarget::formatName(Format format)
{
    switch (format) {
    case Format::Webhook:
        return QStringLiteral("webhook");
    case Format::Slack:
        return QStringLiteral("slack");
    case Format::DingTalk:
        return QStringLiteral("dingtalk");
    case Format::Feishu:
        return QStringLiteral("feishu");
    case Format::WeCom:
        return QStringLiteral("wecom");
    }
    return QStringLiteral("webhook");
}

QString NotifyTarget::readSecret(const QString& file, const QString& variable,
                                 const QProcessEnvironment& environment, QString* error)
{
    if (!file.isEmpty()) {
        QFile handle(file);
        if (!handle.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("%1 cannot be read: %2").arg(file, handle.errorString());
            return {};
        }
        const QString value = QString::fromUtf8(handle.readLine(64 * 1024)).trimmed();
        if (value.isEmpty())
            *error = QStringLiteral("the first line of %1 is empty").arg(file);
        return value;
    }
    if (!variable.isEmpty()) {
        const QString value = environment.value(variable).trimmed();
        if (value.isEmpty())
            *error = QStringLiteral("the environment variable %1 is not set").arg(variable);
        return value;
    }
    *error = QStringLiteral("neither a file nor an environment variable is given");
    return {};
}

} // namespace etcddrill
