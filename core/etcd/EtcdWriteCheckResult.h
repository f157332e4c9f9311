// The outcome of EtcdClient::writeCheck: put a unique key, read it back (linearizable), compare, delete.
// Every step is reported; a step after a failed one is not run, except the delete, which is always tried
// once the put was sent (a put that timed out may still have been committed).
#pragma once

#include "i18n/LocalizedText.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <chrono>

namespace etcddrill {

struct EtcdWriteCheckResult
{
    struct Step
    {
        QString name; // "put", "get", "compare", "delete"
        bool ran = false;
        bool ok = false;
        int grpcCode = 0;
        LocalizedText error; // operator text, empty when ok or not run
        std::chrono::microseconds latency{0};
    };

    QByteArray key;
    QList<Step> steps;                    // always the four steps, in order
    std::chrono::microseconds latency{0}; // from the put being issued to the last step's completion

    bool ok() const
    {
        for (const Step& step : steps) {
            if (!step.ran || !step.ok)
                return false;
        }
        return !steps.isEmpty();
    }
    LocalizedText error() const // the first failing step's text, prefixed with its name ("put: …")
    {
        for (const Step& step : steps) {
            if (step.ran && !step.ok)
                return LocalizedText::make("EtcdErrorText", "%1: %2", step.name, step.error);
        }
        return {};
    }
};

} // namespace etcddrill
