// Creating the program of a Linux run: through the session's spawner, or with fork (the
// fallback for whatever the spawner cannot take). Both run the steps of child_steps.h and answer
// with the same reply.
#include "linux_fork.h"
#include "linux_run.h"

#include <cerrno>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace fcl {

using namespace spawnproto;

child::Spec LinuxRun::childSpec(const posix::ArgVector &argv, bool spawnerJoined,
                                std::vector<int> *joinIndex) const
{
    child::Spec spec;
    Request &s = spec.settings;
    spec.path = m_path.c_str();
    spec.cwd = m_o.workingDirectory.c_str();
    spec.argv = argv.pointers.data();
    spec.envp = m_ownEnvironment ? m_environment.pointers.data() : environ;
    spec.fds[0] = childStdin();
    spec.fds[1] = childStdout();
    spec.fds[2] = childStderr();
    s.requiredJoin = -1;
    const std::vector<int> &joins = m_cgroups.joinFds();
    const int required = m_o.requireProcessCap ? m_cgroups.processCapJoinIndex() : -1;
    joinIndex->clear();
    for (std::size_t i = 0; i < joins.size() && s.joinCount < kMaxJoins; ++i) {
        if (joins[i] < 0 || (spawnerJoined && m_cgroups.admitted(i)))
            continue; // the child starts there already
        if (static_cast<int>(i) == required)
            s.requiredJoin = static_cast<std::int32_t>(s.joinCount);
        joinIndex->push_back(static_cast<int>(i));
        spec.fds[kStdFds + s.joinCount++] = joins[i];
    }
    s.flags = (m_setProcessLimit ? kSetProcessLimit : 0U) | (m_switchUser ? kSwitchUser : 0U) |
              (m_o.cpu >= 0 ? kSetAffinity : 0U);
    s.cpu = m_o.cpu >= 0 ? static_cast<std::uint32_t>(m_o.cpu) : 0U;
    s.processLimit = m_processLimit;
    s.uid = m_uid;
    s.gid = m_gid;
    s.launcher = ::getpid();
    return spec;
}

bool LinuxRun::spawn()
{
    const posix::ArgVector argv(m_o.command);
    Reply reply{};
    std::vector<int> joinIndex; // the reply's join bits, as indices in Cgroups::joinFds()
    m_forkNs = posix::monotonicNs();
    const bool throughSpawner =
        m_session.session && m_o.useSpawner && spawnThroughSpawner(argv, &reply, &joinIndex);
    if (!throughSpawner) {
        reply = Reply{}; // nothing of a refused request
        const child::Spec spec = childSpec(argv, false, &joinIndex);
        m_forkNs = posix::monotonicNs();
        if (!linuxfork::forkProgram(spec, &reply))
            return refuse("internal", errno, "pipe: " + posix::errorText(errno));
    }
    closeChildEnds();
    if (reply.pid < 0)
        return refuse("spawn_failed", -reply.pid, "fork: " + posix::errorText(-reply.pid));
    m_pid = reply.pid;
    // On the fork path both sides set it, so neither can race the other; the spawner's child has
    // set it before it executed.
    if (!throughSpawner)
        ::setpgid(m_pid, m_pid);
    for (std::size_t i = 0; i < joinIndex.size(); ++i) {
        if (!(reply.joinFailed & (1U << i)))
            continue;
        m_notes.emplace_back("cgroup_join_failed", "the program could not join a cgroup: " +
                                                       posix::errorText(reply.joinError));
        m_cgroups.forgetJoin(joinIndex[i]);
    }
    if (reply.stage == kStageNone && reply.execNs != 0) {
        m_startNs = reply.execNs;
#ifdef SYS_pidfd_open
        m_pidFd = static_cast<int>(::syscall(SYS_pidfd_open, m_pid, 0));
#endif
        return true;
    }
    int status = 0;
    while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) {
    }
    m_pid = -1;
    return refuseChildFailure(reply);
}

bool LinuxRun::refuseChildFailure(const Reply &reply)
{
    const int e = reply.error;
    switch (reply.stage) {
    case kStageExec:
        return refuseExec(e);
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
    case kStageAffinity:
        return refuse("affinity", e,
                      "cannot pin the program to CPU " + std::to_string(m_o.cpu) + ": " +
                          posix::errorText(e));
    case kStageStdio:
        return refuse("internal", e, "cannot set up standard streams: " + posix::errorText(e));
    default:
        return refuse("spawn_failed", e,
                      "the launcher's child died before it could run " + m_o.command[0]);
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

bool LinuxRun::spawnThroughSpawner(const posix::ArgVector &argv, Reply *reply,
                                   std::vector<int> *joinIndex)
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
        if (spawner.spawn(childSpec(argv, admitted, joinIndex), reply))
            return true;
        if (spawner.pid() >= 0)
            return false;
        // It had died: once more with another.
    }
    return false;
}

} // namespace fcl
