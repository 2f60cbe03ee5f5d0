#include "display.h"

#include <QtGlobal>

namespace fc::app {

bool guiCanStart(QString *reason)
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (!platform.isEmpty() && !platform.startsWith("xcb") && !platform.startsWith("wayland"))
        return true; // offscreen, vnc, eglfs ... bring their own output
    if (!qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return true;
    if (reason) {
        *reason = QStringLiteral(
            "fastercodes: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the "
            "window cannot open.\n"
            "  - On a desktop, start it from a graphical session.\n"
            "  - Headless, use a virtual X server:  xvfb-run -a fastercodes   (or: Xvfb :99 & "
            "DISPLAY=:99 fastercodes)\n"
            "  - Or use the command line, which needs no display:  fastercodes --help");
    }
    return false;
#else
    Q_UNUSED(reason);
    return true;
#endif
}

} // namespace fc::app
