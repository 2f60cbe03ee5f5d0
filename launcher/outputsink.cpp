#include "outputsink.h"

#include <algorithm>

namespace fcl {

OutputSink::~OutputSink()
{
    close();
}

bool OutputSink::open(const std::string &path, std::int64_t cap)
{
    close();
#ifdef _WIN32
    m_file = std::fopen(path.c_str(), "wb");
#else
    m_file = std::fopen(path.c_str(), "wbe"); // e: close-on-exec, so the program never inherits it
#endif
    m_cap = cap;
    m_kept = m_dropped = 0;
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
