// The launcher's cgroups on Linux (v1 controllers, v2, or the hybrid of both): memory cap and
// whole-tree memory peak, process cap, tree kill and tree CPU. Created once (per one-shot run, or
// per session) and set up again for each run by apply(). Everything is optional: what cannot be
// set up is reported as a note and the run goes on without it.
#pragma once

#include "linux_cgroupfiles.h"

#include <cstdint>
#include <string>
#include <sys/types.h>
#include <utility>
#include <vector>

namespace fcl::linuxcg {

using Notes = std::vector<std::pair<std::string, std::string>>; // code, text

class Cgroups
{
public:
    struct Request
    {
        std::int64_t memoryLimitBytes = 0;
        std::int64_t maxProcesses = 0;
    };

    Cgroups() = default;
    Cgroups(const Cgroups &) = delete;
    Cgroups &operator=(const Cgroups &) = delete;
    ~Cgroups();

    // Creates the groups (the costly part: mkdir, and rmdir in tearDown()).
    void setUp(Notes *notes);
    // Before each run, with no process in the groups: its limits, a fresh memory peak, and the
    // baselines of the counters that only ever grow (OOM kills, refused forks, CPU).
    void apply(const Request &request, Notes *notes);
    // The launcher's spawner joins the groups once, so that the programs it creates start in them
    // without a migration per run. It is never listed as a member of the tree, and the process cap
    // counts it (apply() allows one more).
    void admit(pid_t spawner);
    // Whether the admitted spawner is in the group of joinFds()[join]: its children start there.
    bool admitted(std::size_t join) const { return join < m_exemptIn.size() && m_exemptIn[join]; }
    bool anyAdmitted() const;
    // cgroup.procs files, open for writing: the child writes "0" to each before it executes.
    const std::vector<int> &joinFds() const { return m_joinFds; }
    // Index in joinFds() of the group that enforces the process cap, or -1.
    int processCapJoinIndex() const { return m_processCapJoinIndex; }

    // "cgroup-v1"/"cgroup-v2" when in force, empty otherwise.
    std::string memoryMode() const;
    std::string processMode() const;
    std::string killMode() const;

    bool canList() const { return !listDir().empty(); }
    std::vector<pid_t> processes() const;
    // SIGKILLs everything in the run's groups until they are empty or the deadline passes.
    void killAll(std::int64_t deadlineNs) const;

    // -1 where unknown. cpuUsageUs() grows over the groups' life; the others are this run's.
    std::int64_t cpuUsageUs() const;
    std::int64_t memoryPeakBytes() const;
    std::int64_t oomKills() const;
    std::int64_t processLimitHits() const;

    // A group that a run's child failed to join must not claim to enforce anything.
    void forgetJoin(int index);
    void tearDown();

private:
    std::string listDir() const;
    void addJoin(const std::string &dir);
    int joinIndex(const std::string &dir) const;
    std::int64_t rawOomKills() const;
    std::int64_t rawProcessLimitHits() const;

    std::string m_v2;        // our v2 group (hybrid: without controllers, still kill and cpu.stat)
    std::string m_v1Memory;  // our v1 memory group, when v2 has no memory controller
    std::string m_v1Pids;    // our v1 pids group, when v2 has no pids controller
    bool m_v2Memory = false; // memory controller enabled in m_v2
    bool m_v2Pids = false;
    bool m_memoryCap = false;
    bool m_processCap = false;
    bool m_processCapV1 = false;
    int m_peakFd = -1;          // v2 memory.peak, reset through this descriptor
    std::int64_t m_oomBase = 0; // counters at the start of the run
    std::int64_t m_limitHitsBase = 0;
    mutable GroupFiles m_files; // reads count as const: they change nothing
    std::vector<int> m_joinFds;
    std::vector<std::string> m_joinDirs;
    int m_processCapJoinIndex = -1;
    pid_t m_exempt = -1;          // the admitted spawner
    std::vector<bool> m_exemptIn; // per join: the spawner is in that group
};

} // namespace fcl::linuxcg
