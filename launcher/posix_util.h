// Small POSIX helpers shared by the Linux and macOS probes.
#pragma once

#include <cstdint>
#include <string>
#include <sys/types.h>
#include <vector>

namespace fcl::posix {

std::int64_t monotonicNs();
std::string errorText(int error);

// The absolute path of `program`: searched in PATH when it has no slash, as execvp would.
// Returns an empty string and sets *error (ENOENT, EACCES, ...) when there is none.
// searchPath: the PATH to search; nullptr: the launcher's own.
std::string resolveProgram(const std::string &program, int *error,
                           const char *searchPath = nullptr);

// Looks up a user by name or number for --user.
bool lookupUser(const std::string &spec, uid_t *uid, gid_t *gid, std::string *error);

bool setNonBlocking(int fd);
// Moves a descriptor above 2, so that dup2 onto 0..2 in a child can never clobber it. A moved
// one is close-on-exec; one left in place keeps its flags.
int highFd(int fd);
// pipe() with both ends close-on-exec.
bool closeOnExecPipe(int fds[2]);

// Turns SIGTERM, SIGINT, SIGHUP and SIGCHLD into bytes on a pipe, so that one poll() loop sees
// signals, the program's exit, output and the deadline alike.
class SignalPipe
{
public:
    bool install();
    int readFd() const { return m_fds[0]; }
    // Reads what arrived; returns true when a terminating signal (TERM/INT/HUP) was among it.
    bool drain();
    // Restores the default dispositions in a freshly forked child (async-signal-safe).
    static void resetInChild();

private:
    int m_fds[2] = {-1, -1};
};

// Arguments in the form execve wants, kept alive by the owner.
struct ArgVector
{
    explicit ArgVector(const std::vector<std::string> &args);
    std::vector<std::string> storage;
    std::vector<char *> pointers;
};

} // namespace fcl::posix
