#include "linux_run.h"

#include "linux_proctree.h"

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace fcl {

LinuxRun::LinuxRun(const Options &options, ProtocolWriter &out, LinuxSession &session)
    : PosixRun(options, out, session.signals)
    , m_session(session)
    , m_cgroups(options.useCgroups ? session.cgroups : m_noCgroups)
{}

LinuxRun::~LinuxRun()
{
    if (m_pidFd >= 0)
        ::close(m_pidFd);
}

std::int64_t LinuxRun::Totals::us(const timeval &tv)
{
    return std::int64_t(tv.tv_sec) * 1000000 + tv.tv_usec;
}

void LinuxRun::Totals::add(const rusage &ru)
{
    userUs += us(ru.ru_utime);
    sysUs += us(ru.ru_stime);
    maxRssKib = std::max<std::int64_t>(maxRssKib, ru.ru_maxrss); // KiB on Linux
    nvcsw += ru.ru_nvcsw;
    nivcsw += ru.ru_nivcsw;
    minflt += ru.ru_minflt;
    majflt += ru.ru_majflt;
}

void LinuxRun::prepareProcessCap()
{
    m_limits.maxProcesses = m_o.maxProcesses;
    if (m_o.maxProcesses <= 0)
        return;
    m_limits.processes = m_cgroups.processMode();
    if (!m_limits.processes.empty())
        return;
    const uid_t target = m_switchUser ? m_uid : ::getuid();
    if (target == 0) {
        m_limits.processes = "unenforced";
        m_notes.emplace_back(
            "proc_cap_unenforced",
            "no pids cgroup, and RLIMIT_NPROC does not bind root: the process "
            "cap is not enforced (use --user, or give the launcher a pids cgroup)");
        return;
    }
    // RLIMIT_NPROC counts every task of the user, not only the tree's: allow what exists plus the
    // cap.
    m_setProcessLimit = true;
    m_processLimit = static_cast<rlim_t>(linuxproc::countUserTasks(target) + m_o.maxProcesses);
    m_limits.processes = "rlimit";
}

bool LinuxRun::prepare()
{
    const char *searchPath = nullptr;
    if (!m_o.environment.empty()) {
        m_environment = posix::ArgVector(m_o.environment);
        m_ownEnvironment = true;
        searchPath = "";
        for (const std::string &entry : m_o.environment) {
            if (entry.rfind("PATH=", 0) == 0)
                searchPath = entry.c_str() + 5;
        }
        if (*searchPath == '\0')
            searchPath = nullptr; // none given: the default, as execvp would
    }
    if (!resolveProgram(searchPath))
        return false;
    if (!m_o.user.empty()) {
        if (!lookUpUser(&m_uid, &m_gid))
            return false;
        m_switchUser = true;
    }
    if (m_session.devNull < 0)
        m_session.devNull = posix::highFd(::open("/dev/null", O_RDWR | O_CLOEXEC));
    m_null = m_session.devNull;
    if (m_null < 0)
        return refuse("internal", errno, "/dev/null: " + posix::errorText(errno));
    if (!openStreams())
        return false;

    if (m_o.useCgroups) {
        if (!m_session.cgroupsTried) {
            m_session.cgroupsTried = true;
            m_cgroups.setUp(&m_session.cgroupNotes);
        }
        m_notes.insert(m_notes.end(), m_session.cgroupNotes.begin(), m_session.cgroupNotes.end());
        if (m_session.session && m_o.useSpawner)
            admitSpawner(); // before apply(): the process cap counts it
        m_cgroups.apply({m_o.memoryLimitBytes, m_o.maxProcesses}, &m_notes);
        m_cpuBaseUs = std::max<std::int64_t>(0, m_cgroups.cpuUsageUs());
    } else if (m_o.memoryLimitBytes > 0)
        m_notes.emplace_back("memory_cap_unavailable",
                             "cgroups are off: the memory cap is not applied");
    m_limits.memoryLimitBytes = m_o.memoryLimitBytes;
    m_limits.timeoutMs = m_o.timeoutMs;
    if (m_o.memoryLimitBytes > 0) {
        m_limits.memory = m_cgroups.memoryMode();
        if (m_limits.memory.empty())
            m_limits.memory = "unavailable";
    }
    prepareProcessCap();
    if (m_o.requireProcessCap && m_o.maxProcesses > 0 && m_limits.processes == "unenforced")
        return refuse("proc_cap_unavailable", 0,
                      "the process cap cannot be enforced here (running as root without a "
                      "pids cgroup)");
    return true;
}

// The records between the start and the first sample or the outcome, written late: a reader
// woken while a short program runs would take a core from it.
void LinuxRun::writePreamble()
{
    if (m_preambleWritten)
        return;
    m_preambleWritten = true;
    for (const auto &[code, text] : m_notes)
        m_out.note(code, text);
    m_notes.clear();
    m_out.limits(m_limits);
}

void LinuxRun::emitResult()
{
    RunResult r;
    r.wallNs = m_exitNs - m_startNs;
    r.spawnNs = m_startNs - m_forkNs;
    r.userUs = m_totals.userUs;
    r.sysUs = m_totals.sysUs;
    r.maxRssKib = m_totals.maxRssKib;
    r.voluntaryContextSwitches = m_totals.nvcsw;
    r.involuntaryContextSwitches = m_totals.nivcsw;
    r.minorFaults = m_totals.minflt;
    r.majorFaults = m_totals.majflt;
    fillOutcome(&r);
    const std::int64_t peak = m_cgroups.memoryPeakBytes();
    r.cgroupPeakKib = peak >= 0 ? peak / 1024 : kUnknown;
    const std::int64_t oom = m_cgroups.oomKills();
    r.oomKilled = oom >= 0 ? (oom > 0 ? 1 : 0) : kUnknown;
    r.processLimitHits = m_cgroups.processLimitHits();
    r.launcherMaxRssKib = linuxproc::ownPeakKib();
    m_out.setHeld(true);
    writePreamble();
    m_out.result(r);
    m_out.setHeld(false);
}

int LinuxRun::run()
{
    if (!prepare())
        return 1;
    for (const auto &[code, text] : m_notes)
        m_out.note(code, text);
    m_notes.clear();
    // SIGCHLD of the previous run's program, reaped through its pidfd: its byte would wake this
    // run's first poll for nothing.
    if (m_signals.drain()) {
        m_session.endRequested = true;
        refuse("cancelled", 0, "the launcher was asked to stop before the program started");
        return 1;
    }
    if (m_session.session && m_session.takeCancels()) {
        refuse("cancelled", 0, "cancelled before the program started");
        return 1;
    }
    if (!spawn())
        return 1;
    if (m_o.maxProcesses > 0 && m_limits.processes.rfind("cgroup", 0) == 0 &&
        m_cgroups.processMode().empty())
        m_limits.processes = "unenforced"; // its cgroup could not be joined
    if (m_o.memoryLimitBytes > 0 && m_cgroups.memoryMode().empty())
        m_limits.memory = "unavailable";
    const std::string kill = m_cgroups.killMode();
    m_limits.kill = kill.empty() ? "process-tree" : kill;

    m_sampler.emplace(m_cgroups, ::getpid(), m_startNs, m_cpuBaseUs, m_session.spawner.pid());
    watch();
    reapAll();
    // The next run of a session starts with nothing of this one left: the leftovers were killed
    // when the program ended; whatever escaped that (forking meanwhile) is killed and reaped now.
    // A tree found empty when the program ended has nobody left who could have forked since.
    const bool mayRemain = m_leftovers > 0 || m_killed;
    for (int attempt = 0; m_session.session && mayRemain && attempt < 3 && !treeIsEmpty();
         ++attempt) {
        killTree();
        reapAll();
    }
    emitResult();
    return 0;
}

} // namespace fcl
