// The --help text of a sub-command as the user types it: QCommandLineParser::helpText() starts with
// "Usage: <argv[0]> [options]", the binary's path without the sub-command.
#pragma once

#include <QString>

class QCommandLineParser;

namespace etcddrill {

class CommandHelp
{
public:
    // command: the words after etcd-drill-cli, e.g. "status" or "lab up".
    static QString text(const QCommandLineParser& parser, const QString& command);
};

} // namespace etcddrill
