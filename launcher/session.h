// The session mode's input: run requests, one per line on stdin (docs/measurement.md).
//
//   request = "run" *(" " word) LF      the one-shot command line, word by word
//           / "cancel" [" " seq] LF     kill the run numbered seq (or whichever runs)
//   word    = bare / quoted             as protocol values: bare has no space, '"', '\' or
//                                       control bytes; quoted takes \\ \" \n \r \t \xHH
//
// Plain C++ and no I/O, so that every platform compiles it and the tests can reason about it.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace fcl {

// Splits a request line into words; false (with *error) when it is malformed.
bool splitRequest(std::string_view line, std::vector<std::string> *words, std::string *error);

// Collects bytes as they arrive and hands out complete lines (without their newline).
class LineBuffer
{
public:
    static constexpr std::size_t kMaxLine = 1 << 20; // a longer request is cut and then refused

    void append(const char *data, std::size_t size);
    bool hasLine() const { return !m_lines.empty(); }
    std::string takeLine();
    std::deque<std::string> &lines() { return m_lines; }

private:
    std::string m_partial;
    std::deque<std::string> m_lines;
};

// A `cancel [seq]` line: true, and *seq (0 when none was given).
bool isCancelRequest(std::string_view line, std::int64_t *seq);

} // namespace fcl
