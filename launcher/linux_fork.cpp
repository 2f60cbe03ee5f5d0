#include "linux_fork.h"

#include "posix_util.h"

#include <cerrno>
#include <csignal>
#include <cstdint>
#include <fcntl.h>
#include <grp.h>
#include <sched.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace fcl::linuxfork {

namespace {

using namespace spawnproto;

// What the forked child tells the launcher before it becomes the program, through a
// close-on-exec pipe (end of file after an exec-time record means execve succeeded).
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

long result(long value)
{
    return value < 0 ? -errno : value;
}

// The child's system calls through libc (async-signal-safe ones only: the child is a copy of the
// launcher's one thread); it reports through the pipe.
struct ForkOs
{
    int reportFd;

    void report(std::int32_t kind, std::int32_t error, std::int64_t value) const
    {
        const ChildReport r{kind, error, value};
        [[maybe_unused]] const ssize_t n = ::write(reportFd, &r, sizeof r);
    }
    long setpgid() { return result(::setpgid(0, 0)); }
    long write(int fd, const char *data, unsigned long size)
    {
        return result(::write(fd, data, size));
    }
    long dup2(int from, int to) { return result(::dup2(from, to)); }
    long chdir(const char *dir) { return result(::chdir(dir)); }
    void defaultSignals() { posix::SignalPipe::resetInChild(); }
    long setLimit(child::Limit which, std::uint64_t value)
    {
        const rlimit limit{static_cast<rlim_t>(value), static_cast<rlim_t>(value)};
        return result(
            ::setrlimit(which == child::Limit::Core ? RLIMIT_CORE : RLIMIT_NPROC, &limit));
    }
    long setgroups0() { return result(::setgroups(0, nullptr)); }
    long setAffinity(std::uint32_t cpu)
    {
        if (cpu >= CPU_SETSIZE)
            return -EINVAL;
        cpu_set_t set;
        CPU_ZERO(&set);
        CPU_SET(cpu, &set);
        return result(::sched_setaffinity(0, sizeof(set), &set));
    }
    long setgid(std::uint32_t gid) { return result(::setgid(gid)); }
    long setuid(std::uint32_t uid) { return result(::setuid(uid)); }
    void parentDeathSignal() { ::prctl(PR_SET_PDEATHSIG, SIGKILL); }
    long getppid() { return ::getppid(); }
    void closeInherited()
    {
#ifdef SYS_close_range
        ::syscall(SYS_close_range, 3U, ~0U, 4U /* CLOSE_RANGE_CLOEXEC */);
#endif
    }
    std::int64_t monotonicNs() { return posix::monotonicNs(); }
    long execve(const char *path, char *const *argv, char *const *envp)
    {
        return result(::execve(path, argv, envp));
    }
    void joinFailed(std::uint32_t join, long error)
    {
        report(kReportJoinFailed, static_cast<std::int32_t>(-error), join);
    }
    void execTime(std::int64_t ns) { report(kReportExecTime, 0, ns); }
    [[noreturn]] void fail(std::int32_t stage, long error)
    {
        report(kReportFailure, static_cast<std::int32_t>(-error), stage);
        ::_exit(127);
    }
    [[noreturn]] void exit(int code) { ::_exit(code); }
};

} // namespace

bool forkProgram(const child::Spec &spec, Reply *reply)
{
    int report[2];
    if (::pipe2(report, O_CLOEXEC) != 0)
        return false;
    // No signal may run the launcher's handler in the child before it has reset them.
    sigset_t all, previous;
    sigfillset(&all);
    ::sigprocmask(SIG_SETMASK, &all, &previous);
    // fork, not vfork or CLONE_VM: Linux folds the peak of the image a process leaves at execve
    // into its ru_maxrss, and with shared memory that image would be the launcher's.
    const pid_t pid = ::fork();
    if (pid == 0) {
        ForkOs os{report[1]};
        child::becomeProgram(spec, os);
    }
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
            reply->stage = static_cast<std::int32_t>(r.value);
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

} // namespace fcl::linuxfork
