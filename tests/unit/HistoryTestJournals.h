// Whole synthetic drill journals for the history, comparison and JUnit tests (unit and GUI): preflight
// checks, the fault, an outage on vip, probe summaries of vip and domain, the election, the recovery, the
// verdict and drill-finished, with the figures a test chooses; written into drill folders named as
// JournalWriter names them. Built on ReportTestJournal.
#pragma once

#include "ReportTestJournal.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

namespace etcddrill::test {

struct Figures
{
    qint64 vipOutageMs = 1200;
    int vipFailed = 12;
    int domainFailed = 10;
    int probes = 1000;
    qint64 electionMs = 800;
    qint64 recoveryMs = 1500;
    QString outcome = QStringLiteral("passed");
    bool rollback = false;
    bool failedCheck = false;
};

// A whole drill's journal: preflight checks, the fault, outages on vip, probe summaries, the election, the
// recovery, the verdict and drill-finished.
inline QByteArray drillJournal(const QDateTime& start, const Figures& f,
                               const QString& cluster = QStringLiteral("test"))
{
    ReportTestJournal rest(start);
    rest.started();
    rest.add(5, QStringLiteral("check"),
             {{QStringLiteral("step"), QStringLiteral("preflight")},
              {QStringLiteral("name"), QStringLiteral("etcd M1")},
              {QStringLiteral("status"), QStringLiteral("passed")},
              {QStringLiteral("passed"), true},
              {QStringLiteral("measured"), QStringLiteral("healthy")},
              {QStringLiteral("expected"), QStringLiteral("healthy")}});
    rest.add(6, QStringLiteral("check"),
             {{QStringLiteral("step"), QStringLiteral("preflight")},
              {QStringLiteral("name"), QStringLiteral("probe domain")},
              {QStringLiteral("status"), f.failedCheck ? QStringLiteral("failed") : QStringLiteral("passed")},
              {QStringLiteral("passed"), !f.failedCheck},
              {QStringLiteral("measured"), f.failedCheck ? QStringLiteral("HTTP 503") : QStringLiteral("ok")},
              {QStringLiteral("expected"), QStringLiteral("ok")},
              {QStringLiteral("detail"), f.failedCheck ? QStringLiteral("check nginx") : QString()}});
    rest.add(1000, QStringLiteral("fault-applied"), {{QStringLiteral("node"), QStringLiteral("M3")}});
    rest.outage(2000, 2000 + f.vipOutageMs, QStringLiteral("vip"), 5);
    rest.add(3000, QStringLiteral("election"),
             {{QStringLiteral("duration_ms"), double(f.electionMs)},
              {QStringLiteral("new_leader"), QStringLiteral("M1")}});
    const QJsonArray targets{QJsonObject{{QStringLiteral("target"), QStringLiteral("vip")},
                                         {QStringLiteral("ok"), f.probes - f.vipFailed},
                                         {QStringLiteral("failed"), f.vipFailed}},
                             QJsonObject{{QStringLiteral("target"), QStringLiteral("domain")},
                                         {QStringLiteral("ok"), f.probes - f.domainFailed},
                                         {QStringLiteral("failed"), f.domainFailed}}};
    rest.add(9000, QStringLiteral("probe-summary"), {{QStringLiteral("targets"), targets}});
    if (f.rollback)
        rest.add(9500, QStringLiteral("rollback-started"),
                 {{QStringLiteral("kind"), QStringLiteral("abort")},
                  {QStringLiteral("reason"), QStringLiteral("aborted by the operator")}});
    else
        rest.add(10000, QStringLiteral("recovered"),
                 {{QStringLiteral("node"), QStringLiteral("M3")},
                  {QStringLiteral("recovery_ms"), double(f.recoveryMs)}});
    const bool passed = f.outcome == QLatin1String("passed");
    if (!f.rollback)
        rest.add(
            11000, QStringLiteral("verdict"),
            {{QStringLiteral("passed"), passed},
             {QStringLiteral("lines"),
              QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("longest outage of vip")},
                                     {QStringLiteral("expected"), QStringLiteral("at most 5s")},
                                     {QStringLiteral("measured"), QStringLiteral("%1 ms").arg(f.vipOutageMs)},
                                     {QStringLiteral("passed"), passed}},
                         QJsonObject{{QStringLiteral("name"), QStringLiteral("write failures")},
                                     {QStringLiteral("expected"), QStringLiteral("at most 0")},
                                     {QStringLiteral("measured"), QStringLiteral("0 of 10")},
                                     {QStringLiteral("passed"), true}}}}});
    rest.add(
        12000, QStringLiteral("drill-finished"),
        {{QStringLiteral("outcome"), f.outcome},
         {QStringLiteral("headline"), f.outcome.toUpper() + QStringLiteral(": test drill")},
         {QStringLiteral("reason"), f.rollback ? QStringLiteral("aborted by the operator") : QString()}});
    QByteArray bytes = rest.bytes();
    if (cluster != QLatin1String("test"))
        bytes.replace("\"cluster\":\"test\"", "\"cluster\":\"" + cluster.toUtf8() + "\"");
    return bytes;
}

inline QString writeDrill(const QString& dir, const QString& name, const QByteArray& journal)
{
    const QString folder = QDir(dir).filePath(name);
    QDir().mkpath(folder);
    QFile file(QDir(folder).filePath(QStringLiteral("journal.jsonl")));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(journal);
    return folder;
}

} // namespace etcddrill::test
