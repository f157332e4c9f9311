// One blocking HTTPS GET against a lab apiserver or load balancer, verified against the lab's Kubernetes
// CA: `lab up` uses it to wait until every way in (each apiserver, the VIP, the domain) answers /readyz.
// Opens a new connection per call and closes it. Blocks the calling thread for at most the timeout: call
// it from the CLI's main thread or a worker thread (Lab::up's rule), never a GUI thread. Stateless.
#pragma once

#include <QByteArray>
#include <QString>
#include <chrono>

namespace etcddrill {

class LabHttpsCheck
{
public:
    struct Result
    {
        int status = 0;  // HTTP status; 0 when no answer came
        QString backend; // the X-Etcd-Drill-Node header: which apiserver answered
        QByteArray body;
        QString error; // why there is no answer (connect, TLS, timeout)
    };

    // Connects to address:port, verifies the server certificate for hostName (SNI too, unless it is an IP
    // address) and requests path.
    static Result get(const QString& address, int port, const QString& hostName, const QString& path,
                      const QString& caFile, std::chrono::milliseconds timeout);
};

} // namespace etcddrill
