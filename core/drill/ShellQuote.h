// POSIX shell quoting for the fault commands: every path, unit name and message that ends up in a script goes
// through quote(), so a manifest path with spaces, quotes, `$` or backticks reaches mv as one argument,
// locally and through ssh (where the remote login shell parses the command line once more). Stateless.
#pragma once

#include <QString>
#include <QStringList>

namespace etcddrill {

class ShellQuote
{
public:
    // One shell word that sh turns back into exactly `text`. Words made only of characters no shell treats
    // specially stay bare (so commands read like the runbook); anything else is wrapped in single quotes,
    // each ' written as '\''. The empty string becomes ''.
    static QString quote(const QString& text);
    // One shell word in double quotes, with \ " $ ` escaped: for messages inside scripts, where apostrophes
    // are common ("etcd's manifest") and single quotes would nest into '\''\'\'''\'' once the script is
    // quoted again for ssh. Only for POSIX sh (not csh/fish): use it inside scripts run by `sh -c`.
    static QString doubleQuote(const QString& text);
    // The words quoted and joined by spaces: a command line sh splits back into `words`.
    static QString join(const QStringList& words);
};

} // namespace etcddrill
