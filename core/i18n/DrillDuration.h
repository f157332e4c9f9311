// How etcd-drill writes a measured duration for people, in one form everywhere (console, CLI, journal,
// report): milliseconds below a second ("250 ms", "2.5 ms"), seconds with one decimal below a minute
// ("1.2 s"), minutes and whole seconds above ("2 min 05 s"); in Simplified Chinese "250 毫秒", "1.2 秒",
// "2 分 05 秒". A translatable text (context "DrillDuration"): english() for the journal and logs,
// translated() for a face. precise() keeps milliseconds ("5.001 s") for a figure judged against a limit,
// so a value just over its limit never reads as equal to it. (Config values are written in the config's own
// form by config/Duration.) Stateless.
#pragma once

#include "i18n/LocalizedText.h"

#include <chrono>

namespace etcddrill {

class DrillDuration
{
public:
    static LocalizedText text(std::chrono::milliseconds duration);
    static LocalizedText text(std::chrono::microseconds duration);
    // A figure in milliseconds as summary.json and the journal keep it; "—" when it is not finite.
    static LocalizedText fromMillis(double ms);
    static LocalizedText precise(std::chrono::microseconds duration);
    static LocalizedText precise(std::chrono::milliseconds duration);
    // Milliseconds as a JSON number with microsecond precision.
    static double millis(std::chrono::microseconds duration) { return double(duration.count()) / 1000.0; }
};

} // namespace etcddrill
