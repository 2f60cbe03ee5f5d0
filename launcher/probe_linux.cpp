// The Linux probe's entry points: one run (runProbe), or a session's loop over the requests on
// stdin (runSession). A run itself is LinuxRun (linux_run.h).
#include "linux_run.h"
#include "probe.h"

#include <cerrno>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace fcl {

namespace {

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

// Between runs: waits for the next request line; false when the session is over.
bool awaitRequest(LinuxSession &session)
{
    while (!session.input.hasLine()) {
        if (session.inputClosed)
            return false;
        pollfd fds[2] = {{0, POLLIN, 0}, {session.signals.readFd(), POLLIN, 0}};
        if (::poll(fds, 2, -1) < 0 && errno != EINTR)
            return false;
        if (fds[1].revents && session.signals.drain())
            return false;
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
    }
    return true;
}

// One request line: a run (numbered, even when its options are refused), a cancel of a queued
// one, or a note that it is neither.
void handleRequest(LinuxSession &session, ProtocolWriter &out, const std::string &line)
{
    std::int64_t seq = 0;
    if (line.empty())
        return;
    if (isCancelRequest(line, &seq)) {
        session.withdraw(seq); // between runs nothing is left to kill
        return;
    }
    std::vector<std::string> words;
    std::string error;
    const bool split = splitRequest(line, &words, &error);
    if (!split || words.empty() || words[0] != "run") {
        out.setRun(0);
        out.note("bad_request",
                 split ? "a request starts with `run` or `cancel`" : "bad request: " + error);
        return;
    }
    session.run += 1;
    if (session.withdrawn.erase(session.run) != 0)
        return;
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
    while (!session.endRequested && awaitRequest(session))
        handleRequest(session, out, session.input.takeLine());
    session.spawner.shutdown(); // it is in the groups: they can only be removed once it has gone
    session.cgroups.tearDown();
    return 0;
}

} // namespace fcl
