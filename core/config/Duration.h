// Reads and writes the durations of the drill config ("500ms", "1s", "2m", "1m30s", "1h", "1.5s").
// Stateless; callable from any thread.
//
// The config's durations are milliseconds (EtcdSettings), so parse() accepts the units h, m, s and ms and
// rejects anything that is not a whole number of milliseconds. format() writes whole seconds as h/m/s
// components ("1m30s") and everything else in milliseconds ("1500ms"), so parse(format(d)) == d.
#pragma once

#include <QString>
#include <QStringView>
#include <chrono>
#include <optional>

namespace etcddrill {

class Duration
{
public:
    // On failure returns nullopt and, if error is given, a message such as
    // "'5 seconds' is not a duration: write e.g. 500ms, 1s or 2m".
    static std::optional<std::chrono::milliseconds> parse(QStringView text, QString* error = nullptr);
    static QString format(std::chrono::milliseconds value);
};

} // namespace etcddrill
