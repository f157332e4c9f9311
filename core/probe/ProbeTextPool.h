// Interns the few distinct strings that probe samples carry (backend names from X-Etcd-Drill-Node, TLS
// failure reasons, error texts) so that a ProbeSample stores a 16-bit id instead of a QString: hours of
// samples at 50 Hz stay small. Process-wide and append-only; intern() and text() are safe from any thread.
#pragma once

#include <QString>
#include <QStringView>

namespace etcddrill {

class ProbeTextPool
{
public:
    // 0 always stands for the empty string. When the pool is full (65535 distinct texts, which only a
    // misbehaving server could cause) a fixed "(too many distinct texts)" id is returned.
    static quint16 intern(QStringView text);
    static QString text(quint16 id);
    static qsizetype size();
};

} // namespace etcddrill
