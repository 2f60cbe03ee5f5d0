#include "linux_cgroupfiles.h"

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace fcl::linuxcg {

int GroupFiles::descriptor(const std::string &path, int flags)
{
    auto &fds = flags == O_RDONLY ? m_readFds : m_writeFds;
    const auto it = fds.find(path);
    if (it != fds.end())
        return it->second;
    const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
    if (fd >= 0)
        fds.emplace(path, fd);
    return fd;
}

std::string GroupFiles::read(const std::string &path)
{
    const int fd = descriptor(path, O_RDONLY);
    if (fd < 0)
        return {};
    std::string text;
    char buffer[4096];
    ssize_t n;
    // From offset 0 each time: cgroupfs generates the file afresh.
    // A short read is the whole file: cgroupfs hands out a generated file in one piece.
    while ((n = ::pread(fd, buffer, sizeof buffer, static_cast<off_t>(text.size()))) > 0) {
        text.append(buffer, static_cast<std::size_t>(n));
        if (static_cast<std::size_t>(n) < sizeof buffer)
            break;
    }
    return text;
}

bool GroupFiles::write(const std::string &path, const std::string &value)
{
    m_settings.erase(path);
    const int fd = descriptor(path, O_WRONLY);
    if (fd < 0)
        return false;
    return ::pwrite(fd, value.data(), value.size(), 0) == static_cast<ssize_t>(value.size());
}

bool GroupFiles::set(const std::string &path, const std::string &value)
{
    const auto it = m_settings.find(path);
    if (it != m_settings.end() && it->second == value)
        return true;
    if (!write(path, value))
        return false;
    m_settings[path] = value;
    return true;
}

bool GroupFiles::exists(const std::string &path)
{
    const auto it = m_exists.find(path);
    if (it != m_exists.end())
        return it->second;
    const bool found = ::access(path.c_str(), F_OK) == 0;
    m_exists.emplace(path, found);
    return found;
}

void GroupFiles::clear()
{
    for (auto *fds : {&m_readFds, &m_writeFds}) {
        for (const auto &[path, fd] : *fds)
            ::close(fd);
        fds->clear();
    }
    m_settings.clear();
    m_exists.clear();
}

} // namespace fcl::linuxcg
