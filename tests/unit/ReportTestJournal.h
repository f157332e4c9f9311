// Builds synthetic drill journals for the report tests: JSON lines as DrillEngine writes them (same keys, see
// core/drill/JournalWriter.h), with seq, time and mono_ms filled in from a start time and an offset in ms.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace etcddrill {

class ReportTestJournal
{
public:
    static constexpr qint64 kStartMono = 1'000'000;

    ReportTestJournal() = default;
    // A drill that started at `start` (UTC) instead of 2030-01-02 03:04:05.
    explicit ReportTestJournal(const QDateTime& start) : m_start(start) {}

    // Appends one line at startMono + atMs.
    ReportTestJournal& add(qint64 atMs, const QString& type, QJsonObject fields = {})
    {
        fields.insert(QStringLiteral("seq"), ++m_seq);
        fields.insert(QStringLiteral("time"), m_start.addMSecs(atMs).toString(Qt::ISODateWithMs));
        fields.insert(QStringLiteral("mono_ms"), double(kStartMono + atMs));
        fields.insert(QStringLiteral("type"), type);
        m_bytes += QJsonDocument(fields).toJson(QJsonDocument::Compact) + '\n';
        return *this;
    }

    // The start of the drill: cluster "test", operator alice@ops1, target M3, three nodes.
    ReportTestJournal& started()
    {
        QJsonArray nodes;
        for (int i = 1; i <= 3; ++i)
            nodes.append(
                QJsonObject{{QStringLiteral("name"), QStringLiteral("M%1").arg(i)},
                            {QStringLiteral("etcd"), QStringLiteral("https://10.0.0.%1:2379").arg(i)},
                            {QStringLiteral("apiserver"), QStringLiteral("https://10.0.0.%1:6443").arg(i)}});
        add(0, QStringLiteral("drill-started"),
            {{QStringLiteral("cluster"), QStringLiteral("test")},
             {QStringLiteral("config_file"), QStringLiteral("/etc/etcd-drill/test.yaml")},
             {QStringLiteral("target_spec"), QStringLiteral("M3")},
             {QStringLiteral("fault"), QStringLiteral("static-pod")},
             {QStringLiteral("transport"), QStringLiteral("ssh")},
             {QStringLiteral("nodes"), nodes},
             {QStringLiteral("operator"), QJsonObject{{QStringLiteral("user"), QStringLiteral("alice")},
                                                      {QStringLiteral("host"), QStringLiteral("ops1")}}},
             {QStringLiteral("options"), QJsonObject{{QStringLiteral("dry_run"), false}}},
             {QStringLiteral("settings"), QJsonObject{{QStringLiteral("max_index_lag"), 50}}},
             {QStringLiteral("hypothesis"), QJsonObject{{QStringLiteral("write_failures"), 0},
                                                        {QStringLiteral("max_election_ms"), 5000},
                                                        {QStringLiteral("max_recovery_ms"), 60000}}},
             {QStringLiteral("version"), QStringLiteral("9.9.9")}});
        add(1, QStringLiteral("target-resolved"),
            {{QStringLiteral("node"), QStringLiteral("M3")},
             {QStringLiteral("member_id"), QStringLiteral("82d94495644616d5")},
             {QStringLiteral("how"), QStringLiteral("configured")},
             {QStringLiteral("was_leader"), false}});
        return *this;
    }

    ReportTestJournal& step(qint64 atMs, const QString& step, const QString& state,
                            const QString& detail = {})
    {
        return add(atMs, QStringLiteral("step"),
                   {{QStringLiteral("step"), step},
                    {QStringLiteral("title"), step},
                    {QStringLiteral("state"), state},
                    {QStringLiteral("detail"), detail}});
    }

    ReportTestJournal& outage(qint64 openAtMs, qint64 closeAtMs, const QString& target, int failed,
                              const QString& phase = QStringLiteral("during-fault"))
    {
        const QJsonObject common{{QStringLiteral("target"), target},
                                 {QStringLiteral("start_mono_ms"), double(kStartMono + openAtMs)},
                                 {QStringLiteral("phase"), phase},
                                 {QStringLiteral("first_outcome"), QStringLiteral("connection-refused")},
                                 {QStringLiteral("first_detail"), QString()}};
        add(openAtMs, QStringLiteral("outage-opened"), common);
        if (closeAtMs < 0)
            return *this;
        QJsonObject closed = common;
        closed.insert(QStringLiteral("end_mono_ms"), double(kStartMono + closeAtMs));
        closed.insert(QStringLiteral("duration_ms"), double(closeAtMs - openAtMs));
        closed.insert(QStringLiteral("failed_samples"), failed);
        return add(closeAtMs, QStringLiteral("outage-closed"), closed);
    }

    ReportTestJournal& command(qint64 atMs, const QString& role, const QString& display, int exitCode,
                               const QString& stdOut = {}, const QString& stdErr = {})
    {
        const QJsonObject c{{QStringLiteral("step"), QStringLiteral("stop-target")},
                            {QStringLiteral("role"), role},
                            {QStringLiteral("node"), QStringLiteral("M3")},
                            {QStringLiteral("purpose"), role + QStringLiteral(" etcd on M3")},
                            {QStringLiteral("display"), display},
                            {QStringLiteral("command_line"), display},
                            {QStringLiteral("location"), QStringLiteral("over ssh")},
                            {QStringLiteral("dry_run"), false}};
        add(atMs, QStringLiteral("command-started"), c);
        QJsonObject f = c;
        f.insert(QStringLiteral("exit_code"), exitCode);
        f.insert(QStringLiteral("succeeded"), exitCode == 0);
        f.insert(QStringLiteral("stdout"), stdOut);
        f.insert(QStringLiteral("stderr"), stdErr);
        f.insert(QStringLiteral("duration_ms"), 20);
        return add(atMs + 20, QStringLiteral("command-finished"), f);
    }

    QByteArray bytes() const { return m_bytes; }

private:
    QDateTime m_start = QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5), Qt::UTC);
    QByteArray m_bytes;
    qint64 m_seq = 0;
};

} // namespace etcddrill
