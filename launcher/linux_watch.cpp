// Watching a Linux run: the program's exit through its pidfd, every reap (the launcher is a
// subreaper: orphans are reaped and counted here), the tree kill with or without cgroups, the
// session's requests that arrive meanwhile, and the live samples.
#include "linux_proctree.h"
#include "linux_run.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

namespace fcl {

bool LinuxRun::watchesStdinEof() const
{
    return m_o.cancelOnStdinEof && !m_session.session; // a session reads stdin itself
}

int LinuxRun::platformFds(pollfd *fds)
{
    const bool sessionInput = m_session.session && !m_session.inputClosed;
    // The pidfd: one wake-up less than SIGCHLD's handler and pipe.
    fds[0] = {m_exited ? -1 : m_pidFd, POLLIN, 0};
    fds[1] = {sessionInput ? 0 : -1, POLLIN, 0};
    return 2;
}

void LinuxRun::platformEvents(const pollfd *fds)
{
    if (fds[0].revents)
        reapAvailable();
    if (fds[1].revents)
        readSessionInput();
}

void LinuxRun::signalsDrained(bool terminate)
{
    if (terminate)
        m_session.endRequested = true;
    reapAvailable();
}

void LinuxRun::programEnded()
{
    if (m_session.session && m_session.input.hasLine())
        m_session.spawner.nudge();
    m_leftovers = static_cast<std::int64_t>(m_sampler->members().size());
    if (m_leftovers > 0)
        killTree();
}

std::int64_t LinuxRun::takeSample(std::int64_t now, std::int64_t sampleNs)
{
    Sample s = m_sampler->take(now, m_reapedCpuUs);
    s.elapsedMs = (now - m_startNs) / kMs;
    // No live process: the program has just ended (a zombie not yet reaped).
    if (s.processes > 0) {
        writePreamble();
        m_out.sample(s);
    }
    // Sampling by /proc scan is costly on a busy machine: keep it under ~10% of a core.
    return std::max(sampleNs, 10 * m_sampler->lastCostNs());
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

void LinuxRun::killProcesses()
{
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
    if (m_session.takeCancels())
        cancel();
}

bool LinuxRun::treeIsEmpty() const
{
    if (m_cgroups.canList() && !m_cgroups.processes().empty())
        return false;
    return linuxproc::descendants(::getpid(), m_session.spawner.pid()).empty();
}

} // namespace fcl
