#pragma once

#include <QString>

namespace fc::app {

/// Whether a GUI can start: a platform plugin that needs no display was asked for, or an X11 or
/// Wayland display is set. When false, `reason` says what to do instead.
bool guiCanStart(QString *reason);

} // namespace fc::app
