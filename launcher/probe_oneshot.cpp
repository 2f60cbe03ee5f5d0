// What the launcher refuses where a run is one launcher and its program, and nothing more
// (macOS, Windows): the session mode and a program environment of its own.
#include "probe.h"

namespace fcl {

bool refuseLinuxOnlyOptions(const Options &options, ProtocolWriter &out)
{
    if (options.cpu >= 0) {
        out.error("usage", 0, "--cpu is only supported on Linux");
        return true;
    }
    if (options.environment.empty())
        return false;
    // MeasuredProcess sets the environment of the launcher itself here.
    out.error("usage", 0, "--env is only supported on Linux");
    return true;
}

int runSession(const Options &, ProtocolWriter &out)
{
    // core/probe/launchersession.cpp runs one launcher per run on this platform.
    out.error("usage", 0, "--session is only supported on Linux");
    return 2;
}

} // namespace fcl
