// The platform's probe: starts the program, watches it and writes the protocol records.
// probe_linux.cpp, probe_macos.cpp and probe_windows.cpp each define it.
#pragma once

#include "options.h"
#include "protocol.h"

namespace fcl {

// Returns the launcher's exit code: 0 when a `result` record was written, 1 after an `error`.
int runProbe(const Options &options, ProtocolWriter &out);

// Its name in the protocol header.
const char *probeOsName();

} // namespace fcl
