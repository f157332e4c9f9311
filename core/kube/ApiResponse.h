// What one apiserver request brought back: the HTTP status and body, which lab node answered, how long it
// took, or why there was no answer. A value type handed to ApiserverClient's callbacks. Never holds the
// request's credentials; the body is the server's and may be shown to the operator.
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <chrono>

namespace etcddrill {

struct ApiResponse
{
    int httpStatus = 0; // 0: no HTTP answer (see error)
    QByteArray body;
    QString backend; // the X-Etcd-Drill-Node header: which lab apiserver answered; empty on a real cluster
    QString error;   // operator text when there was no HTTP answer or the status is not 2xx; empty when ok()
    std::chrono::milliseconds latency{0}; // request start to the last byte of the answer (or the failure)

    bool ok() const { return httpStatus >= 200 && httpStatus < 300; }
};

} // namespace etcddrill

Q_DECLARE_METATYPE(etcddrill::ApiResponse)
