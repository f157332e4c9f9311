// What the console's views show, one thing at a time (MainWindow::mode()); the window switches between these
// rather than asking which of its parts happen to exist.
#pragma once

namespace etcddrill {

enum class ConsoleMode {
    Empty,  // no config open: the views are empty, the docks explain what will appear in them
    Live,   // a config is open: its cluster watched (LiveConsole) or, without a session, fed by hand
    Drill,  // a drill was prepared for the open config: DrillConsole feeds the views, the live session is off
    Replay, // a recorded drill is replayed (ReplayConsole): nothing can act on a cluster until it is closed
};

} // namespace etcddrill
