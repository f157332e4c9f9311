// Says something useful when one of our processes crashes. Installed first thing in every main(): on SIGSEGV,
// SIGBUS, SIGFPE, SIGILL or SIGABRT it writes to stderr which program died of which signal (at which address,
// or sent by which process), a backtrace (frames of our binaries as module and offset: `addr2line -f -C -e
// <module> <offset>` names the function and line), and the restore hint that the drill sets while its fault
// holds (the recover command for that drill), then dies of the same signal, so exit status and core dumps are
// what they would have been. The handler write()s only texts prepared beforehand, one line per write();
// backtrace() is the one call that is not strictly async-signal-safe (it may take the loader's lock). Under
// AddressSanitizer install() does nothing: its own report says more.
#pragma once

#include <QString>

namespace etcddrill {

class CrashHandler
{
public:
    // `program` is named in the message (e.g. "etcd-drill-cli"). Safe to call more than once.
    static void install(const QString& program);
    // What the operator must do if the process dies now, e.g. "M3's etcd is stopped: restore it with
    // etcd-drill-cli recover -c drill.yaml"; empty clears it. Longer texts are cut at 4 KiB.
    static void setRestoreHint(const QString& hint);
    static QString restoreHint();
};

} // namespace etcddrill
