// Keeps the first `cap` bytes of a stream in a file and counts the rest, so that a program that
// prints 100 MB costs bounded memory and disk.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

namespace fcl {

class OutputSink
{
public:
    OutputSink() = default;
    OutputSink(const OutputSink &) = delete;
    OutputSink &operator=(const OutputSink &) = delete;
    ~OutputSink();

    // Returns false (errno set) when the file cannot be created, or when the path names
    // something other than a regular file with one name (then problem() says what it is).
    bool open(const std::string &path, std::int64_t cap);
    // Why the last open() refused an existing path, or nullptr (then errno tells).
    const char *problem() const { return m_problem; }
    void write(const char *data, std::size_t size);
    void close();

    std::int64_t kept() const { return m_kept; }
    std::int64_t dropped() const { return m_dropped; }

private:
    std::FILE *m_file = nullptr;
    const char *m_problem = nullptr;
    std::int64_t m_cap = 0;
    std::int64_t m_kept = 0;
    std::int64_t m_dropped = 0;
};

} // namespace fcl
