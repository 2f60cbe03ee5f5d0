// Value types of one measured execution, as the launcher reports them (docs/measurement.md).
// Units are in the names; -1 means "not measured on this platform".
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace fc {

// A live sample of the running process tree: for the live charts only, never a replacement for
// the exact figures of ProbeResult.
struct ProbeSample
{
    qint64 elapsedMs = 0;  // since the program started
    double cpuPercent = 0; // CPU time of the tree since the previous sample over wall time
    qint64 rssKib = 0;     // summed over the tree's processes
    int processes = 0;
    int threads = -1;
};

struct ProbeNote
{
    QString code;
    QString text;
};

// Which limits were in force, and how ("cgroup-v1", "cgroup-v2", "rlimit", "job", "none",
// "unavailable", "unenforced").
struct ProbeLimits
{
    bool reported = false;
    QString memory;
    QString processes;
    QString kill;
    qint64 memoryLimitBytes = 0;
    qint64 maxProcesses = 0;
    qint64 timeoutMs = 0;
};

struct ProbeResult
{
    enum class Outcome
    {
        Exited,    // ended on its own; see exitCode
        Signalled, // ended by a signal of its own making (crash, abort) or the memory cap
        TimedOut,  // killed at the wall timeout
        Cancelled, // killed on request
        Failed,    // never ran or no figures: see errorCode and errorMessage
    };

    Outcome outcome = Outcome::Failed;
    QString errorCode; // launcher codes (not_found, permission_denied, ...), or launcher_failed,
                       // launcher_missing, protocol
    QString errorMessage;
    int errorNumber = 0; // errno where the launcher gave one

    QString os;
    QString launcherVersion;
    ProbeLimits limits;
    QList<ProbeNote> notes;

    qint64 wallNs = -1;
    qint64 userCpuUs = -1;
    qint64 systemCpuUs = -1;
    qint64 maxRssKib = -1;
    int exitCode = -1; // -1 when ended by a signal
    int signal = 0;
    bool coreDumped = false;
    bool timedOut = false;
    bool cancelled = false;
    int oomKilled = -1; // 0/1 where known
    qint64 voluntaryContextSwitches = -1;
    qint64 involuntaryContextSwitches = -1;
    qint64 minorPageFaults = -1;
    qint64 majorPageFaults = -1;
    qint64 pageFaults = -1; // Windows: soft and hard together
    qint64 stdoutBytes = 0; // kept in the capture file
    qint64 stdoutDroppedBytes = 0;
    qint64 stderrBytes = 0;
    qint64 stderrDroppedBytes = 0;
    qint64 cgroupPeakKib = -1;    // Linux: whole-tree peak charged memory of the run's cgroup
    qint64 commitPeakKib = -1;    // Windows: the job's peak commit (not resident memory)
    qint64 footprintPeakKib = -1; // macOS: lifetime peak physical footprint
    qint64 instructions = -1;
    qint64 cycles = -1;
    qint64 processLimitHits = -1;  // forks the process cap refused
    qint64 leftoverProcesses = -1; // still running when the program exited, then killed
    qint64 spawnNs = -1;           // launcher overhead before the program started
    qint64 launcherMaxRssKib = -1;
    int sampleCount = 0;
    QStringList protocolProblems; // what was wrong with the launcher's output, if anything

    // The launcher produced figures (whatever the program's fate).
    bool hasFigures() const { return outcome != Outcome::Failed; }
    // The program ran to completion with exit code 0.
    bool succeeded() const { return outcome == Outcome::Exited && exitCode == 0; }
    double wallMs() const { return wallNs < 0 ? -1 : double(wallNs) / 1e6; }
    // User + system CPU of the whole tree.
    double cpuMs() const
    {
        return userCpuUs < 0 || systemCpuUs < 0 ? -1 : double(userCpuUs + systemCpuUs) / 1e3;
    }
};

} // namespace fc

Q_DECLARE_METATYPE(fc::ProbeSample)
Q_DECLARE_METATYPE(fc::ProbeResult)
