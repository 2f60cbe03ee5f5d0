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
#include "outputsink.h"
#include "posix_util.h"
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

namespace {

constexpr std::int64_t kMs = 1000000;
constexpr std::int64_t kKillBudgetNs = 1000 * kMs;
constexpr std::int64_t kRekillNs = 100 * kMs;

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

int highFd(int fd)
{
    if (fd < 0 || fd > 2) {
        if (fd >= 0)
            ::fcntl(fd, F_SETFD, FD_CLOEXEC);
        return fd;
    }
    const int moved = ::fcntl(fd, F_DUPFD_CLOEXEC, 3);
    ::close(fd);
    return moved;
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

struct Stream
{
    int fd = -1;
    int childFd = -1;
    OutputSink sink;
};

class MacRun
{
public:
    MacRun(const Options &options, ProtocolWriter &out)
        : m_o(options)
        , m_out(out)
    {}
    ~MacRun();
    int run();

private:
    bool refuse(const char *code, int error, const std::string &text);
    bool prepare();
    bool openStream(Stream *stream, const std::string &path, const char *code);
    bool spawn();
    void watch();
    void readStream(Stream *stream);
    void checkExit();
    void killTree();
    Sample sample(std::int64_t now);
    void emitResult();

    const Options &m_o;
    ProtocolWriter &m_out;
    std::string m_path;
    int m_null = -1;
    int m_stdinFd = -1;
    Stream m_stdout;
    Stream m_stderr;
    Limits m_limits;
    posix::SignalPipe m_signals;

    pid_t m_pid = -1;
    std::int64_t m_startNs = 0;
    std::int64_t m_exitNs = 0;
    bool m_exited = false;
    int m_status = 0;
    rusage m_usage{};
    rusage_info_v4 m_info{};
    bool m_haveInfo = false;
    bool m_killed = false;
    std::int64_t m_lastKillNs = 0;
    bool m_timedOut = false;
    bool m_cancelled = false;
    std::int64_t m_leftovers = 0;
    std::int64_t m_previousCpuNs = 0;
    std::int64_t m_previousSampleNs = 0;
};

MacRun::~MacRun()
{
    for (int fd :
         {m_null, m_stdinFd, m_stdout.fd, m_stderr.fd, m_stdout.childFd, m_stderr.childFd}) {
        if (fd >= 0)
            ::close(fd);
    }
}

bool MacRun::refuse(const char *code, int error, const std::string &text)
{
    m_out.error(code, error, text);
    return false;
}

bool MacRun::openStream(Stream *stream, const std::string &path, const char *code)
{
    if (path.empty()) {
        stream->childFd = ::fcntl(m_null, F_DUPFD_CLOEXEC, 3);
        return true;
    }
    if (!stream->sink.open(path, m_o.outputCapBytes))
        return refuse(code, errno,
                      std::string("cannot create ") + code + " file " + path + ": " +
                          posix::errorText(errno));
    int fds[2];
    if (::pipe(fds) != 0)
        return refuse("internal", errno, "pipe: " + posix::errorText(errno));
    stream->fd = highFd(fds[0]);
    stream->childFd = highFd(fds[1]);
    posix::setNonBlocking(stream->fd);
    return true;
}

bool MacRun::prepare()
{
    int error = 0;
    m_path = posix::resolveProgram(m_o.command[0], &error);
    if (m_path.empty()) {
        if (error == EACCES)
            return refuse("permission_denied", error, "not an executable file: " + m_o.command[0]);
        return refuse("not_found", error, "program not found: " + m_o.command[0]);
    }
    m_null = highFd(::open("/dev/null", O_RDWR | O_CLOEXEC));
    if (m_null < 0)
        return refuse("internal", errno, "/dev/null: " + posix::errorText(errno));
    if (m_o.stdinPath.empty()) {
        m_stdinFd = ::fcntl(m_null, F_DUPFD_CLOEXEC, 3);
    } else {
        m_stdinFd = highFd(::open(m_o.stdinPath.c_str(), O_RDONLY | O_CLOEXEC));
        if (m_stdinFd < 0)
            return refuse("stdin", errno,
                          "cannot open standard input file " + m_o.stdinPath + ": " +
                              posix::errorText(errno));
    }
    if (!openStream(&m_stdout, m_o.stdoutPath, "stdout") ||
        !openStream(&m_stderr, m_o.stderrPath, "stderr"))
        return false;

    // posix_spawn cannot change the user: the launcher drops to it first (it needs no privilege
    // afterwards: the program is then its own user's).
    uid_t uid = ::getuid();
    if (!m_o.user.empty()) {
        gid_t gid = 0;
        std::string message;
        if (::geteuid() != 0)
            return refuse("user", EPERM, "--user needs the launcher to run as root");
        if (!posix::lookupUser(m_o.user, &uid, &gid, &message))
            return refuse("user", 0, message);
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
    posix_spawn_file_actions_adddup2(&actions, m_stdinFd, 0);
    posix_spawn_file_actions_adddup2(&actions, m_stdout.childFd, 1);
    posix_spawn_file_actions_adddup2(&actions, m_stderr.childFd, 2);
    if (!m_o.workingDirectory.empty())
        posix_spawn_file_actions_addchdir_np(&actions, m_o.workingDirectory.c_str());

    m_startNs = posix::monotonicNs();
    const int error =
        ::posix_spawn(&m_pid, m_path.c_str(), &actions, &attr, argv.pointers.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    for (int *fd : {&m_stdout.childFd, &m_stderr.childFd}) {
        ::close(*fd);
        *fd = -1;
    }
    if (error == 0)
        return true;
    m_pid = -1;
    const std::string &name = m_o.command[0];
    if (error == ENOENT && !m_o.workingDirectory.empty() &&
        ::access(m_o.workingDirectory.c_str(), F_OK) != 0)
        return refuse("cwd", error, "cannot change to working directory " + m_o.workingDirectory);
    if (error == ENOENT)
        return refuse("not_found", error,
                      "cannot execute " + name +
                          ": No such file or directory (a missing interpreter?)");
    if (error == EACCES)
        return refuse("permission_denied", error, "permission denied: " + name);
    if (error == ENOEXEC || error == EBADARCH)
        return refuse("bad_executable", error, "not an executable format: " + name);
    return refuse("exec_failed", error, "cannot execute " + name + ": " + posix::errorText(error));
}

void MacRun::readStream(Stream *stream)
{
    static char buffer[64 * 1024];
    const ssize_t n = ::read(stream->fd, buffer, sizeof buffer);
    if (n > 0) {
        stream->sink.write(buffer, static_cast<std::size_t>(n));
    } else if (n == 0 || (errno != EAGAIN && errno != EINTR)) {
        ::close(stream->fd);
        stream->fd = -1;
        stream->sink.close();
    }
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

void MacRun::killTree()
{
    m_killed = true;
    m_lastKillNs = posix::monotonicNs();
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

Sample MacRun::sample(std::int64_t now)
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
    const std::int64_t wallNs = now - m_previousSampleNs;
    // CPU of processes that ended since the last sample is missing here: no cutime in taskinfo.
    if (wallNs > 0 && cpuNs >= m_previousCpuNs)
        s.cpuPercent =
            100.0 * static_cast<double>(cpuNs - m_previousCpuNs) / static_cast<double>(wallNs);
    m_previousCpuNs = cpuNs;
    m_previousSampleNs = now;
    return s;
}

void MacRun::watch()
{
    const std::int64_t sampleNs = m_o.sampleMs * kMs;
    std::int64_t nextSample = sampleNs > 0 ? m_startNs + sampleNs : LLONG_MAX;
    const std::int64_t deadline = m_o.timeoutMs > 0 ? m_startNs + m_o.timeoutMs * kMs : LLONG_MAX;
    std::int64_t drainUntil = LLONG_MAX;
    bool watchStdin = m_o.cancelOnStdinEof;
    bool leftoversHandled = false;
    m_previousSampleNs = m_startNs;
    for (;;) {
        std::int64_t now = posix::monotonicNs();
        if (m_exited && !leftoversHandled) {
            leftoversHandled = true;
            // The program's pid may be reused now; its group id stays reserved while members live.
            const std::vector<pid_t> rest = groupMembers(m_pid);
            m_leftovers = static_cast<std::int64_t>(rest.size());
            if (m_leftovers > 0)
                ::kill(-m_pid, SIGKILL);
            drainUntil = posix::monotonicNs() + kKillBudgetNs;
        }
        if (m_exited && ((m_stdout.fd < 0 && m_stderr.fd < 0) || now >= drainUntil))
            break;
        std::int64_t wakeAt = drainUntil;
        if (!m_exited)
            wakeAt = std::min({wakeAt, nextSample, m_killed ? m_lastKillNs + kRekillNs : deadline});
        const int timeout = wakeAt == LLONG_MAX ? -1
                                                : static_cast<int>(std::clamp<std::int64_t>(
                                                      (wakeAt - now + kMs - 1) / kMs, 0, INT_MAX));
        pollfd fds[4] = {{m_signals.readFd(), POLLIN, 0},
                         {m_stdout.fd, POLLIN, 0},
                         {m_stderr.fd, POLLIN, 0},
                         {watchStdin ? 0 : -1, POLLIN, 0}};
        if (::poll(fds, 4, timeout) < 0 && errno != EINTR)
            break;
        if (fds[0].revents && m_signals.drain() && !m_exited && !m_killed) {
            m_cancelled = true;
            killTree();
        }
        if (fds[1].revents)
            readStream(&m_stdout);
        if (fds[2].revents)
            readStream(&m_stderr);
        if (fds[3].revents) {
            char scratch[256];
            const ssize_t n = ::read(0, scratch, sizeof scratch);
            if (n == 0 || (n < 0 && errno != EINTR && errno != EAGAIN)) {
                watchStdin = false;
                if (!m_exited && !m_killed) {
                    m_cancelled = true;
                    killTree();
                }
            }
        }
        // SIGCHLD may have been merged with another: the exit is checked on every wake-up.
        checkExit();
        now = posix::monotonicNs();
        if (m_exited)
            continue;
        if (!m_killed && now >= deadline) {
            m_timedOut = true;
            killTree();
        } else if (m_killed && now >= m_lastKillNs + kRekillNs) {
            killTree();
        }
        if (now >= nextSample && !m_killed) {
            const Sample s = sample(now);
            if (s.processes > 0) // else the program has just ended, not yet reaped
                m_out.sample(s);
            nextSample = now + sampleNs;
        }
    }
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
    if (WIFEXITED(m_status)) {
        r.exitCode = WEXITSTATUS(m_status);
    } else if (WIFSIGNALED(m_status)) {
        r.signal = WTERMSIG(m_status);
        r.coreDumped = WCOREDUMP(m_status);
    }
    r.timedOut = m_timedOut;
    r.cancelled = m_cancelled;
    if (m_haveInfo) {
        r.footprintPeakKib =
            static_cast<std::int64_t>(m_info.ri_lifetime_max_phys_footprint / 1024);
        if (m_info.ri_instructions > 0)
            r.instructions = static_cast<std::int64_t>(m_info.ri_instructions);
        if (m_info.ri_cycles > 0)
            r.cycles = static_cast<std::int64_t>(m_info.ri_cycles);
    }
    r.leftoverProcesses = m_leftovers;
    r.stdoutBytes = m_stdout.sink.kept();
    r.stdoutDropped = m_stdout.sink.dropped();
    r.stderrBytes = m_stderr.sink.kept();
    r.stderrDropped = m_stderr.sink.dropped();
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

const char *probeOsName()
{
    return "macos";
}

int runProbe(const Options &options, ProtocolWriter &out)
{
    if (!options.environment.empty()) {
        // MeasuredProcess sets the environment of the launcher itself here.
        out.error("usage", 0, "--env is only supported on Linux");
        return 2;
    }
    MacRun run(options, out);
    return run.run();
}

int runSession(const Options &, ProtocolWriter &out)
{
    // core/probe/launchersession.cpp runs one launcher per run on this platform.
    out.error("usage", 0, "--session is only supported on Linux");
    return 2;
}

} // namespace fcl
