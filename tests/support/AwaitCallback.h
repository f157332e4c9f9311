// For tests of callback APIs (EtcdClient and friends): runs start(callback) and spins an event loop until the
// callback delivers its result, or until the timeout. The state is shared so that a result arriving after a
// timeout touches nothing that is gone. Header-only: a template over the result type.
#pragma once

#include <QEventLoop>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

namespace etcddrill::test {

template <typename Result, typename Start>
std::optional<Result> awaitCallback(Start start, int timeoutMs = 10000)
{
    struct State
    {
        std::optional<Result> result;
        QPointer<QEventLoop> loop;
    };
    auto state = std::make_shared<State>();
    QEventLoop loop;
    state->loop = &loop;
    start([state](const Result& r) {
        state->result = r;
        if (state->loop)
            state->loop->quit();
    });
    if (!state->result) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    state->loop = nullptr;
    return state->result;
}

} // namespace etcddrill::test
