#include "linux_proctree.h"

#include "types.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <unordered_map>

namespace fcl::linuxproc {

namespace {

bool readSmall(const char *path, char *buffer, std::size_t size)
{
    const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const ssize_t n = ::read(fd, buffer, size - 1);
    ::close(fd);
    if (n <= 0)
        return false;
    buffer[n] = '\0';
    return true;
}

template<typename Visit> void forEachPid(Visit visit)
{
    DIR *dir = ::opendir("/proc");
    if (!dir)
        return;
    while (const dirent *entry = ::readdir(dir)) {
        if (entry->d_name[0] < '1' || entry->d_name[0] > '9')
            continue;
        visit(static_cast<pid_t>(std::strtol(entry->d_name, nullptr, 10)));
    }
    ::closedir(dir);
}

} // namespace

bool readStat(pid_t pid, ProcStat *out)
{
    char path[64];
    std::snprintf(path, sizeof path, "/proc/%d/stat", static_cast<int>(pid));
    char buffer[1024];
    if (!readSmall(path, buffer, sizeof buffer))
        return false;
    // The command name may hold spaces and parentheses: fields start after the last ')'.
    const char *p = std::strrchr(buffer, ')');
    if (!p || p[1] != ' ')
        return false;
    p += 2;
    out->pid = pid;
    out->state = *p;
    // Field numbers as in proc(5); the state is field 3.
    std::int64_t fields[25] = {};
    char *cursor = const_cast<char *>(p + 1);
    for (int field = 4; field <= 24; ++field)
        fields[field] = std::strtoll(cursor, &cursor, 10);
    out->parent = static_cast<pid_t>(fields[4]);
    out->cpuTicks = fields[14] + fields[15] + fields[16] + fields[17];
    out->threads = fields[20];
    out->rssPages = fields[24];
    return true;
}

bool hasChildrenBesides(pid_t exclude)
{
    if (exclude <= 0) {
        siginfo_t info{};
        // WNOWAIT: a zombie stays to be reaped (with its figures) by the caller's wait4.
        return ::waitid(P_ALL, 0, &info,
                        WEXITED | WSTOPPED | WCONTINUED | WNOHANG | WNOWAIT | __WALL) == 0 ||
               errno != ECHILD;
    }
    // Asked several times per run: the list stays open (the calling process never changes).
    static const int fd = [] {
        char path[64];
        std::snprintf(path, sizeof path, "/proc/self/task/%d/children",
                      static_cast<int>(::getpid()));
        return ::open(path, O_RDONLY | O_CLOEXEC);
    }();
    if (fd < 0)
        return true; // a kernel without the list: the caller walks
    char buffer[4096];
    const ssize_t n = ::pread(fd, buffer, sizeof buffer - 1, 0);
    if (n < 0)
        return true;
    buffer[n] = '\0';
    char *cursor = buffer;
    for (;;) {
        char *end = nullptr;
        const long pid = std::strtol(cursor, &end, 10);
        if (end == cursor)
            return false;
        if (pid != exclude)
            return true;
        cursor = end;
    }
}

std::vector<pid_t> descendants(pid_t root, pid_t exclude)
{
    // Every descendant descends from a child of root: a caller without children has none, and
    // the walk through /proc (it costs more than a short run) is not needed.
    if (root == ::getpid() && !hasChildrenBesides(exclude))
        return {};
    std::unordered_multimap<pid_t, pid_t> children;
    forEachPid([&children](pid_t pid) {
        ProcStat st;
        // Zombies are dead already, and have no children left: their orphans moved up.
        if (readStat(pid, &st) && st.state != 'Z' && st.state != 'X')
            children.emplace(st.parent, pid);
    });
    std::vector<pid_t> found;
    std::vector<pid_t> queue{root};
    while (!queue.empty()) {
        const pid_t parent = queue.back();
        queue.pop_back();
        const auto range = children.equal_range(parent);
        for (auto it = range.first; it != range.second; ++it) {
            if (it->second == exclude)
                continue;
            found.push_back(it->second);
            queue.push_back(it->second);
        }
    }
    return found;
}

std::int64_t countUserTasks(uid_t uid)
{
    std::int64_t tasks = 0;
    forEachPid([&tasks, uid](pid_t pid) {
        char path[64];
        std::snprintf(path, sizeof path, "/proc/%d/status", static_cast<int>(pid));
        char buffer[4096];
        if (!readSmall(path, buffer, sizeof buffer))
            return;
        const char *u = std::strstr(buffer, "\nUid:");
        const char *t = std::strstr(buffer, "\nThreads:");
        if (u && t && static_cast<uid_t>(std::strtoul(u + 5, nullptr, 10)) == uid)
            tasks += std::strtoll(t + 9, nullptr, 10);
    });
    return tasks;
}

std::int64_t ownPeakKib()
{
    static const int fd = ::open("/proc/self/status", O_RDONLY | O_CLOEXEC);
    static long faultsAtLastRead = -1;
    static std::int64_t peak = kUnknown;
    rusage self{};
    ::getrusage(RUSAGE_SELF, &self);
    const long faults = self.ru_minflt + self.ru_majflt;
    if (fd < 0 || faults == faultsAtLastRead)
        return peak;
    char buffer[4096];
    const ssize_t n = ::pread(fd, buffer, sizeof buffer - 1, 0);
    if (n <= 0)
        return kUnknown;
    buffer[n] = '\0';
    const char *hwm = std::strstr(buffer, "VmHWM:");
    peak = hwm ? std::strtoll(hwm + 6, nullptr, 10) : kUnknown;
    // The read itself may fault (its buffer on the stack): count from after it.
    ::getrusage(RUSAGE_SELF, &self);
    faultsAtLastRead = self.ru_minflt + self.ru_majflt;
    return peak;
}

} // namespace fcl::linuxproc
