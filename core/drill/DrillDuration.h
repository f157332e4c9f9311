// How the drill writes a measured duration for people: "250 ms", "1.234 s", "2 min 05.3 s". (Config values
// are written in the config's own form by config/Duration.) Stateless.
#pragma once

#include <QString>
#include <chrono>

namespace etcddrill {

class DrillDuration
{
public:
    static QString text(std::chrono::milliseconds duration);
    static QString text(std::chrono::microseconds duration);
    // Milliseconds as a JSON number with microsecond precision.
    static double millis(std::chrono::microseconds duration) { return double(duration.count()) / 1000.0; }
};

} // namespace etcddrill
