#include "CrashHandler.h"

#include <QByteArray>

#include <array>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <mutex>

#include <execinfo.h>
#include <unistd.h>

namespace etcddrill {

namespace {

constexpr size_t kTextSize = 4096;
constexpr std::array kSignals{SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT};

// Everything the handler writes is prepared here beforehand: a handler may not allocate or lock.
struct CrashTexts
{
    char program[256] = "etcd-drill";
    char hints[2][kTextSize] = {};
    std::atomic<int> currentHint{0}; // the buffer the handler reads; setters write the other one
    std::atomic_flag reporting = ATOMIC_FLAG_INIT;
};

CrashTexts g_texts;
std::mutex g_hintMutex; // setters only
// The handler runs here: a crash by stack overflow leaves no stack to run it on.
alignas(16) char g_alternateStack[64 * 1024];

void copyText(char* to, size_t size, const QByteArray& text)
{
    const size_t n = std::min(size - 1, size_t(text.size()));
    std::memcpy(to, text.constData(), n);
    to[n] = '\0';
}

void put(const char* text)
{
    size_t left = std::strlen(text);
    while (left > 0) {
        const ssize_t written = ::write(STDERR_FILENO, text, left);
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return;
        text += written;
        left -= size_t(written);
    }
}

void putNumber(unsigned long value, unsigned base)
{
    char digits[32];
    int i = int(sizeof digits) - 1;
    digits[i] = '\0';
    do {
        const unsigned d = unsigned(value % base);
        digits[--i] = char(d < 10 ? '0' + d : 'a' + d - 10);
        value /= base;
    } while (value > 0 && i > 0);
    put(digits + i);
}

const char* signalName(int signal)
{
    switch (signal) {
    case SIGSEGV:
        return "SIGSEGV, invalid memory access";
    case SIGBUS:
        return "SIGBUS, bus error";
    case SIGFPE:
        return "SIGFPE, arithmetic error";
    case SIGILL:
        return "SIGILL, illegal instruction";
    case SIGABRT:
        return "SIGABRT, aborted";
    default:
        return "unexpected signal";
    }
}

void onCrash(int signal, siginfo_t* info, void*)
{
    // A crash while reporting one (or in a second thread at once): just die of it.
    if (g_texts.reporting.test_and_set()) {
        std::signal(signal, SIG_DFL);
        ::raise(signal);
        return;
    }
    put("\n");
    put(g_texts.program);
    put(" crashed: signal ");
    putNumber(unsigned(signal), 10);
    put(" (");
    put(signalName(signal));
    put(")");
    if (info && info->si_code <= 0) { // kill(), raise(), abort(): not a fault of ours at an address
        put(" sent by process ");
        putNumber(unsigned(info->si_pid), 10);
    } else if ((signal == SIGSEGV || signal == SIGBUS) && info) {
        put(" at address 0x");
        putNumber(reinterpret_cast<unsigned long>(info->si_addr), 16);
    }
    put("\nbacktrace (module(+offset); `addr2line -f -C -e MODULE OFFSET` names the function and line):\n");
    void* frames[64];
    const int count = ::backtrace(frames, int(std::size(frames)));
    ::backtrace_symbols_fd(frames, count, STDERR_FILENO);
    const char* hint = g_texts.hints[g_texts.currentHint.load()];
    if (*hint) {
        put("\n!! ");
        put(hint);
        put("\n");
    }
    put("Please report this crash with the lines above.\n");
    std::signal(signal, SIG_DFL);
    ::raise(signal); // delivered once this handler returns; a fault also recurs at the same instruction
}

} // namespace

void CrashHandler::install(const QString& program)
{
    copyText(g_texts.program, sizeof g_texts.program, program.toUtf8());
    // The first backtrace() loads libgcc's unwinder (it allocates): done here, not in the handler.
    void* warmUp[2];
    ::backtrace(warmUp, 2);

    stack_t stack{};
    stack.ss_sp = g_alternateStack;
    stack.ss_size = sizeof g_alternateStack;
    ::sigaltstack(&stack, nullptr);

    struct sigaction action
    {
    };
    action.sa_sigaction = onCrash;
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&action.sa_mask);
    for (const int signal : kSignals)
        ::sigaction(signal, &action, nullptr);
}

void CrashHandler::setRestoreHint(const QString& hint)
{
    const std::lock_guard lock(g_hintMutex);
    const int next = 1 - g_texts.currentHint.load();
    copyText(g_texts.hints[next], kTextSize, hint.toUtf8());
    g_texts.currentHint.store(next);
}

QString CrashHandler::restoreHint()
{
    const std::lock_guard lock(g_hintMutex);
    return QString::fromUtf8(g_texts.hints[g_texts.currentHint.load()]);
}

} // namespace etcddrill
