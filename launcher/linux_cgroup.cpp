#include "linux_cgroup.h"

#include "posix_util.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fcl::linuxcg {

namespace {

constexpr const char *kPrefix = "fastercodes-";

std::string readFile(const std::string &path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return {};
    std::string text;
    char buffer[4096];
    ssize_t n;
    while ((n = ::read(fd, buffer, sizeof buffer)) > 0)
        text.append(buffer, static_cast<std::size_t>(n));
    ::close(fd);
    return text;
}

bool writeFile(const std::string &path, const std::string &value)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, value.data(), value.size()) == static_cast<ssize_t>(value.size());
    const int saved = errno;
    ::close(fd);
    errno = saved;
    return ok;
}

bool exists(const std::string &path)
{
    return ::access(path.c_str(), F_OK) == 0;
}

std::int64_t parseNumber(const std::string &text)
{
    if (text.empty() || text[0] < '0' || text[0] > '9')
        return -1;
    return std::strtoll(text.c_str(), nullptr, 10);
}

// The value of `key` in a "key value" per line file (memory.events, pids.events, cpu.stat ...).
std::int64_t parseKeyed(const std::string &text, const std::string &key)
{
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t end = std::min(text.find('\n', pos), text.size());
        if (text.compare(pos, key.size(), key) == 0 && pos + key.size() < end &&
            text[pos + key.size()] == ' ')
            return std::strtoll(text.c_str() + pos + key.size() + 1, nullptr, 10);
        pos = end + 1;
    }
    return -1;
}

std::string unescapeMountPath(const std::string &s)
{
    // mountinfo escapes space, tab, newline and backslash as \ooo.
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\\' && i + 3 < s.size()) {
            out += static_cast<char>(std::strtol(s.substr(i + 1, 3).c_str(), nullptr, 8));
            i += 3;
        } else {
            out += s[i];
        }
    }
    return out;
}

std::vector<std::string> split(const std::string &s, char sep)
{
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= s.size()) {
        const std::size_t end = std::min(s.find(sep, start), s.size());
        parts.push_back(s.substr(start, end - start));
        start = end + 1;
    }
    return parts;
}

struct Mount
{
    std::string root;  // the part of the hierarchy that is mounted
    std::string point; // where
};

// Where the cgroup hierarchies are mounted and where this process sits in them.
struct Layout
{
    Mount v2;
    Mount v1Memory;
    Mount v1Pids;
    std::string ownV2;
    std::string ownMemory;
    std::string ownPids;

    void discover()
    {
        for (const std::string &line : split(readFile("/proc/self/mountinfo"), '\n')) {
            const auto fields = split(line, ' ');
            std::size_t dash = 0;
            while (dash < fields.size() && fields[dash] != "-")
                ++dash;
            if (fields.size() < 5 || dash + 3 >= fields.size())
                continue;
            const Mount m{unescapeMountPath(fields[3]), unescapeMountPath(fields[4])};
            const std::string &type = fields[dash + 1];
            if (type == "cgroup2") {
                v2 = m;
            } else if (type == "cgroup") {
                for (const std::string &opt : split(fields[dash + 3], ',')) {
                    if (opt == "memory")
                        v1Memory = m;
                    else if (opt == "pids")
                        v1Pids = m;
                }
            }
        }
        for (const std::string &line : split(readFile("/proc/self/cgroup"), '\n')) {
            const auto first = line.find(':');
            const auto second = line.find(':', first + 1);
            if (first == std::string::npos || second == std::string::npos)
                continue;
            const std::string controllers = line.substr(first + 1, second - first - 1);
            const std::string path = line.substr(second + 1);
            if (line.compare(0, first, "0") == 0 && controllers.empty())
                ownV2 = path;
            for (const std::string &c : split(controllers, ',')) {
                if (c == "memory")
                    ownMemory = path;
                else if (c == "pids")
                    ownPids = path;
            }
        }
    }
};

// The directory of this process's cgroup in a mounted hierarchy, or "" when it is not visible.
std::string ownDir(const Mount &mount, const std::string &ownPath)
{
    if (mount.point.empty() || ownPath.empty())
        return {};
    std::string relative = ownPath;
    if (mount.root != "/" && relative.compare(0, mount.root.size(), mount.root) == 0)
        relative = relative.substr(mount.root.size());
    const std::string dir = mount.point + (relative == "/" ? "" : relative);
    return exists(dir + "/cgroup.procs") ? dir : std::string();
}

// The pids listed in a cgroup.procs file, without `exempt`.
std::vector<pid_t> pidsOf(const std::string &procs, pid_t exempt = 0)
{
    std::vector<pid_t> pids;
    const char *p = procs.c_str();
    while (*p) {
        char *end = nullptr;
        const long pid = std::strtol(p, &end, 10);
        if (end == p)
            break;
        if (pid > 0 && pid != exempt)
            pids.push_back(static_cast<pid_t>(pid));
        p = end;
        while (*p == '\n')
            ++p;
    }
    return pids;
}

// A group's name tells whose it is: fastercodes-<launcher pid><namespace suffix>, the suffix
// "-<pid namespace inode>", without which the pid could be another namespace's live launcher.
std::string namespaceSuffix()
{
    struct stat ns{};
    const unsigned long long inode =
        ::stat("/proc/self/ns/pid", &ns) == 0 ? static_cast<unsigned long long>(ns.st_ino) : 0;
    return "-" + std::to_string(inode);
}

void removeGroup(std::string *dir)
{
    if (dir->empty())
        return;
    // Killed tasks leave the group asynchronously: give them a moment.
    for (int attempt = 0; attempt < 200; ++attempt) {
        if (::rmdir(dir->c_str()) == 0 || errno != EBUSY)
            break;
        ::usleep(1000);
    }
    dir->clear();
}

// SIGKILLs what `members()` lists until it lists nothing or the deadline passes: v1 has no
// cgroup.kill, and v2's (5.14) leaves a fork in flight to be killed after it.
template<typename Members>
void killUntilEmpty(const Members &members, std::int64_t deadlineNs, useconds_t pauseUs)
{
    for (;;) {
        const std::vector<pid_t> pids = members();
        if (pids.empty() || posix::monotonicNs() > deadlineNs)
            return;
        for (pid_t pid : pids)
            ::kill(pid, SIGKILL);
        ::usleep(pauseUs);
    }
}

// A dead launcher's group is emptied for at most as long as its removal then waits (200 ms).
constexpr std::int64_t kStaleKillNs = 200'000'000;

// Kills everything in a dead launcher's group.
void killMembers(const std::string &dir)
{
    writeFile(dir + "/cgroup.kill", "1");
    killUntilEmpty([&dir] { return pidsOf(readFile(dir + "/cgroup.procs")); },
                   posix::monotonicNs() + kStaleKillNs, 1000);
}

// Removes the groups of launchers that were killed before they could clean up, with what still
// runs in them: a SIGKILL gives a launcher no chance to kill its tree, and the program's
// children, in a session of their own, would spin on without end. Only groups of this pid
// namespace are emptied; any other stale one is removed only if nothing runs in it.
void removeStale(const std::string &parent, const std::string &ownNamespace)
{
    DIR *dir = ::opendir(parent.c_str());
    if (!dir)
        return;
    const std::size_t prefixLength = std::strlen(kPrefix);
    while (const dirent *entry = ::readdir(dir)) {
        if (std::strncmp(entry->d_name, kPrefix, prefixLength) != 0)
            continue;
        char *end = nullptr;
        const long pid = std::strtol(entry->d_name + prefixLength, &end, 10);
        if (pid <= 0 || ::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH)
            continue;
        std::string path = parent + "/" + entry->d_name;
        if (ownNamespace != end) {
            ::rmdir(path.c_str());
            continue;
        }
        killMembers(path);
        removeGroup(&path);
    }
    ::closedir(dir);
}

// Creates our group under `parent`; "" (errno set) when that is not allowed.
std::string makeGroup(const std::string &parent)
{
    if (parent.empty()) {
        errno = ENOENT;
        return {};
    }
    const std::string suffix = namespaceSuffix();
    removeStale(parent, suffix);
    const std::string dir = parent + "/" + kPrefix + std::to_string(::getpid()) + suffix;
    if (::mkdir(dir.c_str(), 0755) == 0)
        return dir;
    if (errno == EEXIST && ::rmdir(dir.c_str()) == 0 && ::mkdir(dir.c_str(), 0755) == 0)
        return dir;
    return {};
}

} // namespace

Cgroups::~Cgroups()
{
    tearDown();
}

void Cgroups::addJoin(const std::string &dir)
{
    const int fd = ::open((dir + "/cgroup.procs").c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    m_joinFds.push_back(fd);
    m_joinDirs.push_back(dir);
}

int Cgroups::joinIndex(const std::string &dir) const
{
    for (std::size_t i = 0; i < m_joinDirs.size(); ++i) {
        if (!dir.empty() && m_joinDirs[i] == dir)
            return static_cast<int>(i);
    }
    return -1;
}

void Cgroups::admit(pid_t spawner)
{
    const std::string pid = std::to_string(spawner);
    m_exemptIn.assign(m_joinFds.size(), false);
    for (std::size_t i = 0; i < m_joinFds.size(); ++i) {
        m_exemptIn[i] = m_joinFds[i] >= 0 && ::write(m_joinFds[i], pid.data(), pid.size()) ==
                                                 static_cast<ssize_t>(pid.size());
    }
    m_exempt = spawner;
}

bool Cgroups::anyAdmitted() const
{
    return std::find(m_exemptIn.begin(), m_exemptIn.end(), true) != m_exemptIn.end();
}

void Cgroups::setUp(Notes *notes)
{
    Layout layout;
    layout.discover();
    m_v2 = makeGroup(ownDir(layout.v2, layout.ownV2));
    if (!m_v2.empty()) {
        if (!exists(m_v2 + "/memory.max") || !exists(m_v2 + "/pids.max")) {
            // Works where our group's parent may delegate (no processes of its own, or the root).
            const std::string parent = m_v2.substr(0, m_v2.rfind('/'));
            writeFile(parent + "/cgroup.subtree_control", "+memory");
            writeFile(parent + "/cgroup.subtree_control", "+pids");
        }
        m_v2Memory = exists(m_v2 + "/memory.max");
        m_v2Pids = exists(m_v2 + "/pids.max");
        addJoin(m_v2);
    }
    if (!m_v2Memory) {
        m_v1Memory = makeGroup(ownDir(layout.v1Memory, layout.ownMemory));
        if (!m_v1Memory.empty())
            addJoin(m_v1Memory);
    }
    if (!m_v2Pids) {
        m_v1Pids = makeGroup(ownDir(layout.v1Pids, layout.ownPids));
        if (!m_v1Pids.empty())
            addJoin(m_v1Pids);
    }
    if (m_v2.empty() && m_v1Memory.empty() && m_v1Pids.empty())
        notes->emplace_back("no_cgroup", "no writable cgroup: the tree is tracked by process "
                                         "group and parentage only");
}

void Cgroups::apply(const Request &request, Notes *notes)
{
    const bool capMemory = request.memoryLimitBytes > 0;
    const std::string memoryLimit = std::to_string(request.memoryLimitBytes);
    m_memoryCap = false;
    if (m_v2Memory && joinIndex(m_v2) >= 0) {
        m_memoryCap =
            m_files.set(m_v2 + "/memory.max", capMemory ? memoryLimit : "max") && capMemory;
        if (m_files.exists(m_v2 + "/memory.swap.max"))
            m_files.set(m_v2 + "/memory.swap.max", m_memoryCap ? "0" : "max");
    } else if (joinIndex(m_v1Memory) >= 0) {
        // Without memsw, swap would let the tree exceed the cap (where swap is accounted). memsw
        // may never be below the plain limit: whichever write the order refuses, the retry makes.
        const std::string value = capMemory ? memoryLimit : "-1";
        const std::string limit = m_v1Memory + "/memory.limit_in_bytes";
        const std::string memsw = m_v1Memory + "/memory.memsw.limit_in_bytes";
        bool ok = m_files.set(limit, value);
        if (m_files.exists(memsw)) {
            m_files.set(memsw, value);
            ok = ok || m_files.set(limit, value);
        }
        m_memoryCap = ok && capMemory;
    }
    if (capMemory && !m_memoryCap) {
        notes->emplace_back("memory_cap_unavailable",
                            "no writable memory cgroup (v1 memory.limit_in_bytes or v2 "
                            "memory.max): the memory cap is not applied");
    }

    const bool capProcesses = request.maxProcesses > 0;
    const int pidsJoin = m_v2Pids ? joinIndex(m_v2) : joinIndex(m_v1Pids);
    const bool spawnerCounts = pidsJoin >= 0 && admitted(static_cast<std::size_t>(pidsJoin));
    const std::string processLimit =
        capProcesses ? std::to_string(request.maxProcesses + (spawnerCounts ? 1 : 0)) : "max";
    m_processCap = m_processCapV1 = false;
    m_processCapJoinIndex = -1;
    if (m_v2Pids && joinIndex(m_v2) >= 0) {
        m_processCap = m_files.set(m_v2 + "/pids.max", processLimit) && capProcesses;
        if (m_processCap)
            m_processCapJoinIndex = joinIndex(m_v2);
    } else if (joinIndex(m_v1Pids) >= 0) {
        m_processCap = m_files.set(m_v1Pids + "/pids.max", processLimit) && capProcesses;
        m_processCapV1 = m_processCap;
        if (m_processCap)
            m_processCapJoinIndex = joinIndex(m_v1Pids);
    }

    // A fresh peak: v1 takes the current usage as its new high-water mark; v2 (Linux 6.12+)
    // does the same for reads through the descriptor that was written to.
    if (m_peakFd >= 0) {
        ::close(m_peakFd);
        m_peakFd = -1;
    }
    if (m_v2Memory && !m_v2.empty()) {
        m_peakFd = ::open((m_v2 + "/memory.peak").c_str(), O_RDWR | O_CLOEXEC);
        if (m_peakFd >= 0 && ::write(m_peakFd, "reset\n", 6) != 6) {
            ::close(m_peakFd);
            m_peakFd = -1;
        }
    } else if (!m_v1Memory.empty()) {
        m_files.write(m_v1Memory + "/memory.max_usage_in_bytes", "0");
    }
    m_oomBase = std::max<std::int64_t>(0, rawOomKills());
    m_limitHitsBase = std::max<std::int64_t>(0, rawProcessLimitHits());
}

std::string Cgroups::memoryMode() const
{
    if (!m_memoryCap)
        return {};
    return m_v2Memory ? "cgroup-v2" : "cgroup-v1";
}

std::string Cgroups::processMode() const
{
    if (!m_processCap)
        return {};
    return m_processCapV1 ? "cgroup-v1" : "cgroup-v2";
}

std::string Cgroups::killMode() const
{
    if (!m_v2.empty() && m_files.exists(m_v2 + "/cgroup.kill"))
        return "cgroup-v2";
    return canList() ? "cgroup-v1" : std::string();
}

std::string Cgroups::listDir() const
{
    // Any group every process of the tree is in will do; all of ours are joined together.
    for (const std::string &dir : m_joinDirs) {
        if (!dir.empty())
            return dir;
    }
    return {};
}

std::vector<pid_t> Cgroups::processes() const
{
    const std::string dir = listDir();
    if (dir.empty())
        return {};
    return pidsOf(m_files.read(dir + "/cgroup.procs"), m_exempt);
}

void Cgroups::killAll(std::int64_t deadlineNs) const
{
    if (!m_v2.empty())
        m_files.write(m_v2 + "/cgroup.kill", "1");
    // Until nothing is listed (the process cap bounds forks); nothing is without a group.
    killUntilEmpty([this] { return processes(); }, deadlineNs, 500);
}

std::int64_t Cgroups::cpuUsageUs() const
{
    return m_v2.empty() ? -1 : parseKeyed(m_files.read(m_v2 + "/cpu.stat"), "usage_usec");
}

std::int64_t Cgroups::memoryPeakBytes() const
{
    if (m_v2Memory && m_peakFd >= 0) {
        char buffer[32] = {};
        const ssize_t n = ::pread(m_peakFd, buffer, sizeof buffer - 1, 0);
        return n > 0 && buffer[0] >= '0' && buffer[0] <= '9' ? std::strtoll(buffer, nullptr, 10)
                                                             : -1;
    }
    if (m_v2Memory)
        return parseNumber(m_files.read(m_v2 + "/memory.peak"));
    return m_v1Memory.empty()
               ? -1
               : parseNumber(m_files.read(m_v1Memory + "/memory.max_usage_in_bytes"));
}

std::int64_t Cgroups::oomKills() const
{
    const std::int64_t raw = rawOomKills();
    return raw < 0 ? -1 : raw - m_oomBase;
}

std::int64_t Cgroups::processLimitHits() const
{
    const std::int64_t raw = rawProcessLimitHits();
    return raw < 0 ? -1 : raw - m_limitHitsBase;
}

std::int64_t Cgroups::rawOomKills() const
{
    if (m_v2Memory)
        return parseKeyed(m_files.read(m_v2 + "/memory.events"), "oom_kill");
    return m_v1Memory.empty()
               ? -1
               : parseKeyed(m_files.read(m_v1Memory + "/memory.oom_control"), "oom_kill");
}

std::int64_t Cgroups::rawProcessLimitHits() const
{
    if (!m_v1Pids.empty())
        return parseKeyed(m_files.read(m_v1Pids + "/pids.events"), "max");
    return m_v2Pids ? parseKeyed(m_files.read(m_v2 + "/pids.events"), "max") : -1;
}

void Cgroups::forgetJoin(int index)
{
    if (index < 0 || index >= static_cast<int>(m_joinDirs.size()))
        return;
    std::string &dir = m_joinDirs[static_cast<std::size_t>(index)];
    if (index == m_processCapJoinIndex) {
        m_processCap = m_processCapV1 = false;
        m_processCapJoinIndex = -1;
    }
    if (dir == m_v2) {
        if (m_v2Memory)
            m_memoryCap = false;
        m_v2Memory = m_v2Pids = false;
        removeGroup(&m_v2);
    } else if (dir == m_v1Memory) {
        m_memoryCap = false;
        removeGroup(&m_v1Memory);
    } else if (dir == m_v1Pids) {
        removeGroup(&m_v1Pids);
    }
    m_files.clear();
    dir.clear();
    // The next run of a session does not try again.
    int &fd = m_joinFds[static_cast<std::size_t>(index)];
    ::close(fd);
    fd = -1;
}

void Cgroups::tearDown()
{
    m_files.clear();
    if (m_peakFd >= 0)
        ::close(m_peakFd);
    m_peakFd = -1;
    for (int fd : m_joinFds) {
        if (fd >= 0)
            ::close(fd);
    }
    m_joinFds.clear();
    m_joinDirs.clear();
    removeGroup(&m_v2);
    removeGroup(&m_v1Memory);
    removeGroup(&m_v1Pids);
}

} // namespace fcl::linuxcg
