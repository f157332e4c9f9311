// What happened when one PlannedCommand ran: exit code, captured output (capped, secrets redacted), whether
// it timed out, could not start or never reached the node, and an error text an operator can act on. A
// value type, produced by a CommandTransport and handed to its caller's callback; the drill journal records
// it next to the command.
#pragma once

#include <QDateTime>
#include <QString>
#include <chrono>

namespace etcddrill {

struct CommandResult
{
    // Each of stdout and stderr is kept up to this many bytes; the rest is read and dropped so the command
    // never blocks on a full pipe. A fault command prints a few lines: 64 KiB is for a runaway one.
    static constexpr qsizetype kOutputCap = 64 * 1024;

    // Why ssh itself failed (exit 255): tells "the command never ran" apart from "it may have run".
    enum class TransportFailure {
        None,           // no transport failure (local transport, or ssh ran the command)
        CannotConnect,  // no TCP connection: refused, timed out, unreachable, unknown host — nothing ran
        Authentication, // connected but the login was refused — nothing ran
        HostKey,        // the host key is unknown or changed — nothing ran
        Other,          // ssh exited 255 otherwise, e.g. the connection broke: the command may have run
    };

    QString commandLine; // what was executed (CommandTransport::describe), redacted, for the journal
    int exitCode = -1; // the process's exit code; -1 when it did not exit normally (timeout, crash, no start)
    QString stdOut;    // redacted (Redactor), at most kOutputCap bytes of output
    QString stdErr;
    bool stdOutTruncated = false;
    bool stdErrTruncated = false;
    bool timedOut = false;      // the deadline passed: the process group got SIGTERM, then SIGKILL
    bool failedToStart = false; // the program (sh, sudo, ssh) could not be started at all
    bool crashed = false;       // killed by a signal it did not get from us
    bool refused = false; // exited PlannedCommand::kRefusedExitCode: a check failed, nothing was changed
    TransportFailure transportFailure = TransportFailure::None;
    QString errorText; // empty on success; otherwise what went wrong and what to check or do
    std::chrono::milliseconds duration{0}; // monotonic, start to finish
    QDateTime startedAt;                   // wall clock, for the journal only
    QDateTime finishedAt;

    bool succeeded() const
    {
        return exitCode == 0 && !timedOut && !failedToStart && !crashed &&
               transportFailure == TransportFailure::None;
    }
    // True when the command certainly did not run on the node, so it changed nothing there: it could not be
    // started, or ssh never got in. A refusal ran but changed nothing as well; see `refused`.
    bool neverRan() const
    {
        return failedToStart || transportFailure == TransportFailure::CannotConnect ||
               transportFailure == TransportFailure::Authentication ||
               transportFailure == TransportFailure::HostKey;
    }
};

} // namespace etcddrill
