// What one probe target saw during one second of `etcd-drill-cli probe`: counts, the latency of the answers,
// which backends answered and the last failure. A value type filled as samples arrive and reset every
// second by ProbeCommand.
#pragma once

#include "ProbeSample.h"

#include <QMap>
#include <QString>
#include <vector>

namespace etcddrill {

struct ProbeSecond
{
    quint64 ok = 0;
    quint64 failed = 0;
    quint64 skipped = 0;
    std::vector<quint32> totalUs;    // of the samples that got an HTTP answer
    QMap<QString, quint64> backends; // X-Etcd-Drill-Node of every HTTP answer, ok or not
    QString lastFailure;             // ProbeSample::describe() of the latest failed sample

    void add(const ProbeSample& sample)
    {
        if (sample.outcome == ProbeSample::Outcome::Skipped) {
            ++skipped;
            return;
        }
        if (sample.isFailure()) {
            ++failed;
            lastFailure = sample.describe();
        } else {
            ++ok;
        }
        if (sample.has(ProbeSample::GotResponse)) {
            totalUs.push_back(sample.totalUs);
            const QString backend = sample.backend();
            if (!backend.isEmpty())
                ++backends[backend];
        }
    }
};

} // namespace etcddrill
