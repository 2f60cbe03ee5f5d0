#include "probe/launcherexit.h"

#include <QTimer>

namespace fc {

QTimer *launcherKillTimer(QObject *owner, QProcess *const *process)
{
    auto *timer = new QTimer(owner);
    timer->setSingleShot(true);
    timer->setInterval(kLauncherGraceMs);
    QObject::connect(timer, &QTimer::timeout, owner, [process] {
        if (*process && (*process)->state() != QProcess::NotRunning)
            (*process)->kill();
    });
    return timer;
}

void stopLauncher(QProcess *process, bool terminate)
{
    if (!process || process->state() == QProcess::NotRunning)
        return;
    process->closeWriteChannel();
    if (terminate)
        process->terminate();
    if (!process->waitForFinished(kLauncherGraceMs + 500)) {
        process->kill();
        process->waitForFinished(500);
    }
}

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
