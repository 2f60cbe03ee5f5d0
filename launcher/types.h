// Plain value types shared by every platform's probe and the protocol writer.
#pragma once

#include <cstdint>
#include <string>

namespace fcl {

// A figure that the platform could not measure stays at kUnknown and is left out of the output.
inline constexpr std::int64_t kUnknown = -1;

// One live sample of the running process tree (never a replacement for the exact figures).
struct Sample
{
    std::int64_t elapsedMs = 0; // since the program was started
    double cpuPercent = 0;      // CPU time of the tree since the previous sample / wall time
    std::int64_t rssKib = 0;    // resident memory summed over the tree's processes
    std::int64_t processes = 0; // processes in the tree
    std::int64_t threads = kUnknown;
};

// Which limits are in force and by what means: the protocol's `limits` record.
struct Limits
{
    std::string memory = "none";    // cgroup-v1, cgroup-v2, job, none (not asked), unavailable
    std::string processes = "none"; // cgroup-v1, cgroup-v2, rlimit, job, none, unenforced
    std::string kill =
        "process-group"; // how the tree is killed: cgroup-v2, cgroup-v1, job, process-group
    std::int64_t memoryLimitBytes = 0;
    std::int64_t maxProcesses = 0;
    std::int64_t timeoutMs = 0;
};

// The exact figures of one run, from the OS's own accounting (wait4, cgroups, Job Objects).
struct RunResult
{
    std::int64_t wallNs = kUnknown;
    std::int64_t userUs = kUnknown;
    std::int64_t sysUs = kUnknown;
    std::int64_t maxRssKib = kUnknown;
    std::int64_t exitCode = -1; // -1 when the program was ended by a signal
    int signal = 0;
    bool coreDumped = false;
    bool timedOut = false;
    bool cancelled = false;
    std::int64_t oomKilled = kUnknown; // 0/1 where the platform can tell
    std::int64_t voluntaryContextSwitches = kUnknown;
    std::int64_t involuntaryContextSwitches = kUnknown;
    std::int64_t minorFaults = kUnknown;
    std::int64_t majorFaults = kUnknown;
    std::int64_t pageFaults = kUnknown; // Windows: soft and hard faults together
    std::int64_t stdoutBytes = 0;       // kept in the capture file
    std::int64_t stdoutDropped = 0;     // beyond the output cap
    std::int64_t stderrBytes = 0;
    std::int64_t stderrDropped = 0;
    std::int64_t cgroupPeakKib = kUnknown;     // whole-tree peak charged memory (Linux cgroup)
    std::int64_t commitPeakKib = kUnknown;     // Windows job's peak commit
    std::int64_t footprintPeakKib = kUnknown;  // macOS lifetime peak physical footprint
    std::int64_t instructions = kUnknown;      // macOS rusage_info_v4
    std::int64_t cycles = kUnknown;            // macOS rusage_info_v4
    std::int64_t processLimitHits = kUnknown;  // forks refused by the process cap
    std::int64_t leftoverProcesses = kUnknown; // still running when the program exited: killed
    std::int64_t spawnNs = kUnknown;           // launcher overhead from fork to exec
    std::int64_t launcherMaxRssKib = kUnknown;
};

} // namespace fcl
