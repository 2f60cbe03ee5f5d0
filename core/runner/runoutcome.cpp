#include "runner/runoutcome.h"

#include <QCoreApplication>

namespace fc {

namespace {

// Translation context "RunOutcome": why a run did not succeed.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RunOutcome)
};

} // namespace

QString signalName(int signal)
{
    const auto named = [](const char *name, const QString &meaning) {
        return QStringLiteral("%1 (%2)").arg(QLatin1String(name), meaning);
    };
    switch (signal) {
    case 4:
        return named("SIGILL", Text::tr("illegal instruction"));
    case 6:
        return named("SIGABRT", Text::tr("abort"));
    case 7:
        return named("SIGBUS", Text::tr("bus error"));
    case 8:
        return named("SIGFPE", Text::tr("arithmetic error"));
    case 9:
        return named("SIGKILL", Text::tr("killed"));
    case 11:
        return named("SIGSEGV", Text::tr("segmentation fault"));
    case 13:
        return named("SIGPIPE", Text::tr("broken pipe"));
    case 15:
        return named("SIGTERM", Text::tr("terminated"));
    default:
        return Text::tr("signal %1").arg(signal);
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
    const QString detail =
        stderrHead.trimmed().isEmpty() ? QString() : QStringLiteral(": ") + stderrHead.trimmed();
    switch (r.outcome) {
    case ProbeResult::Outcome::Exited:
        if (r.exitCode == 0)
            return std::nullopt;
        return SideError{QStringLiteral("exit"),
                         Text::tr("exited with code %1%2").arg(r.exitCode).arg(detail)};
    case ProbeResult::Outcome::Signalled:
        if (r.oomKilled == 1)
            return SideError{QStringLiteral("memory"),
                             Text::tr("killed at the memory limit (%1 MiB)")
                                 .arg(double(r.limits.memoryLimitBytes) / 1048576.0)};
        return SideError{QStringLiteral("crash"),
                         Text::tr("crashed with %1%2").arg(signalName(r.signal), detail)};
    case ProbeResult::Outcome::TimedOut:
        return SideError{QStringLiteral("timeout"),
                         Text::tr("timed out after %1 s; its processes were killed")
                             .arg(double(r.limits.timeoutMs) / 1000.0)};
    case ProbeResult::Outcome::Cancelled:
        return SideError{QStringLiteral("cancelled"), Text::tr("cancelled")};
    case ProbeResult::Outcome::Failed:
        break;
    }
    return SideError{QStringLiteral("launch"),
                     Text::tr("could not be started: %1").arg(r.errorMessage)};
}

} // namespace fc
