#pragma once

#include "probe/proberesult.h"

#include <QByteArray>
#include <QProcess>

class QTimer;

namespace fc {

/// How long a launcher has to end after a cancel (or the end of its input) before it is killed.
inline constexpr int kLauncherGraceMs = 1000;

/// The last resort after a cancel: a single-shot timer (owned by `owner`) that kills the launcher
/// `*process` points to when it fires, if that is still running. Its children die with it
/// (pdeathsig); what they left is for the cgroup. Not the normal path.
QTimer *launcherKillTimer(QObject *owner, QProcess *const *process);

/// Ends a launcher when its owner goes: end of input (a session's launcher kills what runs and
/// exits), or terminate() as well for a one-shot launcher; killed after the grace period.
void stopLauncher(QProcess *process, bool terminate);

/// Completes a result whose launcher ended without reporting an outcome: a cancel that killed
/// it counts as cancelled, anything else is `launcher_failed` with the launcher's own stderr.
/// Shared by MeasuredProcess and LauncherSession.
void explainLauncherExit(ProbeResult &result, int exitCode, QProcess::ExitStatus status,
                         bool cancelRequested, const QByteArray &launcherStderr);

/// The result a run still awaited gets when its MeasuredProcess or LauncherSession is destroyed:
/// the awaiting task must end (not leak its frame), and it learns the run was cancelled.
ProbeResult closedWhileRunning();

} // namespace fc
