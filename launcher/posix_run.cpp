#include "posix_run.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace fcl {

PosixRun::PosixRun(const Options &options, ProtocolWriter &out, posix::SignalPipe &signals)
    : m_o(options)
    , m_out(out)
    , m_signals(signals)
{}

PosixRun::~PosixRun()
{
    for (int fd : {m_stdinFd, m_stdout.fd, m_stderr.fd, m_stdout.childFd, m_stderr.childFd}) {
        if (fd >= 0)
            ::close(fd);
    }
}

bool PosixRun::refuse(const char *code, int error, const std::string &text)
{
    m_out.error(code, error, text);
    return false;
}

bool PosixRun::resolveProgram(const char *searchPath)
{
    int error = 0;
    m_path = posix::resolveProgram(m_o.command[0], &error, searchPath);
    if (!m_path.empty())
        return true;
    const std::string &name = m_o.command[0];
    if (error == ENOENT || error == ENOTDIR)
        return refuse("not_found", error, "program not found: " + name);
    if (error == EACCES)
        return refuse("permission_denied", error, "not an executable file: " + name);
    return refuse("not_found", error, name + ": " + posix::errorText(error));
}

bool PosixRun::lookUpUser(uid_t *uid, gid_t *gid)
{
    std::string message;
    if (::geteuid() != 0)
        return refuse("user", EPERM, "--user needs the launcher to run as root");
    if (!posix::lookupUser(m_o.user, uid, gid, &message))
        return refuse("user", 0, message);
    return true;
}

bool PosixRun::openStreams()
{
    if (!m_o.stdinPath.empty()) {
        // O_NONBLOCK: a FIFO nobody writes must not hang the launcher here (once open, reading
        // one that no writer holds gives end-of-file).
        m_stdinFd = posix::highFd(::open(m_o.stdinPath.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK));
        if (m_stdinFd >= 0)
            ::fcntl(m_stdinFd, F_SETFL, 0);
        if (m_stdinFd < 0)
            return refuse("stdin", errno,
                          "cannot open standard input file " + m_o.stdinPath + ": " +
                              posix::errorText(errno));
    }
    return openStream(&m_stdout, m_o.stdoutPath, "stdout") &&
           openStream(&m_stderr, m_o.stderrPath, "stderr");
}

bool PosixRun::openStream(Stream *stream, const std::string &path, const char *code)
{
    if (path.empty())
        return true; // the null device
    if (!stream->sink.open(path, m_o.outputCapBytes)) {
        const int error = errno;
        // ELOOP from O_NOFOLLOW: a symlink where the file should be, never followed.
        // ENXIO from O_NONBLOCK: a FIFO nobody reads, never waited on.
        const std::string why = stream->sink.problem() ? stream->sink.problem()
                                : error == ELOOP       ? "a symbolic link, not followed"
                                : error == ENXIO       ? "not a regular file (a FIFO or a device)"
                                                       : posix::errorText(error);
        return refuse(code, error,
                      std::string("cannot create ") + code + " file " + path + ": " + why);
    }
    int fds[2];
    if (!posix::closeOnExecPipe(fds))
        return refuse("internal", errno, "pipe: " + posix::errorText(errno));
#ifdef F_SETPIPE_SZ
    // A larger pipe means fewer wake-ups while a chatty program writes.
    ::fcntl(fds[0], F_SETPIPE_SZ, 1 << 20);
#endif
    posix::setNonBlocking(fds[0]);
    stream->fd = posix::highFd(fds[0]);
    stream->childFd = posix::highFd(fds[1]);
    return true;
}

void PosixRun::closeChildEnds()
{
    for (int *fd : {&m_stdout.childFd, &m_stderr.childFd}) {
        if (*fd >= 0)
            ::close(*fd);
        *fd = -1;
    }
}

bool PosixRun::refuseExec(int e)
{
    const std::string &name = m_o.command[0];
    if (e == ENOENT)
        return refuse("not_found", e,
                      "cannot execute " + name +
                          ": No such file or directory (a missing interpreter?)");
    if (e == EACCES)
        return refuse("permission_denied", e, "permission denied: " + name);
    if (e == ENOEXEC)
        return refuse("bad_executable", e, "not an executable format: " + name);
    return refuse("exec_failed", e, "cannot execute " + name + ": " + posix::errorText(e));
}

void PosixRun::readStream(Stream *stream)
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

void PosixRun::killTree()
{
    m_killed = true;
    m_lastKillNs = posix::monotonicNs();
    killProcesses();
}

void PosixRun::cancel()
{
    if (m_exited || m_killed)
        return;
    m_cancelled = true;
    killTree();
}

void PosixRun::watch()
{
    const std::int64_t sampleNs = m_o.sampleMs * kMs;
    std::int64_t nextSample = sampleNs > 0 ? m_startNs + sampleNs : LLONG_MAX;
    const std::int64_t deadline = m_o.timeoutMs > 0 ? m_startNs + m_o.timeoutMs * kMs : LLONG_MAX;
    std::int64_t drainUntil = LLONG_MAX;
    bool watchStdin = watchesStdinEof();
    bool endHandled = false;

    for (;;) {
        std::int64_t now = posix::monotonicNs();
        if (m_exited && !endHandled) {
            endHandled = true;
            programEnded();
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
        pollfd fds[4 + kPlatformFds] = {{m_signals.readFd(), POLLIN, 0},
                                        {m_stdout.fd, POLLIN, 0},
                                        {m_stderr.fd, POLLIN, 0},
                                        {watchStdin ? 0 : -1, POLLIN, 0}};
        const int count = 4 + platformFds(fds + 4);
        if (::poll(fds, static_cast<nfds_t>(count), timeout) < 0 && errno != EINTR)
            break;
        platformEvents(fds + 4);
        if (fds[0].revents) {
            const bool terminate = m_signals.drain();
            if (terminate)
                cancel();
            signalsDrained(terminate);
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
                cancel();
            }
        }
        afterWake();
        now = posix::monotonicNs();
        if (m_exited)
            continue;
        if (!m_killed && now >= deadline) {
            m_timedOut = true;
            killTree();
        } else if (m_killed && now >= m_lastKillNs + kRekillNs) {
            killTree(); // a process that was forking while we killed
        }
        if (now >= nextSample && !m_killed)
            nextSample = now + takeSample(now, sampleNs);
    }
}

void PosixRun::fillOutcome(RunResult *r) const
{
    if (WIFEXITED(m_status)) {
        r->exitCode = WEXITSTATUS(m_status);
    } else if (WIFSIGNALED(m_status)) {
        r->signal = WTERMSIG(m_status);
        r->coreDumped = WCOREDUMP(m_status);
    }
    r->timedOut = m_timedOut;
    r->cancelled = m_cancelled;
    r->stdoutBytes = m_stdout.sink.kept();
    r->stdoutDropped = m_stdout.sink.dropped();
    r->stderrBytes = m_stderr.sink.kept();
    r->stderrDropped = m_stderr.sink.dropped();
    r->leftoverProcesses = m_leftovers;
}

} // namespace fcl
