// Live samples of the running tree on Linux: CPU % since the previous sample, summed RSS,
// process and thread counts. Only for the live view; the exact figures come from wait4.
#pragma once

#include "types.h"

#include <cstdint>
#include <sys/types.h>
#include <vector>

namespace fcl::linuxcg {
class Cgroups;
}

namespace fcl::linuxproc {

class TreeSampler
{
public:
    // cpuBaseUs: the cgroup's CPU counter at the start (it grows over a session's runs).
    // exclude: the launcher's spawner, a child that is not part of the tree.
    TreeSampler(const linuxcg::Cgroups &cgroups, pid_t launcher, std::int64_t startNs,
                std::int64_t cpuBaseUs = 0, pid_t exclude = -1);

    // reapedCpuUs: CPU of the tree's processes the launcher has reaped itself (they have left
    // /proc, and no live parent's cutime holds them).
    Sample take(std::int64_t nowNs, std::int64_t reapedCpuUs);
    // The live processes of the tree, from the cgroup when there is one, else from /proc.
    std::vector<pid_t> members() const;
    // How long the last take() took: the caller spaces samples so that they stay cheap.
    std::int64_t lastCostNs() const { return m_lastCostNs; }

private:
    const linuxcg::Cgroups &m_cgroups;
    pid_t m_launcher;
    pid_t m_exclude;
    std::int64_t m_previousNs;
    std::int64_t m_previousCpuUs = 0;
    std::int64_t m_lastCostNs = 0;
    std::int64_t m_ticksPerSecond;
    std::int64_t m_pageKib;
};

} // namespace fcl::linuxproc
