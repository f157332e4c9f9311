// One supervised process of the lab as the supervisor last saw it: which node and kind, its pid, the address
// it serves and whether it runs. A value type; the supervisor writes a list of them to <lab>/state.json and
// `lab status` reads them back.
#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace etcddrill {

struct LabProcessState
{
    enum class State {
        Stopped,  // not running: manifest absent, or the lab is down
        Starting, // being started, or waiting out the restart back-off after an unexpected exit
        Running,  // the process is alive (not a health verdict: etcd may still be electing a leader)
        Stopping, // asked to stop (SIGTERM sent), not exited yet
    };

    QString node;    // "M1"; empty for per-lab processes (the supervisor, later the VIP and the domain)
    QString kind;    // "etcd", "supervisor"
    qint64 pid = 0;  // 0 when not running
    QString address; // what it serves, "127.0.10.1:2379"; empty when it serves nothing
    State state = State::Stopped;
    QString detail; // why it is in that state, for humans ("manifest absent", "restart in 2 s after exit 1")

    static QString stateName(State state); // "stopped", "starting", "running", "stopping" (stable: in JSON)
    static std::optional<State> stateFromName(const QString& name);

    QJsonObject toJson() const;
    static LabProcessState fromJson(const QJsonObject& json);

    friend bool operator==(const LabProcessState&, const LabProcessState&) = default;
};

} // namespace etcddrill
