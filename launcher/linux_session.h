// What outlives one run of the Linux launcher: the cgroups (created once), the signal pipe, the
// spawner and, in session mode, the requests waiting on stdin (docs/measurement.md, "Session
// mode").
#pragma once

#include "linux_cgroup.h"
#include "linux_spawner.h"
#include "posix_util.h"
#include "session.h"

#include <cstdint>
#include <set>

namespace fcl {

struct LinuxSession
{
    bool session = false;
    bool cgroupsTried = false;
    linuxcg::Cgroups cgroups;
    linuxcg::Notes cgroupNotes; // from their creation: repeated in every run's records
    posix::SignalPipe signals;
    LineBuffer input;
    bool inputClosed = false;
    bool endRequested = false; // stdin closed or a terminating signal: no further run
    std::int64_t run = 0;      // the current run's number
    // Queued requests withdrawn by `cancel N` before their turn: counted, never run.
    std::set<std::int64_t> withdrawn;
    int devNull = -1;                // opened once: every counted run's three streams
    linuxspawn::Spawner spawner;     // creates the programs of a session (spawner_linux.cpp)
    unsigned admittedGeneration = 0; // the spawner that joined the cgroups (Cgroups::admit)

    // Its programs start in the groups it joined.
    bool spawnerAdmitted() const
    {
        return admittedGeneration == spawner.generation() && cgroups.anyAdmitted();
    }

    // A `cancel N` for a request not yet started withdraws it; one for an earlier run is stale.
    void withdraw(std::int64_t seq)
    {
        if (seq > run)
            withdrawn.insert(seq);
    }

    // Takes every `cancel` waiting in the input, wherever it stands among the requests: true
    // when one is for the current run. Those for later requests withdraw them. A run must look
    // before it starts as well as while it goes: a cancel read together with its run request
    // (a launcher still starting reads both at once) waits here, and nothing else would wake
    // the run to see it.
    bool takeCancels()
    {
        bool current = false;
        auto &lines = input.lines();
        for (auto it = lines.begin(); it != lines.end();) {
            std::int64_t seq = 0;
            if (!isCancelRequest(*it, &seq)) {
                ++it;
                continue;
            }
            if (seq == 0 || seq == run)
                current = true;
            else
                withdraw(seq);
            it = lines.erase(it);
        }
        return current;
    }
};

} // namespace fcl
