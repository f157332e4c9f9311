// The probe samples of one target as read back from a drill's samples.csv (DrillSampleReader): compact rows
// in file order (which is start order per target) and the texts they refer to. Kept small because a report
// or a replay of a one-hour drill at 20 Hz × 5 targets holds 360,000 of them (24 bytes each).
// A value type.
#pragma once

#include "probe/ProbeSample.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace etcddrill {

struct RecordedSample
{
    double monoMs = 0; // start of the probe, CLOCK_MONOTONIC in ms (the journal's mono_ms clock)
    float totalMs = 0; // start -> done or failed
    quint16 httpStatus = 0;
    quint16 backend = 0; // index into RecordedSeries::texts; 0 = none
    quint16 detail = 0;  // index into RecordedSeries::texts; 0 = none
    ProbeSample::Outcome outcome = ProbeSample::Outcome::Other;
    bool reusedConnection = false;

    bool isFailure() const
    {
        return outcome != ProbeSample::Outcome::Ok && outcome != ProbeSample::Outcome::Skipped;
    }
};

struct RecordedSeries
{
    QString target;                // "vip", "domain", "M1-apiserver", …
    QList<RecordedSample> samples; // in file order
    QStringList texts{QString()};  // texts[0] is the empty text

    QString text(quint16 index) const { return index < texts.size() ? texts.at(index) : QString(); }
};

} // namespace etcddrill
