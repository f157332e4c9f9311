// The console's words for a probe sample's outcome ("connection refused", "HTTP 500", "ready 3.2 ms"),
// translated, with a symbol so the state never hangs on colour. Stateless.
#pragma once

#include "probe/ProbeSample.h"

#include <QString>

namespace etcddrill {

class ProbeOutcomeText
{
public:
    static QString outcome(ProbeSample::Outcome outcome); // "timeout", "connection refused", …
    // One short line: "✔ 200 · 3.2 ms", "✖ HTTP 503 · 2.0 ms", "✖ connection refused".
    static QString describe(const ProbeSample& sample);
    // What went wrong, without symbol or time: "HTTP 503", "timeout", "connection refused".
    static QString failure(const ProbeSample& sample);
    static QString symbol(const ProbeSample& sample); // "✔", "✖" or "…" for a skipped slot
    static QString milliseconds(double ms);           // "3.2 ms", "1 250 ms" with the locale's digits
};

} // namespace etcddrill
