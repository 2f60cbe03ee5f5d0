#pragma once

#include <QString>

namespace fc {

// Where fastercodes-launcher is: $FASTERCODES_LAUNCHER when set, else next to the application's
// executable (the build tree, Windows, a macOS bundle's Contents/MacOS), else in the installed
// layout's libexec/fastercodes relative to it (Linux packages, `cmake --install`).
QString launcherExecutablePath();

} // namespace fc
