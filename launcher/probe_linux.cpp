// The Linux probe: fork + execve, reaped with wait4 in one poll() loop that also drains the
// program's output, takes live samples and enforces the deadline. The launcher is a child
// subreaper, so orphaned descendants stay below it: it reaps (and counts) them, and kills them.
#include "linux_cgroup.h"
#include "linux_proctree.h"
#include "linux_sampler.h"
#include "linux_spawner.h"
#include "outputsink.h"
#include "posix_util.h"
#include "probe.h"
#include "session.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <grp.h>
#include <poll.h>
#include <set>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace fcl {

namespace {

constexpr std::int64_t kMs = 1000000;
constexpr std::int64_t kKillBudgetNs = 1000 * kMs; // the tree is gone within this after a kill
constexpr std::int64_t kRekillNs = 100 * kMs;

// What the child tells the launcher before it becomes the program, through a close-on-exec pipe
// (end of file after an exec-time record means execve succeeded).
struct ChildReport
{
    std::int32_t kind;
    std::int32_t error;
    std::int64_t value;
};
enum : std::int32_t
{
    kReportExecTime = 1,
    kReportFailure = 2,
    kReportJoinFailed = 3
};
using namespace spawnproto; // the stages a child can fail in, the same on both paths

// Everything the child needs, prepared before fork: between fork and execve only
// async-signal-safe calls are allowed (no allocation).
struct ChildPlan
{
    const char *path = nullptr;
    char **argv = nullptr;
    char **envp = nullptr;
    const char *cwd = nullptr;
    int stdinFd = -1;
    int stdoutFd = -1;
    int stderrFd = -1;
    int reportFd = -1;
    const std::vector<int> *joinFds = nullptr;
    int requiredJoin = -1;
    bool setProcessLimit = false;
    rlim_t processLimit = 0;
    bool switchUser = false;
    uid_t uid = 0;
    gid_t gid = 0;
    pid_t launcher = 0;
};

void report(int fd, std::int32_t kind, std::int32_t error, std::int64_t value)
{
    const ChildReport r{kind, error, value};
    [[maybe_unused]] const ssize_t n = ::write(fd, &r, sizeof r);
}

[[noreturn]] void childMain(const ChildPlan &p)
{
    auto fail = [&p](std::int64_t stage) {
        report(p.reportFd, kReportFailure, errno, stage);
        ::_exit(127);
    };
    ::setpgid(0, 0);
    for (std::size_t i = 0; i < p.joinFds->size(); ++i) {
        const int fd = (*p.joinFds)[i];
        if (fd < 0 || ::write(fd, "0", 1) == 1)
            continue;
        if (static_cast<int>(i) == p.requiredJoin)
            fail(kStageCgroup);
        report(p.reportFd, kReportJoinFailed, errno, static_cast<std::int64_t>(i));
    }
    if (::dup2(p.stdinFd, 0) < 0 || ::dup2(p.stdoutFd, 1) < 0 || ::dup2(p.stderrFd, 2) < 0)
        fail(kStageStdio);
    if (p.cwd && ::chdir(p.cwd) != 0)
        fail(kStageCwd);
    posix::SignalPipe::resetInChild();
    // A crashing snippet must not leave core files behind nor stall its reaping while one is
    // written.
    const rlimit noCore{0, 0};
    ::setrlimit(RLIMIT_CORE, &noCore);
    if (p.setProcessLimit) {
        const rlimit n{p.processLimit, p.processLimit};
        if (::setrlimit(RLIMIT_NPROC, &n) != 0)
            fail(kStageLimits);
    }
    if (p.switchUser &&
        (::setgroups(0, nullptr) != 0 || ::setgid(p.gid) != 0 || ::setuid(p.uid) != 0))
        fail(kStageUser);
    // Set after the user switch, which clears it. Covers a launcher that is killed outright.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != p.launcher)
        ::_exit(127);
#ifdef SYS_close_range
    // Descriptors the launcher inherited from its caller are no business of the program.
    ::syscall(SYS_close_range, 3U, ~0U, 4U /* CLOSE_RANGE_CLOEXEC */);
#endif
    report(p.reportFd, kReportExecTime, 0, posix::monotonicNs());
    ::execve(p.path, p.argv, p.envp);
    fail(kStageExec);
    ::_exit(127); // not reached: fail() exits
}

// Moves a descriptor above 2, so that dup2 onto 0..2 in the child can never clobber it.
int highFd(int fd)
{
    if (fd < 0 || fd > 2)
        return fd;
    const int moved = ::fcntl(fd, F_DUPFD_CLOEXEC, 3);
    ::close(fd);
    return moved;
}

struct Totals
{
    std::int64_t userUs = 0;
    std::int64_t sysUs = 0;
    std::int64_t maxRssKib = 0;
    std::int64_t nvcsw = 0;
    std::int64_t nivcsw = 0;
    std::int64_t minflt = 0;
    std::int64_t majflt = 0;

    static std::int64_t us(const timeval &tv)
    {
        return std::int64_t(tv.tv_sec) * 1000000 + tv.tv_usec;
    }
    void add(const rusage &ru)
    {
        userUs += us(ru.ru_utime);
        sysUs += us(ru.ru_stime);
        maxRssKib = std::max<std::int64_t>(maxRssKib, ru.ru_maxrss); // KiB on Linux
        nvcsw += ru.ru_nvcsw;
        nivcsw += ru.ru_nivcsw;
        minflt += ru.ru_minflt;
        majflt += ru.ru_majflt;
    }
};

struct Stream
{
    int fd = -1; // our read end; -1 when closed or not captured
    int childFd = -1;
    OutputSink sink;
};

// The launcher's own peak of this image: getrusage(RUSAGE_SELF) would include its caller's
// pre-exec peak, which Linux folds into ru_maxrss at execve.
// Asked after every run: the status file (costly to generate) is read again only when the
// launcher has taken a page fault since, the only way its resident size can have grown.
std::int64_t ownPeakKib()
{
    static const int fd = ::open("/proc/self/status", O_RDONLY | O_CLOEXEC);
    static long faultsAtLastRead = -1;
    static std::int64_t peak = kUnknown;
    rusage self{};
    ::getrusage(RUSAGE_SELF, &self);
    const long faults = self.ru_minflt + self.ru_majflt;
    if (fd < 0 || faults == faultsAtLastRead)
        return peak;
    char buffer[4096];
    const ssize_t n = ::pread(fd, buffer, sizeof buffer - 1, 0);
    if (n <= 0)
        return kUnknown;
    buffer[n] = '\0';
    const char *hwm = std::strstr(buffer, "VmHWM:");
    peak = hwm ? std::strtoll(hwm + 6, nullptr, 10) : kUnknown;
    // The read itself may fault (its buffer on the stack): count from after it.
    ::getrusage(RUSAGE_SELF, &self);
    faultsAtLastRead = self.ru_minflt + self.ru_majflt;
    return peak;
}

// What outlives one run: the cgroups (created once), the signal pipe and, in session mode, the
// requests waiting on stdin.
struct LinuxSession
{
    bool session = false;
    bool cgroupsTried = false;
    linuxcg::Cgroups cgroups;
    linuxcg::Notes cgroupNotes; // from their creation: repeated in every run's records
    posix::SignalPipe signals;
    LineBuffer input;
    bool inputClosed = false;
    bool endRequested = false; // stdin closed or a terminating signal: no further run
    std::int64_t run = 0;      // the current run's number
    // Queued requests withdrawn by `cancel N` before their turn: counted, never run.
    std::set<std::int64_t> withdrawn;
    int devNull = -1;                // opened once: every counted run's three streams
    linuxspawn::Spawner spawner;     // creates the programs of a session (spawner_linux.cpp)
    unsigned admittedGeneration = 0; // the spawner that joined the cgroups (Cgroups::admit)

    // Its programs start in the groups it joined.
    bool spawnerAdmitted() const
    {
        return admittedGeneration == spawner.generation() && cgroups.anyAdmitted();
    }

    // A `cancel N` for a request not yet started withdraws it; one for an earlier run is stale.
    void withdraw(std::int64_t seq)
    {
        if (seq > run)
            withdrawn.insert(seq);
    }
};

class LinuxRun
{
public:
    LinuxRun(const Options &options, ProtocolWriter &out, LinuxSession &session)
        : m_o(options)
        , m_out(out)
        , m_session(session)
        , m_cgroups(options.useCgroups ? session.cgroups : m_noCgroups)
    {}
    ~LinuxRun();
    int run();

private:
    bool prepare();
    bool openStream(Stream *stream, const std::string &path, const char *code);
    void prepareProcessCap();
    bool spawn();
    // The two ways of creating the program; both fill the same reply. False: not attempted.
    bool spawnThroughSpawner(const ChildPlan &plan, Reply *reply);
    bool forkChild(const ChildPlan &plan, Reply *reply);
    void admitSpawner();
    void watch();
    void readStream(Stream *stream);
    void reapAvailable();
    void reapAll();
    void killTree();
    void cancel();
    void emitResult();
    void readSessionInput();
    void writePreamble();
    bool treeIsEmpty() const;
    // Writes the `error` record; returns false, for `return refuse(...)` in bool functions.
    bool refuse(const char *code, int error, const std::string &text);

    const Options &m_o;
    ProtocolWriter &m_out;
    LinuxSession &m_session;
    linuxcg::Cgroups m_noCgroups; // never set up: what a --no-cgroup run sees
    linuxcg::Cgroups &m_cgroups;
    std::string m_path;
    posix::ArgVector m_environment{{}};
    bool m_ownEnvironment = false;
    int m_null = -1;    // the session's, not ours to close
    int m_stdinFd = -1; // -1: the null device
    Stream m_stdout;
    Stream m_stderr;
    linuxcg::Notes m_notes;
    Limits m_limits;
    bool m_setProcessLimit = false;
    rlim_t m_processLimit = 0;
    bool m_switchUser = false;
    uid_t m_uid = 0;
    gid_t m_gid = 0;
    bool m_preambleWritten = false;
    std::int64_t m_cpuBaseUs = 0;

    pid_t m_pid = -1;
    int m_pidFd = -1; // readable when the program ends: one wake-up less than SIGCHLD's pipe
    std::int64_t m_forkNs = 0;
    std::int64_t m_execNs = 0;
    std::int64_t m_exitNs = 0;
    bool m_exited = false;
    int m_status = 0;
    Totals m_totals;
    std::int64_t m_reapedCpuUs = 0; // of processes other than the program itself
    bool m_killed = false;
    std::int64_t m_lastKillNs = 0;
    bool m_timedOut = false;
    bool m_cancelled = false;
    std::int64_t m_leftovers = 0;
};

LinuxRun::~LinuxRun()
{
    for (int fd :
         {m_stdinFd, m_stdout.fd, m_stderr.fd, m_stdout.childFd, m_stderr.childFd, m_pidFd}) {
        if (fd >= 0)
            ::close(fd);
    }
}

bool LinuxRun::refuse(const char *code, int error, const std::string &text)
{
    m_out.error(code, error, text);
    return false;
}

bool LinuxRun::openStream(Stream *stream, const std::string &path, const char *code)
{
    if (path.empty()) {
        stream->childFd = -1; // the null device
        return true;
    }
    if (!stream->sink.open(path, m_o.outputCapBytes)) {
        refuse(code, errno,
               std::string("cannot create ") + code + " file " + path + ": " +
                   posix::errorText(errno));
        return false;
    }
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) {
        return refuse("internal", errno, "pipe: " + posix::errorText(errno));
    }
    // A larger pipe means fewer wake-ups while a chatty program writes.
    ::fcntl(fds[0], F_SETPIPE_SZ, 1 << 20);
    posix::setNonBlocking(fds[0]);
    stream->fd = highFd(fds[0]);
    stream->childFd = highFd(fds[1]);
    return true;
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
    int error = 0;
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
    m_path = posix::resolveProgram(m_o.command[0], &error, searchPath);
    if (m_path.empty()) {
        const std::string &name = m_o.command[0];
        if (error == ENOENT || error == ENOTDIR)
            return refuse("not_found", error, "program not found: " + name);
        if (error == EACCES)
            return refuse("permission_denied", error, "not an executable file: " + name);
        return refuse("not_found", error, name + ": " + posix::errorText(error));
    }
    if (!m_o.user.empty()) {
        std::string message;
        if (::geteuid() != 0)
            return refuse("user", EPERM, "--user needs the launcher to run as root");
        if (!posix::lookupUser(m_o.user, &m_uid, &m_gid, &message))
            return refuse("user", 0, message);
        m_switchUser = true;
    }
    if (m_session.devNull < 0)
        m_session.devNull = highFd(::open("/dev/null", O_RDWR | O_CLOEXEC));
    m_null = m_session.devNull;
    if (m_null < 0)
        return refuse("internal", errno, "/dev/null: " + posix::errorText(errno));
    if (!m_o.stdinPath.empty()) {
        m_stdinFd = highFd(::open(m_o.stdinPath.c_str(), O_RDONLY | O_CLOEXEC));
        if (m_stdinFd < 0)
            return refuse("stdin", errno,
                          "cannot open standard input file " + m_o.stdinPath + ": " +
                              posix::errorText(errno));
    }
    if (!openStream(&m_stdout, m_o.stdoutPath, "stdout") ||
        !openStream(&m_stderr, m_o.stderrPath, "stderr"))
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

bool LinuxRun::spawn()
{
    posix::ArgVector argv(m_o.command);
    ChildPlan plan;
    plan.path = m_path.c_str();
    plan.argv = argv.pointers.data();
    plan.envp = m_ownEnvironment ? m_environment.pointers.data() : environ;
    plan.cwd = m_o.workingDirectory.empty() ? nullptr : m_o.workingDirectory.c_str();
    plan.stdinFd = m_stdinFd >= 0 ? m_stdinFd : m_null;
    plan.stdoutFd = m_stdout.childFd >= 0 ? m_stdout.childFd : m_null;
    plan.stderrFd = m_stderr.childFd >= 0 ? m_stderr.childFd : m_null;
    plan.joinFds = &m_cgroups.joinFds();
    plan.requiredJoin = m_o.requireProcessCap ? m_cgroups.processCapJoinIndex() : -1;
    plan.setProcessLimit = m_setProcessLimit;
    plan.processLimit = m_processLimit;
    plan.switchUser = m_switchUser;
    plan.uid = m_uid;
    plan.gid = m_gid;
    plan.launcher = ::getpid();

    Reply reply{};
    m_forkNs = posix::monotonicNs();
    const bool throughSpawner =
        m_session.session && m_o.useSpawner && spawnThroughSpawner(plan, &reply);
    if (!throughSpawner) {
        m_forkNs = posix::monotonicNs();
        if (!forkChild(plan, &reply))
            return false;
    }
    for (int *fd : {&m_stdout.childFd, &m_stderr.childFd}) {
        if (*fd >= 0)
            ::close(*fd);
        *fd = -1;
    }
    if (reply.pid < 0)
        return refuse("spawn_failed", -reply.pid, "fork: " + posix::errorText(-reply.pid));
    m_pid = reply.pid;
    // On the fork path both sides set it, so neither can race the other; the spawner's child has
    // set it before it executed.
    if (!throughSpawner)
        ::setpgid(m_pid, m_pid);
    for (std::size_t i = 0; i < plan.joinFds->size(); ++i) {
        if (!(reply.joinFailed & (1U << i)))
            continue;
        m_notes.emplace_back("cgroup_join_failed", "the program could not join a cgroup: " +
                                                       posix::errorText(reply.joinError));
        m_cgroups.forgetJoin(static_cast<int>(i));
    }
    if (reply.stage == kStageNone && reply.execNs != 0) {
        m_execNs = reply.execNs;
#ifdef SYS_pidfd_open
        m_pidFd = static_cast<int>(::syscall(SYS_pidfd_open, m_pid, 0));
#endif
        return true;
    }

    int status = 0;
    while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) {
    }
    m_pid = -1;
    const std::string &name = m_o.command[0];
    const int e = reply.error;
    switch (reply.stage) {
    case kStageExec:
        if (e == ENOENT)
            return refuse("not_found", e,
                          "cannot execute " + name +
                              ": No such file or directory (a missing interpreter?)");
        if (e == EACCES)
            return refuse("permission_denied", e, "permission denied: " + name);
        if (e == ENOEXEC)
            return refuse("bad_executable", e, "not an executable format: " + name);
        return refuse("exec_failed", e, "cannot execute " + name + ": " + posix::errorText(e));
    case kStageCwd:
        return refuse("cwd", e,
                      "cannot change to working directory " + m_o.workingDirectory + ": " +
                          posix::errorText(e));
    case kStageUser:
        return refuse("user", e, "cannot switch to user " + m_o.user + ": " + posix::errorText(e));
    case kStageCgroup:
        return refuse("cgroup", e, "cannot join the process-cap cgroup: " + posix::errorText(e));
    case kStageLimits:
        return refuse("limits", e, "cannot set the process limit: " + posix::errorText(e));
    case kStageStdio:
        return refuse("internal", e, "cannot set up standard streams: " + posix::errorText(e));
    default:
        return refuse("spawn_failed", e, "the launcher's child died before it could run " + name);
    }
}

void LinuxRun::admitSpawner()
{
    linuxspawn::Spawner &spawner = m_session.spawner;
    if (!spawner.ensureStarted() || m_session.admittedGeneration == spawner.generation())
        return;
    m_cgroups.admit(spawner.pid());
    m_session.admittedGeneration = spawner.generation();
}

bool LinuxRun::spawnThroughSpawner(const ChildPlan &plan, Reply *reply)
{
    linuxspawn::Spawner &spawner = m_session.spawner;
    // Its children start in the groups it is in: a run without cgroups must not.
    if (!m_o.useCgroups && m_session.spawnerAdmitted())
        return false;
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (m_o.useCgroups)
            admitSpawner(); // a new one, if the last has died
        else if (!spawner.ensureStarted())
            return false;
        if (spawner.pid() < 0)
            return false;
        const bool admitted = m_o.useCgroups && m_session.spawnerAdmitted();

        Request header{};
        header.launcher = plan.launcher;
        header.requiredJoin = -1;
        header.argc = static_cast<uint32_t>(m_o.command.size());
        std::vector<const char *> strings{plan.path, plan.cwd ? plan.cwd : ""};
        for (char **arg = plan.argv; *arg; ++arg)
            strings.push_back(*arg);
        for (char **entry = plan.envp; *entry; ++entry)
            strings.push_back(*entry);
        header.envc = static_cast<uint32_t>(strings.size() - 2 - header.argc);
        std::vector<int> fds{plan.stdinFd, plan.stdoutFd, plan.stderrFd};
        std::vector<int> joinIndex; // the sent joins' indices in plan.joinFds
        for (std::size_t i = 0; i < plan.joinFds->size(); ++i) {
            const bool spawnerThere = admitted && m_cgroups.admitted(i);
            if ((*plan.joinFds)[i] < 0 || spawnerThere)
                continue; // the child starts there already
            if (static_cast<int>(i) == plan.requiredJoin)
                header.requiredJoin = static_cast<int32_t>(joinIndex.size());
            joinIndex.push_back(static_cast<int>(i));
            fds.push_back((*plan.joinFds)[i]);
        }
        header.joinCount = static_cast<uint32_t>(joinIndex.size());
        header.flags =
            (plan.setProcessLimit ? kSetProcessLimit : 0U) | (plan.switchUser ? kSwitchUser : 0U);
        header.processLimit = plan.processLimit;
        header.uid = plan.uid;
        header.gid = plan.gid;
        Reply sent{};
        if (!spawner.spawn(header, strings, fds, &sent)) {
            if (spawner.pid() < 0)
                continue; // it had died: once more with another
            return false;
        }
        *reply = sent;
        reply->joinFailed = 0; // back to indices in plan.joinFds
        for (std::size_t i = 0; i < joinIndex.size(); ++i) {
            if (sent.joinFailed & (1U << i))
                reply->joinFailed |= 1U << joinIndex[i];
        }
        return true;
    }
    return false;
}

bool LinuxRun::forkChild(const ChildPlan &plan, Reply *reply)
{
    int report[2];
    if (::pipe2(report, O_CLOEXEC) != 0)
        return refuse("internal", errno, "pipe: " + posix::errorText(errno));
    ChildPlan forked = plan;
    forked.reportFd = report[1];
    // No signal may run the launcher's handler in the child before it has reset them.
    sigset_t all, previous;
    sigfillset(&all);
    ::sigprocmask(SIG_SETMASK, &all, &previous);
    // fork, not vfork or CLONE_VM: Linux folds the peak of the image a process leaves at execve
    // into its ru_maxrss, and with shared memory that image would be the launcher's.
    const pid_t pid = ::fork();
    if (pid == 0)
        childMain(forked);
    const int forkError = errno;
    ::sigprocmask(SIG_SETMASK, &previous, nullptr);
    ::close(report[1]);
    if (pid < 0) {
        ::close(report[0]);
        reply->pid = -forkError;
        return true;
    }
    reply->pid = pid;
    ChildReport r{};
    ssize_t n;
    while ((n = ::read(report[0], &r, sizeof r)) == sizeof r || (n < 0 && errno == EINTR)) {
        if (n < 0)
            continue;
        if (r.kind == kReportExecTime) {
            reply->execNs = r.value;
        } else if (r.kind == kReportFailure) {
            reply->stage = static_cast<int32_t>(r.value);
            reply->error = r.error;
        } else if (r.kind == kReportJoinFailed) {
            reply->joinFailed |= 1U << r.value;
            reply->joinError = r.error;
        }
    }
    ::close(report[0]);
    if (reply->stage == kStageNone && reply->execNs == 0)
        reply->stage = -1; // died before it reported anything
    return true;
}

void LinuxRun::readStream(Stream *stream)
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

void LinuxRun::reapAvailable()
{
    for (;;) {
        int status = 0;
        rusage ru{};
        const pid_t pid = ::wait4(-1, &status, WNOHANG | __WALL, &ru);
        if (pid <= 0)
            return;
        const std::int64_t now = posix::monotonicNs();
        if (m_session.spawner.reaped(pid))
            continue;
        m_totals.add(ru);
        if (pid == m_pid) {
            m_exited = true;
            m_exitNs = now;
            m_status = status;
        } else {
            m_reapedCpuUs += Totals::us(ru.ru_utime) + Totals::us(ru.ru_stime);
        }
    }
}

void LinuxRun::reapAll()
{
    const std::int64_t deadline = posix::monotonicNs() + kKillBudgetNs;
    for (;;) {
        int status = 0;
        rusage ru{};
        const pid_t pid = ::wait4(-1, &status, WNOHANG | __WALL, &ru);
        if (pid > 0) {
            if (!m_session.spawner.reaped(pid))
                m_totals.add(ru);
            continue;
        }
        // The spawner stays: it is the launcher's child, not the program's tree.
        if ((pid < 0 && errno == ECHILD) || posix::monotonicNs() > deadline ||
            !linuxproc::hasChildrenBesides(m_session.spawner.pid()))
            return;
        ::usleep(1000);
    }
}

void LinuxRun::killTree()
{
    m_killed = true;
    m_lastKillNs = posix::monotonicNs();
    ::kill(-m_pid, SIGKILL);
    if (m_cgroups.canList()) {
        m_cgroups.killAll(m_lastKillNs + kKillBudgetNs);
        return;
    }
    // Without a cgroup: everything below the launcher, which as subreaper also holds the orphans
    // and those that left the process group.
    while (posix::monotonicNs() < m_lastKillNs + kKillBudgetNs) {
        const std::vector<pid_t> pids = linuxproc::descendants(::getpid(), m_session.spawner.pid());
        if (pids.empty())
            break;
        for (pid_t pid : pids)
            ::kill(pid, SIGKILL);
        ::usleep(500);
    }
}

void LinuxRun::cancel()
{
    if (m_exited || m_killed)
        return;
    m_cancelled = true;
    killTree();
}

void LinuxRun::readSessionInput()
{
    char buffer[4096];
    const ssize_t n = ::read(0, buffer, sizeof buffer);
    if (n > 0) {
        m_session.input.append(buffer, static_cast<std::size_t>(n));
    } else if (n == 0 || (errno != EINTR && errno != EAGAIN)) {
        m_session.inputClosed = true;
        m_session.endRequested = true;
        cancel();
    }
    // A cancel for this run (or for any) applies now; one for an earlier run is stale. Every other
    // request waits for its turn.
    auto &lines = m_session.input.lines();
    for (auto it = lines.begin(); it != lines.end();) {
        std::int64_t seq = 0;
        if (!isCancelRequest(*it, &seq)) {
            ++it;
            continue;
        }
        if (seq == 0 || seq == m_session.run)
            cancel();
        else
            m_session.withdraw(seq);
        it = lines.erase(it);
    }
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

bool LinuxRun::treeIsEmpty() const
{
    if (m_cgroups.canList() && !m_cgroups.processes().empty())
        return false;
    return linuxproc::descendants(::getpid(), m_session.spawner.pid()).empty();
}

void LinuxRun::watch()
{
    linuxproc::TreeSampler sampler(m_cgroups, ::getpid(), m_execNs, m_cpuBaseUs,
                                   m_session.spawner.pid());
    const std::int64_t sampleNs = m_o.sampleMs * kMs;
    std::int64_t nextSample = sampleNs > 0 ? m_execNs + sampleNs : LLONG_MAX;
    const std::int64_t deadline = m_o.timeoutMs > 0 ? m_execNs + m_o.timeoutMs * kMs : LLONG_MAX;
    std::int64_t drainUntil = LLONG_MAX;
    bool watchStdin = m_o.cancelOnStdinEof && !m_session.session;
    bool leftoversHandled = false;

    for (;;) {
        std::int64_t now = posix::monotonicNs();
        if (m_exited && !leftoversHandled) {
            // The program is done; whatever it left running is killed, so its pipes can close.
            leftoversHandled = true;
            if (m_session.session && m_session.input.hasLine())
                m_session.spawner.nudge();
            m_leftovers = static_cast<std::int64_t>(sampler.members().size());
            if (m_leftovers > 0)
                killTree();
            drainUntil = posix::monotonicNs() + kKillBudgetNs;
        }
        if (m_exited && ((m_stdout.fd < 0 && m_stderr.fd < 0) || now >= drainUntil))
            break;

        std::int64_t wakeAt = drainUntil;
        if (!m_exited) {
            wakeAt = std::min({wakeAt, nextSample, m_killed ? m_lastKillNs + kRekillNs : deadline});
        }
        const int timeout = wakeAt == LLONG_MAX ? -1
                                                : static_cast<int>(std::clamp<std::int64_t>(
                                                      (wakeAt - now + kMs - 1) / kMs, 0, INT_MAX));
        const bool sessionInput = m_session.session && !m_session.inputClosed;
        pollfd fds[6] = {{m_session.signals.readFd(), POLLIN, 0},
                         {m_stdout.fd, POLLIN, 0},
                         {m_stderr.fd, POLLIN, 0},
                         {watchStdin ? 0 : -1, POLLIN, 0},
                         {m_exited ? -1 : m_pidFd, POLLIN, 0},
                         {sessionInput ? 0 : -1, POLLIN, 0}};
        if (::poll(fds, 6, timeout) < 0 && errno != EINTR)
            break;
        if (fds[4].revents)
            reapAvailable(); // the pidfd: one wake-up less than SIGCHLD's handler and pipe
        if (fds[0].revents) {
            if (m_session.signals.drain()) {
                m_session.endRequested = true;
                cancel();
            }
            reapAvailable();
        }
        if (fds[5].revents)
            readSessionInput();
        if (fds[1].revents)
            readStream(&m_stdout);
        if (fds[2].revents)
            readStream(&m_stderr);
        if (fds[3].revents) {
            char scratch[256];
            const ssize_t n = ::read(0, scratch, sizeof scratch);
            if (n == 0 || (n < 0 && errno != EINTR && errno != EAGAIN)) {
                watchStdin = false;
                cancel();
            }
        }
        now = posix::monotonicNs();
        if (m_exited)
            continue;
        if (!m_killed && now >= deadline) {
            m_timedOut = true;
            killTree();
        } else if (m_killed && now >= m_lastKillNs + kRekillNs) {
            killTree(); // a process that was forking while we killed
        }
        if (now >= nextSample && !m_killed) {
            Sample s = sampler.take(now, m_reapedCpuUs);
            s.elapsedMs = (now - m_execNs) / kMs;
            // No live process: the program has just ended (a zombie not yet reaped).
            if (s.processes > 0) {
                writePreamble();
                m_out.sample(s);
            }
            // Sampling by /proc scan is costly on a busy machine: keep it under ~10% of a core.
            nextSample = now + std::max(sampleNs, 10 * sampler.lastCostNs());
        }
    }
}

void LinuxRun::emitResult()
{
    RunResult r;
    r.wallNs = m_exitNs - m_execNs;
    r.spawnNs = m_execNs - m_forkNs;
    r.userUs = m_totals.userUs;
    r.sysUs = m_totals.sysUs;
    r.maxRssKib = m_totals.maxRssKib;
    r.voluntaryContextSwitches = m_totals.nvcsw;
    r.involuntaryContextSwitches = m_totals.nivcsw;
    r.minorFaults = m_totals.minflt;
    r.majorFaults = m_totals.majflt;
    if (WIFEXITED(m_status)) {
        r.exitCode = WEXITSTATUS(m_status);
    } else if (WIFSIGNALED(m_status)) {
        r.signal = WTERMSIG(m_status);
        r.coreDumped = WCOREDUMP(m_status);
    }
    r.timedOut = m_timedOut;
    r.cancelled = m_cancelled;
    r.stdoutBytes = m_stdout.sink.kept();
    r.stdoutDropped = m_stdout.sink.dropped();
    r.stderrBytes = m_stderr.sink.kept();
    r.stderrDropped = m_stderr.sink.dropped();
    const std::int64_t peak = m_cgroups.memoryPeakBytes();
    r.cgroupPeakKib = peak >= 0 ? peak / 1024 : kUnknown;
    const std::int64_t oom = m_cgroups.oomKills();
    r.oomKilled = oom >= 0 ? (oom > 0 ? 1 : 0) : kUnknown;
    r.processLimitHits = m_cgroups.processLimitHits();
    r.leftoverProcesses = m_leftovers;
    r.launcherMaxRssKib = ownPeakKib();
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
    if (m_session.signals.drain()) {
        m_session.endRequested = true;
        refuse("cancelled", 0, "the launcher was asked to stop before the program started");
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

// Orphans of the program are re-parented to the launcher instead of init: they stay findable,
// killable, and their figures are reaped here.
bool startLauncher(LinuxSession &session, ProtocolWriter &out)
{
    ::prctl(PR_SET_CHILD_SUBREAPER, 1);
    if (!session.signals.install()) {
        out.error("internal", errno, "cannot install signal handlers");
        return false;
    }
    return true;
}

} // namespace

const char *probeOsName()
{
    return "linux";
}

int runProbe(const Options &options, ProtocolWriter &out)
{
    LinuxSession session;
    if (!startLauncher(session, out))
        return 1;
    int code = 0;
    {
        LinuxRun run(options, out, session);
        code = run.run();
    }
    session.cgroups.tearDown();
    return code;
}

int runSession(const Options &, ProtocolWriter &out)
{
    LinuxSession session;
    session.session = true;
    if (!startLauncher(session, out))
        return 1;
    // A run may end with stdin still open; its reads must never block the loop.
    posix::setNonBlocking(0);
    while (!session.endRequested) {
        if (!session.input.hasLine()) {
            if (session.inputClosed)
                break;
            pollfd fds[2] = {{0, POLLIN, 0}, {session.signals.readFd(), POLLIN, 0}};
            if (::poll(fds, 2, -1) < 0 && errno != EINTR)
                break;
            if (fds[1].revents && session.signals.drain())
                break;
            if (fds[1].revents) {
                // SIGCHLD of nobody we know: nothing of a finished run is left running.
                pid_t pid;
                while ((pid = ::waitpid(-1, nullptr, WNOHANG | __WALL)) > 0)
                    session.spawner.reaped(pid);
            }
            if (fds[0].revents) {
                char buffer[4096];
                const ssize_t n = ::read(0, buffer, sizeof buffer);
                if (n > 0)
                    session.input.append(buffer, static_cast<std::size_t>(n));
                else if (n == 0 || (errno != EINTR && errno != EAGAIN))
                    session.inputClosed = true;
            }
            continue;
        }
        const std::string line = session.input.takeLine();
        std::int64_t seq = 0;
        if (line.empty())
            continue;
        if (isCancelRequest(line, &seq)) {
            session.withdraw(seq); // between runs nothing is left to kill
            continue;
        }
        std::vector<std::string> words;
        std::string error;
        const bool split = splitRequest(line, &words, &error);
        if (!split || words.empty() || words[0] != "run") {
            out.setRun(0);
            out.note("bad_request",
                     split ? "a request starts with `run` or `cancel`" : "bad request: " + error);
            continue;
        }
        session.run += 1;
        if (session.withdrawn.erase(session.run) != 0)
            continue;
        out.setRun(session.run);
        words.erase(words.begin());
        const ParsedOptions parsed = parseOptions(words);
        if (!parsed.ok || parsed.options.session || parsed.options.help || parsed.options.version) {
            out.error("usage", 0, parsed.ok ? "not an option for a run" : parsed.error);
        } else {
            LinuxRun run(parsed.options, out, session);
            run.run();
        }
        out.setRun(0);
    }
    session.spawner.shutdown(); // it is in the groups: they can only be removed once it has gone
    session.cgroups.tearDown();
    return 0;
}

} // namespace fcl
