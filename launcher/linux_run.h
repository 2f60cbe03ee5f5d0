// One run of a program on Linux (one-shot, or one request of a session): prepared in
// linux_run.cpp, the program created in linux_launch.cpp, watched and reaped in linux_watch.cpp.
// The launcher is a child subreaper, so orphaned descendants stay below it: it reaps (and
// counts) them, and kills them.
#pragma once

#include "child_steps.h"
#include "linux_sampler.h"
#include "linux_session.h"
#include "posix_run.h"

#include <optional>
#include <sys/resource.h>

namespace fcl {

class LinuxRun : public PosixRun
{
public:
    LinuxRun(const Options &options, ProtocolWriter &out, LinuxSession &session);
    ~LinuxRun() override;
    int run();

private:
    // CPU and the other counters over every process reaped in a run.
    struct Totals
    {
        std::int64_t userUs = 0;
        std::int64_t sysUs = 0;
        std::int64_t maxRssKib = 0;
        std::int64_t nvcsw = 0;
        std::int64_t nivcsw = 0;
        std::int64_t minflt = 0;
        std::int64_t majflt = 0;

        static std::int64_t us(const timeval &tv);
        void add(const rusage &ru);
    };

    bool prepare();
    void prepareProcessCap();
    void writePreamble();
    void emitResult();

    // linux_launch.cpp
    bool spawn();
    // The child's plan; joins it must make itself (on the spawner path not those the spawner is
    // in already) go in spec order into *joinIndex, as indices in Cgroups::joinFds().
    child::Spec childSpec(const posix::ArgVector &argv, bool spawnerJoined,
                          std::vector<int> *joinIndex) const;
    // The two ways of creating the program; both fill the same reply. False: not attempted.
    bool spawnThroughSpawner(const posix::ArgVector &argv, spawnproto::Reply *reply,
                             std::vector<int> *joinIndex);
    bool refuseChildFailure(const spawnproto::Reply &reply);
    void admitSpawner();

    // linux_watch.cpp
    void killProcesses() override;
    void programEnded() override;
    std::int64_t takeSample(std::int64_t now, std::int64_t sampleNs) override;
    bool watchesStdinEof() const override;
    int platformFds(pollfd *fds) override;
    void platformEvents(const pollfd *fds) override;
    void signalsDrained(bool terminate) override;
    void readSessionInput();
    void reapAvailable();
    void reapAll();
    bool treeIsEmpty() const;

    LinuxSession &m_session;
    linuxcg::Cgroups m_noCgroups; // never set up: what a --no-cgroup run sees
    linuxcg::Cgroups &m_cgroups;
    posix::ArgVector m_environment{{}};
    bool m_ownEnvironment = false;
    linuxcg::Notes m_notes;
    bool m_setProcessLimit = false;
    rlim_t m_processLimit = 0;
    bool m_switchUser = false;
    uid_t m_uid = 0;
    gid_t m_gid = 0;
    bool m_preambleWritten = false;
    std::int64_t m_cpuBaseUs = 0;
    std::optional<linuxproc::TreeSampler> m_sampler;

    int m_pidFd = -1; // readable when the program ends: one wake-up less than SIGCHLD's pipe
    std::int64_t m_forkNs = 0;
    Totals m_totals;
    std::int64_t m_reapedCpuUs = 0; // of processes other than the program itself
};

} // namespace fcl
