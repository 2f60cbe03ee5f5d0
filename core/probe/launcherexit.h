#pragma once

#include "probe/proberesult.h"

#include <QByteArray>
#include <QProcess>

namespace fc {

/// Completes a result whose launcher ended without reporting an outcome: a cancel that killed
/// it counts as cancelled, anything else is `launcher_failed` with the launcher's own stderr.
/// Shared by MeasuredProcess and LauncherSession.
void explainLauncherExit(ProbeResult &result, int exitCode, QProcess::ExitStatus status,
                         bool cancelRequested, const QByteArray &launcherStderr);

/// The result a run still awaited gets when its MeasuredProcess or LauncherSession is destroyed:
/// the awaiting task must end (not leak its frame), and it learns the run was cancelled.
ProbeResult closedWhileRunning();

} // namespace fc
