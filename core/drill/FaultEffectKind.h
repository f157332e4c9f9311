// What a fault does to the target member: the FaultAction declares it (FaultAction::effect()), FaultFactory
// builds the FaultEffect that checks it. Today every fault stops the member's etcd, so it stops answering; a
// fault that isolates the member or slows its disk would be a new kind with its own FaultEffect.
#pragma once

namespace etcddrill {

enum class FaultEffectKind {
    StopsAnswering, // the member's etcd stops answering, and answers again once the fault is removed
};

} // namespace etcddrill
