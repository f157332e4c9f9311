#include "CommandHelp.h"

#include <QCommandLineParser>

namespace etcddrill {

QString CommandHelp::text(const QCommandLineParser& parser, const QString& command)
{
    QString text = parser.helpText();
    text.replace(0, text.indexOf(QLatin1Char('\n')),
                 QStringLiteral("Usage: etcd-drill-cli %1 [options]").arg(command));
    return text;
}

} // namespace etcddrill
