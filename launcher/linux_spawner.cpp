#include "linux_spawner.h"

#include "posix_util.h"

#include <cerrno>
#include <climits>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

namespace fcl::linuxspawn {

namespace {

std::string besideLauncher(const char *name)
{
    char self[PATH_MAX];
    const ssize_t n = ::readlink("/proc/self/exe", self, sizeof self - 1);
    if (n <= 0)
        return {};
    self[n] = '\0';
    char *slash = std::strrchr(self, '/');
    if (!slash)
        return {};
    slash[1] = '\0';
    return std::string(self) + name;
}

} // namespace

Spawner::~Spawner()
{
    stop();
}

bool Spawner::ensureStarted()
{
    if (m_pid > 0)
        return true;
    return !m_unavailable && start();
}

void Spawner::shutdown()
{
    const pid_t pid = m_pid;
    stop();
    if (pid <= 0)
        return;
    // It exits at the end of file; wait4 for that one pid only, so no run's figures are taken.
    while (::waitpid(pid, nullptr, __WALL) < 0 && errno == EINTR) {
    }
    reaped(pid);
}

bool Spawner::start()
{
    const std::string path = besideLauncher("fastercodes-spawner");
    if (path.empty() || ::access(path.c_str(), X_OK) != 0) {
        m_unavailable = true;
        return false;
    }
    int pair[2];
    if (::socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, pair) != 0) {
        m_unavailable = true;
        return false;
    }
    const int devNull = ::open("/dev/null", O_RDWR | O_CLOEXEC);
    char *const argv[] = {const_cast<char *>("fastercodes-spawner"), nullptr};
    char *const envp[] = {nullptr};
    const pid_t launcher = ::getpid();
    sigset_t all, previous;
    sigfillset(&all);
    ::sigprocmask(SIG_SETMASK, &all, &previous);
    const pid_t pid = ::fork();
    if (pid == 0) {
        // Its descriptors: 0..2 the null device (never the launcher's protocol pipes), 3 the
        // socket. Everything it does not reset, every program inherits.
        posix::SignalPipe::resetInChild();
        if (devNull < 0 || ::dup2(devNull, 0) < 0 || ::dup2(devNull, 1) < 0 ||
            ::dup2(devNull, 2) < 0 || ::dup2(pair[1], 3) < 0 ||
            ::fcntl(3, F_SETFD, 0) < 0) // dup2 onto itself would keep close-on-exec
            ::_exit(127);
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != launcher)
            ::_exit(127);
#ifdef SYS_close_range
        ::syscall(SYS_close_range, 4U, ~0U, 4U /* CLOSE_RANGE_CLOEXEC */);
#endif
        ::execve(path.c_str(), argv, envp);
        ::_exit(127);
    }
    ::sigprocmask(SIG_SETMASK, &previous, nullptr);
    if (devNull >= 0)
        ::close(devNull);
    ::close(pair[1]);
    if (pid < 0) {
        ::close(pair[0]);
        m_unavailable = true;
        return false;
    }
    m_pid = pid;
    m_socket = pair[0];
    ++m_generation;
    return true;
}

void Spawner::stop()
{
    if (m_socket >= 0)
        ::close(m_socket); // it ends on end of file
    m_socket = -1;
    if (m_pid > 0)
        m_retired.push_back(m_pid);
    m_pid = -1;
}

void Spawner::nudge()
{
    if (m_socket >= 0)
        ::send(m_socket, "n", spawnproto::kNudgeBytes, MSG_NOSIGNAL | MSG_DONTWAIT);
}

bool Spawner::reaped(pid_t pid)
{
    if (pid <= 0)
        return false;
    if (pid == m_pid) {
        stop();
        m_retired.pop_back();
        return true;
    }
    for (auto it = m_retired.begin(); it != m_retired.end(); ++it) {
        if (*it == pid) {
            m_retired.erase(it);
            return true;
        }
    }
    return false;
}

bool Spawner::spawn(const child::Spec &spec, spawnproto::Reply *reply)
{
    using namespace spawnproto;
    Request header = spec.settings;
    const std::size_t fdCount = kStdFds + header.joinCount;
    if (m_unavailable || m_pid < 0 || header.joinCount > kMaxJoins)
        return false;
    // The header goes in front once its size is known; then path, working directory, argv, envp.
    m_buffer.resize(sizeof header);
    auto add = [this](const char *s) {
        m_buffer.insert(m_buffer.end(), s, s + std::strlen(s) + 1);
    };
    add(spec.path);
    add(spec.cwd);
    header.argc = 0;
    for (char *const *arg = spec.argv; *arg; ++arg, ++header.argc)
        add(*arg);
    header.envc = 0;
    for (char *const *entry = spec.envp; *entry; ++entry, ++header.envc)
        add(*entry);
    const std::size_t size = m_buffer.size();
    if (size > kMaxRequestBytes || header.argc + header.envc > kMaxStrings)
        return false;
    header.magic = kMagic;
    header.size = static_cast<uint32_t>(size);
    std::memcpy(m_buffer.data(), &header, sizeof header);

    iovec iov{m_buffer.data(), size};
    alignas(cmsghdr) char control[CMSG_SPACE((kStdFds + kMaxJoins) * sizeof(int))] = {};
    msghdr message{};
    message.msg_iov = &iov;
    message.msg_iovlen = 1;
    message.msg_control = control;
    message.msg_controllen = CMSG_SPACE(fdCount * sizeof(int));
    cmsghdr *c = CMSG_FIRSTHDR(&message);
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_RIGHTS;
    c->cmsg_len = CMSG_LEN(fdCount * sizeof(int));
    std::memcpy(CMSG_DATA(c), spec.fds, fdCount * sizeof(int));
    ssize_t n;
    while ((n = ::sendmsg(m_socket, &message, MSG_NOSIGNAL)) < 0 && errno == EINTR) {
    }
    if (n != static_cast<ssize_t>(size)) {
        stop(); // it has gone (its end of the socket is closed) and took nothing with it
        return false;
    }
    // The reply comes once the child has executed (or failed): the spawner waits for that.
    while ((n = ::recv(m_socket, reply, sizeof *reply, 0)) < 0 && errno == EINTR) {
    }
    if (n != static_cast<ssize_t>(sizeof *reply)) {
        stop();
        return false;
    }
    if (reply->pid == -EINVAL && reply->stage == kStageNone) {
        // It refused the request as malformed: a bug on one side, not the user's; fork instead.
        m_unavailable = true;
        stop();
        return false;
    }
    return true;
}

} // namespace fcl::linuxspawn
