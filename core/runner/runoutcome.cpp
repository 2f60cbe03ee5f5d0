#include "runner/runoutcome.h"

#include <QCoreApplication>

namespace fc {

QString signalName(int signal)
{
    switch (signal) {
    case 4:
        return QStringLiteral("SIGILL (illegal instruction)");
    case 6:
        return QStringLiteral("SIGABRT (abort)");
    case 7:
        return QStringLiteral("SIGBUS (bus error)");
    case 8:
        return QStringLiteral("SIGFPE (arithmetic error)");
    case 9:
        return QStringLiteral("SIGKILL (killed)");
    case 11:
        return QStringLiteral("SIGSEGV (segmentation fault)");
    case 13:
        return QStringLiteral("SIGPIPE (broken pipe)");
    case 15:
        return QStringLiteral("SIGTERM (terminated)");
    default:
        return QStringLiteral("signal %1").arg(signal);
    }
}

RunRecord runRecordFrom(const ProbeResult &r, int index, bool warmup)
{
    RunRecord run;
    run.index = index;
    run.warmup = warmup;
    run.wallMs = qMax(0.0, r.wallMs());
    run.userMs = r.userCpuUs < 0 ? 0 : double(r.userCpuUs) / 1e3;
    run.sysMs = r.systemCpuUs < 0 ? 0 : double(r.systemCpuUs) / 1e3;
    run.memKiB = double(qMax<qint64>(0, r.maxRssKib));
    run.exitCode = r.exitCode < 0 ? 0 : r.exitCode;
    run.signal = r.signal;
    run.timedOut = r.timedOut;
    run.voluntarySwitches = qMax<qint64>(0, r.voluntaryContextSwitches);
    run.involuntarySwitches = qMax<qint64>(0, r.involuntaryContextSwitches);
    run.minorFaults = qMax<qint64>(0, r.minorPageFaults);
    run.majorFaults = qMax<qint64>(0, r.majorPageFaults);
    return run;
}

std::optional<SideError> runFailure(const ProbeResult &r, const QString &stderrHead)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("Runner", text);
    };
    const QString detail =
        stderrHead.trimmed().isEmpty() ? QString() : QStringLiteral(": ") + stderrHead.trimmed();
    switch (r.outcome) {
    case ProbeResult::Outcome::Exited:
        if (r.exitCode == 0)
            return std::nullopt;
        return SideError{QStringLiteral("exit"),
                         tr("exited with code %1%2").arg(r.exitCode).arg(detail)};
    case ProbeResult::Outcome::Signalled:
        if (r.oomKilled == 1)
            return SideError{QStringLiteral("memory"),
                             tr("killed at the memory limit (%1 MiB)")
                                 .arg(double(r.limits.memoryLimitBytes) / 1048576.0)};
        return SideError{QStringLiteral("crash"),
                         tr("crashed with %1%2").arg(signalName(r.signal), detail)};
    case ProbeResult::Outcome::TimedOut:
        return SideError{QStringLiteral("timeout"),
                         tr("timed out after %1 s; its processes were killed")
                             .arg(double(r.limits.timeoutMs) / 1000.0)};
    case ProbeResult::Outcome::Cancelled:
        return SideError{QStringLiteral("cancelled"), tr("cancelled")};
    case ProbeResult::Outcome::Failed:
        break;
    }
    return SideError{QStringLiteral("launch"), tr("could not be started: %1").arg(r.errorMessage)};
}

} // namespace fc
