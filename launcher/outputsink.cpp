#include "outputsink.h"

#include <algorithm>

#ifndef _WIN32
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace fcl {

OutputSink::~OutputSink()
{
    close();
}

bool OutputSink::open(const std::string &path, std::int64_t cap)
{
    close();
    m_problem = nullptr;
    m_cap = cap;
    m_kept = m_dropped = 0;
#ifdef _WIN32
    m_file = std::fopen(path.c_str(), "wb");
#else
    // The path may lie where a measured program could write (a capture in its work dir, as an
    // older runner kept them): never follow a symlink planted there (O_NOFOLLOW), never block on
    // a FIFO (O_NONBLOCK: no reader gives ENXIO at once), and write only into a regular file with
    // one name, truncated only once it is known to be one. Close-on-exec: the program never
    // inherits it.
    const int fd =
        ::open(path.c_str(), O_WRONLY | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    struct stat st{};
    int error = 0;
    if (::fstat(fd, &st) != 0)
        error = errno;
    else if (!S_ISREG(st.st_mode))
        m_problem = "not a regular file";
    else if (st.st_nlink != 1)
        m_problem = "a regular file with more than one name (a hard link)";
    else if (::ftruncate(fd, 0) != 0 || ::fcntl(fd, F_SETFL, 0) != 0)
        error = errno;
    if (error != 0 || m_problem) {
        ::close(fd);
        errno = error != 0 ? error : EINVAL;
        return false;
    }
    m_file = ::fdopen(fd, "wb");
    if (!m_file) {
        const int e = errno;
        ::close(fd);
        errno = e;
    }
#endif
    return m_file != nullptr;
}

void OutputSink::write(const char *data, std::size_t size)
{
    const auto total = static_cast<std::int64_t>(size);
    const std::int64_t room = std::max<std::int64_t>(0, m_cap - m_kept);
    const std::int64_t keep = m_file ? std::min(room, total) : 0;
    std::int64_t written = 0;
    if (keep > 0)
        written =
            static_cast<std::int64_t>(std::fwrite(data, 1, static_cast<std::size_t>(keep), m_file));
    m_kept += written;
    m_dropped += total - written; // a failed write (disk full) counts as dropped, not lost
}

void OutputSink::close()
{
    if (m_file) {
        std::fclose(m_file);
        m_file = nullptr;
    }
}

} // namespace fcl
