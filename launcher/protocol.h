// The launcher's output: versioned, line-oriented text on its own stdout. docs/measurement.md
// describes it; core/probe/launcherprotocol.cpp is its one parser.
#pragma once

#include "types.h"

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace fcl {

inline constexpr int kProtocolVersion = 1;

// One record: `KIND key=value key=value ...`. Values are bare tokens or "quoted" strings with
// \\ \" \n \r \t escapes, so a record is always exactly one line.
class Record
{
public:
    explicit Record(std::string_view kind);
    Record &num(std::string_view key, std::int64_t value);
    // Leaves the key out when the value is kUnknown.
    Record &known(std::string_view key, std::int64_t value);
    Record &fixed(std::string_view key, double value, int decimals);
    Record &word(std::string_view key, std::string_view value);
    Record &text(std::string_view key, std::string_view value);
    const std::string &line() const { return m_line; }

private:
    void key(std::string_view key);
    std::string m_line;
};

class ProtocolWriter
{
public:
    explicit ProtocolWriter(std::FILE *out)
        : m_out(out)
    {}

    void write(const Record &record);
    // While held, records wait in the buffer; releasing writes them together: the reader wakes
    // once for a run's closing records, not once per line.
    void setHeld(bool held);
    // session: the header says `session=1`, and each run's records carry `run=N`.
    void header(std::string_view os, std::string_view launcherVersion, bool session = false);
    // The run every following record belongs to (session mode); 0: none, no `run` key.
    void setRun(std::int64_t run) { m_run = run; }
    void limits(const Limits &limits);
    void note(std::string_view code, std::string_view text);
    void sample(const Sample &sample);
    void result(const RunResult &result);
    void error(std::string_view code, int systemError, std::string_view text);

private:
    std::FILE *m_out;
    std::int64_t m_run = 0;
    bool m_held = false;
};

} // namespace fcl
