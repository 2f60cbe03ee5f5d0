#include "linux_cgroup.h"

#include "posix_util.h"

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

std::int64_t readNumber(const std::string &path)
{
    const std::string text = readFile(path);
    if (text.empty() || text[0] < '0' || text[0] > '9')
        return -1;
    return std::strtoll(text.c_str(), nullptr, 10);
}

// The value of `key` in a "key value" per line file (memory.events, pids.events, cpu.stat ...).
std::int64_t readKeyed(const std::string &path, const std::string &key)
{
    const std::string text = readFile(path);
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

// Removes groups left behind by launchers that were killed before they could clean up.
void removeStale(const std::string &parent)
{
    DIR *dir = ::opendir(parent.c_str());
    if (!dir)
        return;
    const std::size_t prefixLength = std::strlen(kPrefix);
    while (const dirent *entry = ::readdir(dir)) {
        if (std::strncmp(entry->d_name, kPrefix, prefixLength) != 0)
            continue;
        const long pid = std::strtol(entry->d_name + prefixLength, nullptr, 10);
        if (pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH)
            ::rmdir((parent + "/" + entry->d_name).c_str());
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
    removeStale(parent);
    const std::string dir = parent + "/" + kPrefix + std::to_string(::getpid());
    if (::mkdir(dir.c_str(), 0755) == 0)
        return dir;
    if (errno == EEXIST && ::rmdir(dir.c_str()) == 0 && ::mkdir(dir.c_str(), 0755) == 0)
        return dir;
    return {};
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

} // namespace

Cgroups::~Cgroups()
{
    tearDown();
}

void Cgroups::addJoin(const std::string &dir, bool enforcesProcessCap)
{
    const int fd = ::open((dir + "/cgroup.procs").c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    if (enforcesProcessCap)
        m_processCapJoinIndex = static_cast<int>(m_joinFds.size());
    m_joinFds.push_back(fd);
    m_joinDirs.push_back(dir);
}

void Cgroups::setUp(const Request &request, Notes *notes)
{
    Layout layout;
    layout.discover();
    const std::string memoryLimit = std::to_string(request.memoryLimitBytes);
    const std::string processLimit = std::to_string(request.maxProcesses);

    m_v2 = makeGroup(ownDir(layout.v2, layout.ownV2));
    if (!m_v2.empty()) {
        if ((request.memoryLimitBytes > 0 || request.maxProcesses > 0) &&
            (!exists(m_v2 + "/memory.max") || !exists(m_v2 + "/pids.max"))) {
            // Works where our group's parent may delegate (no processes of its own, or the root).
            const std::string parent = m_v2.substr(0, m_v2.rfind('/'));
            writeFile(parent + "/cgroup.subtree_control", "+memory");
            writeFile(parent + "/cgroup.subtree_control", "+pids");
        }
        m_v2Memory = exists(m_v2 + "/memory.max");
        m_v2Pids = exists(m_v2 + "/pids.max");
        if (m_v2Memory && request.memoryLimitBytes > 0) {
            m_memoryCap = writeFile(m_v2 + "/memory.max", memoryLimit);
            if (m_memoryCap && exists(m_v2 + "/memory.swap.max"))
                writeFile(m_v2 + "/memory.swap.max", "0");
        }
        if (m_v2Pids && request.maxProcesses > 0)
            m_processCap = writeFile(m_v2 + "/pids.max", processLimit);
        addJoin(m_v2, m_processCap);
    }
    if (!m_v2Memory) {
        m_v1Memory = makeGroup(ownDir(layout.v1Memory, layout.ownMemory));
        if (!m_v1Memory.empty() && request.memoryLimitBytes > 0) {
            m_memoryCap = writeFile(m_v1Memory + "/memory.limit_in_bytes", memoryLimit);
            // Without this, swap would let the tree exceed the cap (where swap is accounted).
            if (m_memoryCap && exists(m_v1Memory + "/memory.memsw.limit_in_bytes"))
                writeFile(m_v1Memory + "/memory.memsw.limit_in_bytes", memoryLimit);
        }
        if (!m_v1Memory.empty())
            addJoin(m_v1Memory, false);
    }
    if (!m_processCap && request.maxProcesses > 0) {
        m_v1Pids = makeGroup(ownDir(layout.v1Pids, layout.ownPids));
        if (!m_v1Pids.empty()) {
            m_processCap = writeFile(m_v1Pids + "/pids.max", processLimit);
            addJoin(m_v1Pids, m_processCap);
        }
    }
    if (request.memoryLimitBytes > 0 && !m_memoryCap) {
        notes->emplace_back("memory_cap_unavailable",
                            "no writable memory cgroup (v1 memory.limit_in_bytes or v2 "
                            "memory.max): the memory cap is not applied");
    }
    if (m_v2.empty() && m_v1Memory.empty() && m_v1Pids.empty())
        notes->emplace_back("no_cgroup", "no writable cgroup: the tree is tracked by process "
                                         "group and parentage only");
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
    return m_v1Pids.empty() ? "cgroup-v2" : "cgroup-v1";
}

std::string Cgroups::killMode() const
{
    if (!m_v2.empty() && exists(m_v2 + "/cgroup.kill"))
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
    std::vector<pid_t> pids;
    const std::string dir = listDir();
    if (dir.empty())
        return pids;
    const std::string text = readFile(dir + "/cgroup.procs");
    const char *p = text.c_str();
    while (*p) {
        char *end = nullptr;
        const long pid = std::strtol(p, &end, 10);
        if (end == p)
            break;
        if (pid > 0)
            pids.push_back(static_cast<pid_t>(pid));
        p = end;
        while (*p == '\n')
            ++p;
    }
    return pids;
}

void Cgroups::killAll(std::int64_t deadlineNs) const
{
    if (!m_v2.empty())
        writeFile(m_v2 + "/cgroup.kill", "1");
    // v1 has no cgroup.kill: kill what is listed until nothing is (the process cap bounds forks).
    while (canList()) {
        const std::vector<pid_t> pids = processes();
        if (pids.empty() || posix::monotonicNs() > deadlineNs)
            break;
        for (pid_t pid : pids)
            ::kill(pid, SIGKILL);
        ::usleep(500);
    }
}

std::int64_t Cgroups::cpuUsageUs() const
{
    return m_v2.empty() ? -1 : readKeyed(m_v2 + "/cpu.stat", "usage_usec");
}

std::int64_t Cgroups::memoryPeakBytes() const
{
    if (m_v2Memory)
        return readNumber(m_v2 + "/memory.peak");
    return m_v1Memory.empty() ? -1 : readNumber(m_v1Memory + "/memory.max_usage_in_bytes");
}

std::int64_t Cgroups::oomKills() const
{
    if (m_v2Memory)
        return readKeyed(m_v2 + "/memory.events", "oom_kill");
    return m_v1Memory.empty() ? -1 : readKeyed(m_v1Memory + "/memory.oom_control", "oom_kill");
}

std::int64_t Cgroups::processLimitHits() const
{
    if (!m_v1Pids.empty())
        return readKeyed(m_v1Pids + "/pids.events", "max");
    return m_v2Pids ? readKeyed(m_v2 + "/pids.events", "max") : -1;
}

void Cgroups::forgetJoin(int index)
{
    if (index < 0 || index >= static_cast<int>(m_joinDirs.size()))
        return;
    std::string &dir = m_joinDirs[static_cast<std::size_t>(index)];
    if (index == m_processCapJoinIndex) {
        m_processCap = false;
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
    dir.clear();
}

void Cgroups::tearDown()
{
    for (int fd : m_joinFds)
        ::close(fd);
    m_joinFds.clear();
    m_joinDirs.clear();
    removeGroup(&m_v2);
    removeGroup(&m_v1Memory);
    removeGroup(&m_v1Pids);
}

} // namespace fcl::linuxcg
