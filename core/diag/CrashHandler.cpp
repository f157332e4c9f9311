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
    size_t n = std::min(size - 1, size_t(text.size()));
    if (n < size_t(text.size())) { // cut before a character, not inside one
        while (n > 0 && (uchar(text.at(qsizetype(n))) & 0xC0) == 0x80)
            --n;
    }
    std::memcpy(to, text.constData(), n);
    to[n] = '\0';
}

void writeAll(const char* text, size_t left)
{
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

// One line of the report, assembled on the stack and written with one write(): other threads of the process
// may be printing, and a line cut in pieces would be unreadable (and unmatchable by a test).
class Line
{
public:
    Line& operator<<(const char* text)
    {
        while (*text && m_size < sizeof m_text - 1)
            m_text[m_size++] = *text++;
        return *this;
    }
    Line& number(unsigned long value, unsigned base)
    {
        char digits[32];
        int i = int(sizeof digits) - 1;
        digits[i] = '\0';
        do {
            const unsigned d = unsigned(value % base);
            digits[--i] = char(d < 10 ? '0' + d : 'a' + d - 10);
            value /= base;
        } while (value > 0 && i > 0);
        return *this << (digits + i);
    }
    void write()
    {
        m_text[m_size++] = '\n';
        writeAll(m_text, m_size);
        m_size = 0;
    }

private:
    char m_text[kTextSize + 256];
    size_t m_size = 0;
};

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
    Line line;
    line.write(); // a blank line: the report starts on a line of its own
    line << g_texts.program << " crashed: signal ";
    line.number(unsigned(signal), 10) << " (" << signalName(signal) << ")";
    if (info && info->si_code <= 0) { // kill(), raise(), abort(): no faulting address
        if (info->si_pid == ::getpid()) {
            line << " raised by the process itself";
        } else {
            line << " sent by process ";
            line.number(unsigned(info->si_pid), 10);
        }
    } else if ((signal == SIGSEGV || signal == SIGBUS) && info) {
        line << " at address 0x";
        line.number(reinterpret_cast<unsigned long>(info->si_addr), 16);
    }
    line.write();
    line << "backtrace (frames of our binaries are module(+offset): `addr2line -f -C -e MODULE OFFSET` names "
            "the "
            "function and line):";
    line.write();
    void* frames[64];
    const int count = ::backtrace(frames, int(std::size(frames)));
    ::backtrace_symbols_fd(frames, count, STDERR_FILENO);
    if (const char* hint = g_texts.hints[g_texts.currentHint.load()]; *hint) {
        line.write();
        line << "!! " << hint;
        line.write();
    }
    line << "Please report this crash with the lines above.";
    line.write();
    std::signal(signal, SIG_DFL);
    ::raise(signal); // delivered once this handler returns; a fault also recurs at the same instruction
}

} // namespace

void CrashHandler::install(const QString& program)
{
#if defined(__SANITIZE_ADDRESS__)
    // AddressSanitizer's own report of a fault says more than ours: it keeps its handlers.
    Q_UNUSED(program);
#else
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
#endif
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
