#include "probe/launcherexit.h"

#include <QCoreApplication>
#include <QTimer>

namespace fc {

namespace {

// Translation context "LauncherExit": why the measuring launcher ended without a result.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LauncherExit)
};

} // namespace

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
                            ? Text::tr("was killed or crashed")
                            : Text::tr("exited with code %1").arg(exitCode);
    if (cancelRequested) {
        r.outcome = ProbeResult::Outcome::Cancelled;
        r.cancelled = true;
        r.errorCode.clear();
        r.errorMessage = Text::tr("cancelled; the launcher %1 before it reported").arg(why);
        return;
    }
    r.errorCode = QStringLiteral("launcher_failed");
    r.errorMessage = Text::tr("the measuring launcher %1 without a result").arg(why);
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
