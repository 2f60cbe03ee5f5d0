// The skeleton of one run on Linux and macOS: the program's standard streams, the one poll() loop
// that drains its output, enforces the deadline, kills the tree on cancel and takes live samples,
// and the parts of the result every POSIX probe reports alike. What differs per OS (how the
// program is created, reaped, sampled and killed) is in LinuxRun (linux_run.h) and MacRun
// (probe_macos.cpp), through the hooks below.
#pragma once

#include "options.h"
#include "outputsink.h"
#include "posix_util.h"
#include "protocol.h"

#include <cstdint>
#include <poll.h>
#include <string>
#include <sys/types.h>

namespace fcl {

inline constexpr std::int64_t kMs = 1000000;
inline constexpr std::int64_t kKillBudgetNs = 1000 * kMs; // the tree is gone within this
inline constexpr std::int64_t kRekillNs = 100 * kMs;      // the kill repeats this often

class PosixRun
{
public:
    PosixRun(const Options &options, ProtocolWriter &out, posix::SignalPipe &signals);
    PosixRun(const PosixRun &) = delete;
    PosixRun &operator=(const PosixRun &) = delete;
    virtual ~PosixRun();

protected:
    struct Stream
    {
        int fd = -1;      // our read end; -1 when closed or not captured
        int childFd = -1; // the program's end; -1: the null device
        OutputSink sink;
    };

    // Writes the `error` record; returns false, for `return refuse(...)` in bool functions.
    bool refuse(const char *code, int error, const std::string &text);
    // m_path: the program, looked up in searchPath (nullptr: the launcher's PATH).
    bool resolveProgram(const char *searchPath = nullptr);
    // --user: the user's ids (the launcher must be root).
    bool lookUpUser(uid_t *uid, gid_t *gid);
    // m_stdinFd, m_stdout, m_stderr as the options ask; m_null must be open.
    bool openStreams();
    // The descriptors the program gets as 0, 1, 2.
    int childStdin() const { return m_stdinFd >= 0 ? m_stdinFd : m_null; }
    int childStdout() const { return m_stdout.childFd >= 0 ? m_stdout.childFd : m_null; }
    int childStderr() const { return m_stderr.childFd >= 0 ? m_stderr.childFd : m_null; }
    // Closes the launcher's copies of the program's output ends, once the program has them.
    void closeChildEnds();
    // The program could not be executed (errno `error`): the protocol's code and text for it.
    bool refuseExec(int error);

    // Runs until the program has been reaped and its output drained (or the drain gave up).
    void watch();
    void killTree();
    void cancel();
    // Exit status, timeout/cancel, output counts and leftovers: what every POSIX probe reports.
    void fillOutcome(RunResult *result) const;

    // Kills every process of the tree (m_killed and m_lastKillNs are set already).
    virtual void killProcesses() = 0;
    // The program has ended: count and kill what it left running, so that its pipes close.
    virtual void programEnded() = 0;
    // Takes and writes a sample; returns how long to wait for the next one (at least sampleNs).
    virtual std::int64_t takeSample(std::int64_t now, std::int64_t sampleNs) = 0;
    // Whether the end of the launcher's stdin cancels the run.
    virtual bool watchesStdinEof() const { return m_o.cancelOnStdinEof; }
    // Up to kPlatformFds more descriptors to poll; their events are handled first (before the
    // program's output is read, so that an exit is timed when it is seen).
    static constexpr int kPlatformFds = 2;
    virtual int platformFds(pollfd *) { return 0; }
    virtual void platformEvents(const pollfd *) {}
    // Bytes arrived on the signal pipe; terminate: one of them asks the launcher to stop.
    virtual void signalsDrained(bool terminate) { (void)terminate; }
    // After every wake-up, before the deadline is checked.
    virtual void afterWake() {}

    const Options &m_o;
    ProtocolWriter &m_out;
    posix::SignalPipe &m_signals;
    std::string m_path;
    int m_null = -1;    // the null device; not closed here
    int m_stdinFd = -1; // -1: the null device
    Stream m_stdout;
    Stream m_stderr;
    Limits m_limits;

    pid_t m_pid = -1;
    std::int64_t m_startNs = 0; // where the wall time starts
    std::int64_t m_exitNs = 0;
    bool m_exited = false;
    int m_status = 0;
    bool m_killed = false;
    std::int64_t m_lastKillNs = 0;
    bool m_timedOut = false;
    bool m_cancelled = false;
    std::int64_t m_leftovers = 0;

private:
    bool openStream(Stream *stream, const std::string &path, const char *code);
    static void readStream(Stream *stream);
};

} // namespace fcl
