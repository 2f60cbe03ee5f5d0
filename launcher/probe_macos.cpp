// The macOS probe: posix_spawn into a new process group, reaped with wait4 in a poll() loop that
// also drains output, samples and enforces the deadline. Before the reap, while the program is a
// zombie, proc_pid_rusage adds what wait4 lacks (lifetime peak physical footprint, instructions,
// cycles). Compiled only on Apple; written against <libproc.h>, <spawn.h>, <sys/resource.h> and
// <mach/mach_time.h>.
//
// What macOS does not offer and this probe therefore does not do: a memory cap (no cgroups;
// RLIMIT_AS would break runtimes that reserve address space), a process cap that binds root
// (RLIMIT_NPROC only), and keeping orphans findable (no subreaper: an orphan of the program is
// found through its process group only).
#include "posix_run.h"
#include "probe.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <grp.h>
#include <libproc.h>
#include <mach/mach_time.h>
#include <poll.h>
#include <spawn.h>
#include <sys/proc.h>
#include <sys/resource.h>
#include <sys/sysctl.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace fcl {

const char *probeOsName()
{
    return "macos";
}

namespace {

// ri_user_time, ri_system_time and pti_total_* are in Mach absolute time units, which are
// nanoseconds on Intel but 125/3 ns on Apple Silicon.
std::int64_t machToNs(std::uint64_t ticks)
{
    static const mach_timebase_info_data_t timebase = [] {
        mach_timebase_info_data_t tb{};
        mach_timebase_info(&tb);
        if (tb.denom == 0)
            tb = {1, 1};
        return tb;
    }();
    // Split so that the product cannot overflow 64 bits.
    const std::uint64_t whole = ticks / timebase.denom * timebase.numer;
    const std::uint64_t part = ticks % timebase.denom * timebase.numer / timebase.denom;
    return static_cast<std::int64_t>(whole + part);
}

// Processes of the real user `uid`: what RLIMIT_NPROC counts on macOS (processes, not threads).
std::int64_t countUserProcesses(uid_t uid)
{
    int mib[4] = {CTL_KERN, KERN_PROC, KERN_PROC_RUID, static_cast<int>(uid)};
    size_t size = 0;
    if (::sysctl(mib, 4, nullptr, &size, nullptr, 0) != 0)
        return 0;
    std::vector<kinfo_proc> procs(size / sizeof(kinfo_proc) + 16);
    size = procs.size() * sizeof(kinfo_proc);
    if (::sysctl(mib, 4, procs.data(), &size, nullptr, 0) != 0)
        return static_cast<std::int64_t>(procs.size());
    return static_cast<std::int64_t>(size / sizeof(kinfo_proc));
}

// Pids from a libproc list call. Its result is read as an upper bound only, and the buffer is
// zero-filled with zeros skipped, so that this is right whether the call returns a count of pids
// or of bytes (libproc's documentation and versions disagree).
template<typename ListCall> std::vector<pid_t> listPids(ListCall call)
{
    std::vector<pid_t> pids(4096, 0);
    const int n = call(pids.data(), static_cast<int>(pids.size() * sizeof(pid_t)));
    std::vector<pid_t> out;
    for (int i = 0; i < std::min<int>(n, static_cast<int>(pids.size())); ++i) {
        if (pids[static_cast<std::size_t>(i)] > 0)
            out.push_back(pids[static_cast<std::size_t>(i)]);
    }
    return out;
}

std::vector<pid_t> groupMembers(pid_t group)
{
    return listPids([group](pid_t *buffer, int size) {
        return proc_listpids(PROC_PGRP_ONLY, static_cast<uint32_t>(group), buffer, size);
    });
}

// The program's tree as far as macOS lets us see it, while the program lives: its process group
// (which keeps orphans) and its descendants (which may have left the group).
std::vector<pid_t> treeMembers(pid_t program)
{
    std::vector<pid_t> found = groupMembers(program);
    std::vector<pid_t> visited;
    std::vector<pid_t> queue{program};
    while (!queue.empty()) {
        const pid_t pid = queue.back();
        queue.pop_back();
        if (std::find(visited.begin(), visited.end(), pid) != visited.end())
            continue;
        visited.push_back(pid);
        found.push_back(pid);
        const std::vector<pid_t> children = listPids(
            [pid](pid_t *buffer, int size) { return proc_listchildpids(pid, buffer, size); });
        queue.insert(queue.end(), children.begin(), children.end());
    }
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    return found;
}

// A one-shot launcher's own signal pipe, constructed before the run that refers to it.
struct OwnSignals
{
    posix::SignalPipe ownSignals;
};

class MacRun : private OwnSignals, public PosixRun
{
public:
    MacRun(const Options &options, ProtocolWriter &out)
        : PosixRun(options, out, ownSignals)
    {}
    ~MacRun() override;
    int run();

private:
    bool prepare();
    bool spawn();
    void checkExit();
    void emitResult();
    void killProcesses() override;
    void programEnded() override;
    std::int64_t takeSample(std::int64_t now, std::int64_t sampleNs) override;
    // SIGCHLD may have been merged with another: the exit is checked on every wake-up.
    void afterWake() override { checkExit(); }

    rusage m_usage{};
    rusage_info_v4 m_info{};
    bool m_haveInfo = false;
    std::int64_t m_previousCpuNs = 0;
    std::int64_t m_previousSampleNs = 0;
};

MacRun::~MacRun()
{
    if (m_null >= 0)
        ::close(m_null);
}

bool MacRun::prepare()
{
    if (!resolveProgram())
        return false;
    m_null = posix::highFd(::open("/dev/null", O_RDWR | O_CLOEXEC));
    if (m_null < 0)
        return refuse("internal", errno, "/dev/null: " + posix::errorText(errno));
    if (!openStreams())
        return false;

    // posix_spawn cannot change the user: the launcher drops to it first (it needs no privilege
    // afterwards: the program is then its own user's).
    uid_t uid = ::getuid();
    if (!m_o.user.empty()) {
        gid_t gid = 0;
        if (!lookUpUser(&uid, &gid))
            return false;
        if (::setgroups(0, nullptr) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0)
            return refuse("user", errno,
                          "cannot switch to user " + m_o.user + ": " + posix::errorText(errno));
    }

    // Inherited by the program from the launcher, which starts nothing else.
    const rlimit noCore{0, 0};
    ::setrlimit(RLIMIT_CORE, &noCore);
    m_limits.maxProcesses = m_o.maxProcesses;
    m_limits.memoryLimitBytes = m_o.memoryLimitBytes;
    m_limits.timeoutMs = m_o.timeoutMs;
    m_limits.kill = "process-group";
    if (m_o.maxProcesses > 0) {
        if (uid == 0) {
            m_limits.processes = "unenforced";
            m_out.note("proc_cap_unenforced",
                       "RLIMIT_NPROC does not bind root: the process cap is not enforced");
            if (m_o.requireProcessCap)
                return refuse("proc_cap_unavailable", 0,
                              "the process cap cannot be enforced for root (use --user)");
        } else {
            // Counts all of the user's processes: allow what exists plus the cap.
            const auto limit = static_cast<rlim_t>(countUserProcesses(uid) + m_o.maxProcesses);
            const rlimit nproc{limit, limit};
            m_limits.processes = ::setrlimit(RLIMIT_NPROC, &nproc) == 0 ? "rlimit" : "unenforced";
        }
    }
    if (m_o.memoryLimitBytes > 0) {
        m_limits.memory = "unavailable";
        m_out.note("memory_cap_unavailable", "macOS has no memory cap for a process tree that "
                                             "does not break runtimes: the cap is not applied");
    }
    return true;
}

bool MacRun::spawn()
{
    posix::ArgVector argv(m_o.command);
    posix_spawnattr_t attr;
    posix_spawn_file_actions_t actions;
    posix_spawnattr_init(&attr);
    posix_spawn_file_actions_init(&actions);
    // Own process group (for the tree kill), default signal dispositions, nothing blocked, and
    // no descriptor inherited but the three below (Apple's POSIX_SPAWN_CLOEXEC_DEFAULT).
    posix_spawnattr_setflags(
        &attr, static_cast<short>(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF |
                                  POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_CLOEXEC_DEFAULT));
    posix_spawnattr_setpgroup(&attr, 0);
    sigset_t all;
    sigset_t none;
    sigfillset(&all);
    sigemptyset(&none);
    posix_spawnattr_setsigdefault(&attr, &all);
    posix_spawnattr_setsigmask(&attr, &none);
    posix_spawn_file_actions_adddup2(&actions, childStdin(), 0);
    posix_spawn_file_actions_adddup2(&actions, childStdout(), 1);
    posix_spawn_file_actions_adddup2(&actions, childStderr(), 2);
    if (!m_o.workingDirectory.empty())
        posix_spawn_file_actions_addchdir_np(&actions, m_o.workingDirectory.c_str());

    m_startNs = posix::monotonicNs();
    const int error =
        ::posix_spawn(&m_pid, m_path.c_str(), &actions, &attr, argv.pointers.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    closeChildEnds();
    if (error == 0)
        return true;
    m_pid = -1;
    if (error == ENOENT && !m_o.workingDirectory.empty() &&
        ::access(m_o.workingDirectory.c_str(), F_OK) != 0)
        return refuse("cwd", error, "cannot change to working directory " + m_o.workingDirectory);
    return refuseExec(error == EBADARCH ? ENOEXEC : error);
}

void MacRun::checkExit()
{
    if (m_exited)
        return;
    // Seen without reaping it, so that proc_pid_rusage can still read the zombie.
    siginfo_t info{};
    if (::waitid(P_PID, static_cast<id_t>(m_pid), &info, WEXITED | WNOHANG | WNOWAIT) != 0 ||
        info.si_pid != m_pid)
        return;
    m_exitNs = posix::monotonicNs();
    m_haveInfo =
        proc_pid_rusage(m_pid, RUSAGE_INFO_V4, reinterpret_cast<rusage_info_t *>(&m_info)) == 0;
    while (::wait4(m_pid, &m_status, 0, &m_usage) < 0 && errno == EINTR) {
    }
    m_exited = true;
}

void MacRun::killProcesses()
{
    while (posix::monotonicNs() < m_lastKillNs + kKillBudgetNs) {
        ::kill(-m_pid, SIGKILL);
        std::vector<pid_t> live;
        for (pid_t pid : treeMembers(m_pid)) {
            proc_bsdinfo bsd{};
            // Zombies are dead already; only their parent can clear them.
            if (proc_pidinfo(pid, PROC_PIDTBSDINFO, 0, &bsd, sizeof bsd) == sizeof bsd &&
                bsd.pbi_status != SZOMB)
                live.push_back(pid);
        }
        if (live.empty())
            break;
        for (pid_t pid : live)
            ::kill(pid, SIGKILL);
        ::usleep(500);
    }
}

void MacRun::programEnded()
{
    // The program's pid may be reused now; its group id stays reserved while members live.
    const std::vector<pid_t> rest = groupMembers(m_pid);
    m_leftovers = static_cast<std::int64_t>(rest.size());
    if (m_leftovers > 0)
        ::kill(-m_pid, SIGKILL);
}

std::int64_t MacRun::takeSample(std::int64_t now, std::int64_t sampleNs)
{
    Sample s;
    s.threads = 0;
    std::int64_t cpuNs = 0;
    for (pid_t pid : treeMembers(m_pid)) {
        proc_taskinfo task{};
        if (proc_pidinfo(pid, PROC_PIDTASKINFO, 0, &task, sizeof task) != sizeof task)
            continue;
        cpuNs += machToNs(task.pti_total_user) + machToNs(task.pti_total_system);
        s.rssKib += static_cast<std::int64_t>(task.pti_resident_size / 1024);
        s.threads += task.pti_threadnum;
        s.processes += 1;
    }
    s.elapsedMs = (now - m_startNs) / kMs;
    if (m_previousSampleNs == 0)
        m_previousSampleNs = m_startNs;
    const std::int64_t wallNs = now - m_previousSampleNs;
    // CPU of processes that ended since the last sample is missing here: no cutime in taskinfo.
    if (wallNs > 0 && cpuNs >= m_previousCpuNs)
        s.cpuPercent =
            100.0 * static_cast<double>(cpuNs - m_previousCpuNs) / static_cast<double>(wallNs);
    m_previousCpuNs = cpuNs;
    m_previousSampleNs = now;
    if (s.processes > 0) // else the program has just ended, not yet reaped
        m_out.sample(s);
    return sampleNs;
}

void MacRun::emitResult()
{
    auto us = [](const timeval &tv) {
        return std::int64_t(tv.tv_sec) * 1000000 + tv.tv_usec;
    };
    RunResult r;
    r.wallNs = m_exitNs - m_startNs;
    r.userUs = us(m_usage.ru_utime);
    r.sysUs = us(m_usage.ru_stime);
    r.maxRssKib = m_usage.ru_maxrss / 1024; // bytes on macOS, KiB on Linux
    r.voluntaryContextSwitches = m_usage.ru_nvcsw;
    r.involuntaryContextSwitches = m_usage.ru_nivcsw;
    r.minorFaults = m_usage.ru_minflt;
    r.majorFaults = m_usage.ru_majflt;
    fillOutcome(&r);
    if (m_haveInfo) {
        r.footprintPeakKib =
            static_cast<std::int64_t>(m_info.ri_lifetime_max_phys_footprint / 1024);
        if (m_info.ri_instructions > 0)
            r.instructions = static_cast<std::int64_t>(m_info.ri_instructions);
        if (m_info.ri_cycles > 0)
            r.cycles = static_cast<std::int64_t>(m_info.ri_cycles);
    }
    rusage own{};
    if (::getrusage(RUSAGE_SELF, &own) == 0)
        r.launcherMaxRssKib = own.ru_maxrss / 1024;
    m_out.result(r);
}

int MacRun::run()
{
    if (!m_signals.install()) {
        refuse("internal", errno, "cannot install signal handlers");
        return 1;
    }
    if (!prepare() || !spawn())
        return 1;
    m_out.limits(m_limits);
    watch();
    // Whatever is left of the group after the drain deadline.
    if (!m_exited) {
        killTree();
        while (!m_exited) {
            checkExit();
            ::usleep(1000);
        }
    }
    emitResult();
    return 0;
}

} // namespace

int runProbe(const Options &options, ProtocolWriter &out)
{
    if (refuseLinuxOnlyOptions(options, out))
        return 2;
    MacRun run(options, out);
    return run.run();
}

} // namespace fcl
