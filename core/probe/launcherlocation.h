#pragma once

#include <QString>

namespace fc {

// Where fastercodes-launcher is: $FASTERCODES_LAUNCHER when set, else next to the application's
// executable (the build puts every executable in one bin/ directory, installs do the same).
QString launcherExecutablePath();

} // namespace fc
