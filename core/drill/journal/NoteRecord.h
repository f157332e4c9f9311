// journal "note": anything else worth keeping (a setup problem, a file that could not be written, a start
// command retried, a recovery that did not hold, a lost lock). Written by DrillRecorder::note; not redacted.
#pragma once

#include "JournalKind.h"

#include "i18n/LocalizedText.h"

#include <QJsonObject>

namespace etcddrill {

struct NoteRecord
{
    static constexpr JournalKind kKind = JournalKind::Note;

    LocalizedText text; // English in "text"; "texts" carries it only when it is a template

    QJsonObject toJson() const;
    static NoteRecord fromJson(const QJsonObject& json);
};

} // namespace etcddrill
