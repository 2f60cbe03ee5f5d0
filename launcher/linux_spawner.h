// The launcher's end of fastercodes-spawner (spawner_linux.cpp says why it exists): started once
// per session from beside the launcher's own binary, then asked for each program. Whatever it
// cannot do (not installed, a request too large, it died) the caller does with fork.
#pragma once

#include "child_steps.h"

#include <string>
#include <sys/types.h>
#include <vector>

namespace fcl::linuxspawn {

class Spawner
{
public:
    Spawner() = default;
    Spawner(const Spawner &) = delete;
    Spawner &operator=(const Spawner &) = delete;
    ~Spawner();

    // The spawner's pid while one runs, else -1: it is the launcher's child, never the program's
    // tree.
    pid_t pid() const { return m_pid; }
    // Starts one unless it runs; false when none can run here. Each start is a new generation
    // (a new process, to be admitted to the cgroups again).
    bool ensureStarted();
    unsigned generation() const { return m_generation; }
    // Ends it and waits for it: it must have left the cgroups before they are removed.
    void shutdown();
    // Creates the program: the spawner's child takes the steps of child_steps.h. False when the
    // spawner cannot take the request (then nothing was started; if it died, pid() is -1 and
    // another can be started).
    bool spawn(const child::Spec &spec, spawnproto::Reply *reply);
    // The program has ended and the next request is queued: the spawner waits for it runnable.
    void nudge();
    // For every pid the launcher reaps: true when it was the spawner (it died; the next request
    // starts another).
    bool reaped(pid_t pid);

private:
    bool start();
    void stop();

    pid_t m_pid = -1;
    int m_socket = -1;
    std::vector<pid_t> m_retired; // spawners that ended, until the launcher has reaped them
    bool m_unavailable = false;   // not installed or cannot start: fork for the whole session
    unsigned m_generation = 0;
    std::vector<char> m_buffer;
};

} // namespace fcl::linuxspawn
