#include "posix_util.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fcl::posix {

namespace {

int g_signalWriteFd = -1;
// Filled by SignalPipe::install(), read by children between fork and execve.
int g_resetSignals[NSIG + 5];
int g_resetCount = 0;

void onSignal(int signo)
{
    const int saved = errno;
    const auto byte = static_cast<unsigned char>(signo);
    [[maybe_unused]] const ssize_t n = ::write(g_signalWriteFd, &byte, 1);
    errno = saved;
}

bool isExecutableFile(const std::string &path, int *error)
{
    struct stat st{};
    if (::stat(path.c_str(), &st) != 0) {
        *error = errno;
        return false;
    }
    if (!S_ISREG(st.st_mode)) {
        *error = EACCES;
        return false;
    }
    if (::access(path.c_str(), X_OK) != 0) {
        *error = errno;
        return false;
    }
    return true;
}

} // namespace

std::int64_t monotonicNs()
{
    timespec ts{};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<std::int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

std::string errorText(int error)
{
    return std::strerror(error);
}

std::string resolveProgram(const std::string &program, int *error, const char *searchPathVar)
{
    *error = 0;
    if (program.empty()) {
        *error = ENOENT;
        return {};
    }
    if (program.find('/') != std::string::npos) {
        std::string path = program;
        if (path[0] != '/') {
            // Made absolute now: the child changes directory before it executes the program.
            char cwd[4096];
            if (::getcwd(cwd, sizeof cwd))
                path = std::string(cwd) + "/" + path;
        }
        return isExecutableFile(path, error) ? path : std::string();
    }
    const char *env = searchPathVar ? searchPathVar : std::getenv("PATH");
    const std::string searchPath = env ? env : "/usr/local/bin:/usr/bin:/bin";
    int firstError = ENOENT;
    std::size_t start = 0;
    while (start <= searchPath.size()) {
        const std::size_t end = std::min(searchPath.find(':', start), searchPath.size());
        std::string dir = searchPath.substr(start, end - start);
        if (dir.empty())
            dir = ".";
        const std::string candidate = dir + "/" + program;
        int candidateError = 0;
        if (isExecutableFile(candidate, &candidateError))
            return candidate[0] == '/' ? candidate : resolveProgram(candidate, error);
        // A match that is not executable is a better explanation than "not found".
        if (candidateError != ENOENT && candidateError != ENOTDIR)
            firstError = candidateError;
        start = end + 1;
    }
    *error = firstError;
    return {};
}

bool lookupUser(const std::string &spec, uid_t *uid, gid_t *gid, std::string *error)
{
    const passwd *pw = ::getpwnam(spec.c_str());
    if (!pw && !spec.empty() && spec.find_first_not_of("0123456789") == std::string::npos)
        pw = ::getpwuid(static_cast<uid_t>(std::strtoul(spec.c_str(), nullptr, 10)));
    if (!pw) {
        *error = "unknown user: " + spec;
        return false;
    }
    *uid = pw->pw_uid;
    *gid = pw->pw_gid;
    return true;
}

bool setNonBlocking(int fd)
{
    const int flags = ::fcntl(fd, F_GETFL);
    return flags >= 0 && ::fcntl(fd, F_SETFL, flags | O_NONBLOCK) == 0;
}

int highFd(int fd)
{
    if (fd < 0 || fd > 2)
        return fd;
    const int moved = ::fcntl(fd, F_DUPFD_CLOEXEC, 3);
    ::close(fd);
    return moved;
}

bool closeOnExecPipe(int fds[2])
{
#ifdef __linux__
    return ::pipe2(fds, O_CLOEXEC) == 0;
#else
    if (::pipe(fds) != 0)
        return false;
    ::fcntl(fds[0], F_SETFD, FD_CLOEXEC);
    ::fcntl(fds[1], F_SETFD, FD_CLOEXEC);
    return true;
#endif
}

bool SignalPipe::install()
{
    // What a child must restore before execve: execve resets handled signals by itself, but an
    // ignored one stays ignored, and a handler of ours could still run before execve.
    g_resetCount = 0;
    for (int signo = 1; signo < NSIG; ++signo) {
        struct sigaction old{};
        if (::sigaction(signo, nullptr, &old) == 0 && old.sa_handler == SIG_IGN)
            g_resetSignals[g_resetCount++] = signo;
    }
    for (int signo : {SIGTERM, SIGINT, SIGHUP, SIGCHLD, SIGPIPE})
        g_resetSignals[g_resetCount++] = signo;
    if (!closeOnExecPipe(m_fds))
        return false;
    for (int fd : m_fds)
        setNonBlocking(fd);
    g_signalWriteFd = m_fds[1];
    struct sigaction sa{};
    sa.sa_handler = onSignal;
    sa.sa_flags = SA_RESTART | SA_NOCLDSTOP;
    sigemptyset(&sa.sa_mask);
    for (int signo : {SIGTERM, SIGINT, SIGHUP, SIGCHLD})
        ::sigaction(signo, &sa, nullptr);
    // A reader that went away must not kill the launcher before it has killed the tree.
    ::signal(SIGPIPE, SIG_IGN);
    return true;
}

bool SignalPipe::drain()
{
    bool terminate = false;
    unsigned char buffer[64];
    ssize_t n;
    while ((n = ::read(m_fds[0], buffer, sizeof buffer)) > 0) {
        for (ssize_t i = 0; i < n; ++i) {
            if (buffer[i] == SIGTERM || buffer[i] == SIGINT || buffer[i] == SIGHUP)
                terminate = true;
        }
    }
    return terminate;
}

void SignalPipe::resetInChild()
{
    // Only the signals install() found ignored or took over: a loop over all of them cost more
    // than a short program's whole run.
    struct sigaction sa{};
    sa.sa_handler = SIG_DFL;
    sigemptyset(&sa.sa_mask);
    for (int i = 0; i < g_resetCount; ++i)
        ::sigaction(g_resetSignals[i], &sa, nullptr);
    sigset_t none;
    sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);
}

ArgVector::ArgVector(const std::vector<std::string> &args)
    : storage(args)
{
    for (std::string &s : storage)
        pointers.push_back(s.data());
    pointers.push_back(nullptr);
}

} // namespace fcl::posix
