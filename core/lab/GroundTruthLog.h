// Appends GroundTruthEvents to <lab>/ground-truth.jsonl, one JSON object per line. Lives in the supervisor's
// thread and is owned by the LabSupervisor; each append is one write(2) on an O_APPEND file so a reader never
// sees half a line and concurrent writers (a later per-lab process kind) cannot interleave inside one.
#pragma once

#include "GroundTruthEvent.h"

#include <QString>

namespace etcddrill {

class GroundTruthLog
{
public:
    explicit GroundTruthLog(const QString& file);

    // false and *error when the file cannot be written; the supervisor logs that and carries on.
    bool append(const GroundTruthEvent& event, QString* error = nullptr) const;
    QString fileName() const { return m_file; }

    static QList<GroundTruthEvent> readAll(const QString& file);

private:
    QString m_file;
};

} // namespace etcddrill
