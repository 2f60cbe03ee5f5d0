#pragma once

#include <QtGlobal>

class QWidget;

namespace fc::app {

/// With FASTERCODES_STARTUP_PROBE set (for benchmarks and the end-to-end tests), prints one
/// JSON line to stderr once the window is shown: ms since the process started and since main(),
/// resident memory, the title and what the editors hold; "quit" then exits, "idle" waits 3 s
/// (toolchain detection done) before measuring and exiting. Does nothing when unset.
void installStartupProbe(QWidget *window, qint64 mainEnteredMs);

/// Milliseconds since an arbitrary fixed point (the process's monotonic clock), for mainEnteredMs.
qint64 monotonicMs();

} // namespace fc::app
