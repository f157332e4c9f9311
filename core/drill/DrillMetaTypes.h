// The value types that the drill's signals carry (engine, recovery, and the sessions that run them on a
// worker thread), registered once with Qt's meta-type system so that queued connections can copy them.
//
// Thread: any; registerAll() may be called any number of times.
#pragma once

namespace etcddrill {

struct DrillMetaTypes
{
    static void registerAll();
};

} // namespace etcddrill
