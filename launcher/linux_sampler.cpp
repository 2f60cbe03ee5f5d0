#include "linux_sampler.h"

#include "linux_cgroup.h"
#include "linux_proctree.h"
#include "posix_util.h"

#include <unistd.h>

namespace fcl::linuxproc {

TreeSampler::TreeSampler(const linuxcg::Cgroups &cgroups, pid_t launcher, std::int64_t startNs,
                         std::int64_t cpuBaseUs, pid_t exclude)
    : m_cgroups(cgroups)
    , m_launcher(launcher)
    , m_exclude(exclude)
    , m_previousNs(startNs)
    , m_previousCpuUs(cpuBaseUs)
    , m_ticksPerSecond(::sysconf(_SC_CLK_TCK))
    , m_pageKib(::sysconf(_SC_PAGESIZE) / 1024)
{}

std::vector<pid_t> TreeSampler::members() const
{
    return m_cgroups.canList() ? m_cgroups.processes() : descendants(m_launcher, m_exclude);
}

Sample TreeSampler::take(std::int64_t nowNs, std::int64_t reapedCpuUs)
{
    const std::int64_t begin = posix::monotonicNs();
    Sample s;
    s.threads = 0;
    std::int64_t ticks = 0;
    for (pid_t pid : members()) {
        ProcStat st;
        if (!readStat(pid, &st))
            continue;
        ticks += st.cpuTicks;
        // A zombie, or a process whose exit has already released its memory (rss 0), is not a
        // running member of the tree any more.
        if (st.state == 'Z' || st.state == 'X' || st.rssPages == 0)
            continue;
        s.processes += 1;
        s.threads += st.threads;
        s.rssKib += st.rssPages * m_pageKib;
    }
    // cgroup v2's cpu.stat is exact to the microsecond; /proc ticks are 1/USER_HZ (10 ms).
    std::int64_t cpuUs = m_cgroups.cpuUsageUs();
    if (cpuUs < 0)
        cpuUs = ticks * 1000000 / m_ticksPerSecond + reapedCpuUs;
    const std::int64_t wallUs = (nowNs - m_previousNs) / 1000;
    if (wallUs > 0 && cpuUs >= m_previousCpuUs)
        s.cpuPercent =
            100.0 * static_cast<double>(cpuUs - m_previousCpuUs) / static_cast<double>(wallUs);
    m_previousCpuUs = cpuUs;
    m_previousNs = nowNs;
    m_lastCostNs = posix::monotonicNs() - begin;
    return s;
}

} // namespace fcl::linuxproc
