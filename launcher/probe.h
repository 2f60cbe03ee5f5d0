// The platform's probe: starts the program, watches it and writes the protocol records.
// probe_linux.cpp, probe_macos.cpp and probe_windows.cpp each define it.
#pragma once

#include "options.h"
#include "protocol.h"

namespace fcl {

// Returns the launcher's exit code: 0 when a `result` record was written, 1 after an `error`.
int runProbe(const Options &options, ProtocolWriter &out);

// Session mode (--session): reads `run ...` requests from stdin and runs them one after another
// (session.h); returns when stdin closes or a terminating signal arrives. `base` holds the
// launcher's own command line. Linux only; elsewhere it writes a usage error and returns 2.
int runSession(const Options &base, ProtocolWriter &out);

// macOS and Windows (probe_oneshot.cpp): true, after an `error` record, when the options ask
// for what only Linux supports (the launcher then exits 2).
bool refuseLinuxOnlyOptions(const Options &options, ProtocolWriter &out);

// Its name in the protocol header.
const char *probeOsName();

} // namespace fcl
