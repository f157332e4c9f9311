// Finds the lab's processes through /proc, so that `lab up`, `lab down` and `lab status` only ever signal a
// pid that really is this lab's supervisor or one of its static pods (etcd member, apiserver, haproxy,
// nginx): a pid file can outlive its process and the pid be reused by something else. Linux only.
// Stateless; callable from any thread.
#pragma once

#include "LabLayout.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace etcddrill {

class LabProcessFinder
{
public:
    // argv of a live process; empty when it does not exist, is a zombie or is not ours to read.
    static QStringList commandLine(qint64 pid);
    static bool isAlive(qint64 pid); // exists and is not a zombie

    static bool isSupervisorOf(const QStringList& commandLine, const QString& labDir);
    static bool isEtcdOf(const QStringList& commandLine, const LabLayout& layout); // any member of the lab
    static bool isSupervisorOf(qint64 pid, const QString& labDir);
    static bool isEtcdOf(qint64 pid, const LabLayout& layout);
    // A static pod of the lab of the given kind ("etcd", "apiserver", "haproxy", "nginx"), recognised by
    // the lab's own files on its command line (data dir, state file, config file).
    static bool isPodOf(const QStringList& commandLine, const LabLayout& layout, const QString& kind);
    static bool isPodOf(qint64 pid, const LabLayout& layout, const QString& kind);
    static bool isAnyPodOf(const QStringList& commandLine, const LabLayout& layout);

    // Every live process whose argv matches, by scanning /proc.
    static QList<qint64> find(const std::function<bool(const QStringList&)>& matches);
    static QList<qint64> findSupervisors(const QString& labDir);
    static QList<qint64> findEtcdMembers(const LabLayout& layout);
    static QList<qint64> findPods(const LabLayout& layout); // every static pod of the lab, any kind

    static qint64 readPidFile(const QString& file); // 0 when missing or garbled
    static bool writePidFile(const QString& file, qint64 pid, QString* error);
};

} // namespace etcddrill
