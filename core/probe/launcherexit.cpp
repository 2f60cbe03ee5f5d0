#include "probe/launcherexit.h"

namespace fc {

void explainLauncherExit(ProbeResult &r, int exitCode, QProcess::ExitStatus status,
                         bool cancelRequested, const QByteArray &launcherStderr)
{
    const QString why = status == QProcess::CrashExit
                            ? QStringLiteral("was killed or crashed")
                            : QStringLiteral("exited with code %1").arg(exitCode);
    if (cancelRequested) {
        r.outcome = ProbeResult::Outcome::Cancelled;
        r.cancelled = true;
        r.errorCode.clear();
        r.errorMessage = QStringLiteral("cancelled; the launcher %1 before it reported").arg(why);
        return;
    }
    r.errorCode = QStringLiteral("launcher_failed");
    r.errorMessage = QStringLiteral("the measuring launcher %1 without a result").arg(why);
    const QString diagnostics = QString::fromUtf8(launcherStderr).trimmed();
    if (!diagnostics.isEmpty())
        r.errorMessage += QStringLiteral(": ") + diagnostics;
}

ProbeResult closedWhileRunning()
{
    ProbeResult r;
    r.outcome = ProbeResult::Outcome::Cancelled;
    r.cancelled = true;
    r.errorCode = QStringLiteral("closed");
    r.errorMessage = QStringLiteral(
        "the measurement was closed while the program ran; its processes were killed");
    return r;
}

} // namespace fc
