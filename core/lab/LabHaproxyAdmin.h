// Asks the lab's haproxy, through its admin socket (<lab>/haproxy/admin.sock), how it sees each apiserver:
// "UP", "DOWN", "UP 1/2" (going down), "DOWN 1/2" (coming back)… from `show stat`. `lab up` waits until all
// are UP, so a lab that reports ready has every apiserver behind the VIP. Blocking for at most the timeout
// (Lab::up's rule: CLI main thread or a worker, never a GUI thread). Stateless.
#pragma once

#include <QMap>
#include <QString>
#include <chrono>
#include <optional>

namespace etcddrill {

class LabHaproxyAdmin
{
public:
    // Unix socket paths are limited to 107 bytes; a lab in a deeper directory runs haproxy without one.
    static bool isUsablePath(const QString& socketFile);

    // server name ("M1") -> status of the backend's servers; nullopt and *error when haproxy does not answer.
    static std::optional<QMap<QString, QString>> serverStatus(const QString& socketFile,
                                                              const QString& backend,
                                                              std::chrono::milliseconds timeout,
                                                              QString* error);
};

} // namespace etcddrill
