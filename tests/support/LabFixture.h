// A real embedded lab for one integration test: `etcd-drill-cli lab up` in a temporary directory on the
// test's own loopback range, with --watch-pid so that the lab dies with a crashed test, and `lab down` plus a
// SIGKILL of anything still naming the directory when the fixture is destroyed — also when the test failed.
// Test-only; blocking.
#pragma once

#include "TestProcess.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace etcddrill::test {

class LabFixture
{
public:
    // baseAddress: the first node's address, e.g. "127.0.30.1"; nodes are M1..Mn on consecutive addresses.
    explicit LabFixture(QString baseAddress, int members = 3, QStringList extraUpArguments = {});
    ~LabFixture();
    LabFixture(const LabFixture&) = delete;
    LabFixture& operator=(const LabFixture&) = delete;

    bool up(QString* error); // returns when every member is healthy (lab up waits for that)
    void down();             // idempotent; also done by the destructor

    QString dir() const;
    QString drillConfig() const; // <lab>/drill.yaml, written by lab up
    // The lab's drill.yaml shortened for tests that need a whole drill but not its minute (3 s observation,
    // 2 s settle), journaling into journalDir, written to file.
    bool writeQuickDrillConfig(const QString& file, const QString& journalDir, QString* error) const;
    QString pkiFile(const QString& name) const; // "ca.crt", "healthcheck-client.crt", …
    QString nodeAddress(int index) const;       // 0-based
    QString endpoint(int index) const;          // https://<address>:2379
    QStringList endpoints() const;
    int members() const { return m_members; }

    // The runbook's manifest moves on node "M<index+1>".
    bool stopMember(int index, QString* error = nullptr);
    bool startMember(int index, QString* error = nullptr);
    qint64 etcdPid(int index) const; // from lab status --json; 0 when not running

    ProcessResult etcdctl(const QStringList& arguments, const QStringList& endpoints = {}) const;

private:
    QString m_baseAddress;
    int m_members;
    QStringList m_extraUpArguments;
    QTemporaryDir m_tmp;
    bool m_started = false;
};

} // namespace etcddrill::test
