// Reading the process tree from /proc: what the live samples and the no-cgroup fallbacks need.
#pragma once

#include <cstdint>
#include <sys/types.h>
#include <vector>

namespace fcl::linuxproc {

struct ProcStat
{
    pid_t pid = 0;
    pid_t parent = 0;
    char state = '?';
    std::int64_t cpuTicks = 0; // utime + stime + cutime + cstime: own and reaped children's
    std::int64_t rssPages = 0;
    std::int64_t threads = 0;
};

bool readStat(pid_t pid, ProcStat *out);

// Every live (not zombie) descendant of `root` except `exclude` (the launcher's spawner), by
// scanning /proc (this kernel may lack /proc/<pid>/task/<tid>/children). The launcher is a child
// subreaper, so orphans stay below it.
std::vector<pid_t> descendants(pid_t root, pid_t exclude = -1);

// Whether the calling (single-threaded) process has a child, running or zombie, other than
// `exclude`.
bool hasChildrenBesides(pid_t exclude);

// The launcher's own peak resident size (VmHWM of this image, KiB; kUnknown when unreadable).
// getrusage(RUSAGE_SELF) would include its caller's pre-exec peak, which Linux folds into
// ru_maxrss at execve. Cheap to ask after every run: the status file (costly to generate) is read
// again only when the launcher has taken a page fault since, the only way its resident size can
// have grown.
std::int64_t ownPeakKib();

// Threads whose real user is `uid`: what RLIMIT_NPROC counts against.
std::int64_t countUserTasks(uid_t uid);

} // namespace fcl::linuxproc
