// Runs a program to completion for a test (etcd-drill-cli, etcdctl, curl…) with a deadline, and finds the
// processes a test lab left behind. Test-only; blocking by design (tests wait on it).
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace etcddrill::test {

struct ProcessResult
{
    int exitCode = -1; // -1: crashed, timed out or did not start
    QString out;
    QString err;
    QString all() const { return out + err; }
};

class TestProcess
{
public:
    static ProcessResult run(const QString& program, const QStringList& arguments, int timeoutMs = 60000);
    static ProcessResult cli(const QStringList& arguments, int timeoutMs = 60000); // etcd-drill-cli
    static bool isAlive(qint64 pid);                               // exists and is not a zombie
    static QList<qint64> processesMentioning(const QString& text); // live pids whose cmdline contains text
};

} // namespace etcddrill::test
