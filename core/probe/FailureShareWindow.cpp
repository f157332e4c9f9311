#include "FailureShareWindow.h"

namespace etcddrill {

FailureShareWindow::FailureShareWindow(std::chrono::milliseconds span) : m_span(span) {}

void FailureShareWindow::add(const ProbeSample& sample)
{
    if (sample.outcome == ProbeSample::Outcome::Skipped)
        return;
    if (!m_first)
        m_first = sample.start();
    m_recent.push_back({sample.start(), sample.isFailure()});
    m_failed += sample.isFailure() ? 1 : 0;
}

std::optional<double> FailureShareWindow::share(TimePoint now)
{
    while (!m_recent.empty() && m_recent.front().at < now - m_span) {
        m_failed -= m_recent.front().failed ? 1 : 0;
        m_recent.pop_front();
    }
    if (!m_first || *m_first > now - m_span || m_recent.empty())
        return std::nullopt;
    return double(m_failed) / double(m_recent.size());
}

} // namespace etcddrill
