#include "protocol.h"

#include "quoting.h"

#include <algorithm>
#include <cinttypes>

namespace fcl {

Record::Record(std::string_view kind)
    : m_line(kind)
{}

void Record::key(std::string_view key)
{
    m_line += ' ';
    m_line += key;
    m_line += '=';
}

Record &Record::num(std::string_view key, std::int64_t value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%" PRId64, value);
    this->key(key);
    m_line += buffer;
    return *this;
}

Record &Record::known(std::string_view key, std::int64_t value)
{
    return value == kUnknown ? *this : num(key, value);
}

Record &Record::fixed(std::string_view key, double value, int decimals)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    this->key(key);
    m_line += buffer;
    return *this;
}

Record &Record::word(std::string_view key, std::string_view value)
{
    // A word must stay one token, also against the '=' of the next key.
    if (!isBareWord(value, "="))
        return text(key, value);
    this->key(key);
    m_line += value;
    return *this;
}

Record &Record::text(std::string_view key, std::string_view value)
{
    this->key(key);
    appendQuoted(m_line, value);
    return *this;
}

void ProtocolWriter::write(const Record &record)
{
    // One fwrite per line, flushed at once: the reader sees whole records as soon as they exist.
    std::string line = record.line();
    if (m_run > 0) {
        // Right after the kind, where a reader looking for its run finds it first.
        const std::size_t kindEnd = std::min(line.find(' '), line.size());
        line.insert(kindEnd, " run=" + std::to_string(m_run));
    }
    line += '\n';
    std::fwrite(line.data(), 1, line.size(), m_out);
    if (!m_held)
        std::fflush(m_out);
}

void ProtocolWriter::setHeld(bool held)
{
    m_held = held;
    if (!held)
        std::fflush(m_out);
}

void ProtocolWriter::header(std::string_view os, std::string_view launcherVersion, bool session)
{
    Record r("fcl");
    r.num("version", kProtocolVersion).word("os", os).word("launcher", launcherVersion);
    if (session)
        r.num("session", 1);
    write(r);
}

void ProtocolWriter::limits(const Limits &limits)
{
    Record r("limits");
    r.word("memory", limits.memory)
        .word("procs", limits.processes)
        .word("kill", limits.kill)
        .num("memory_limit_bytes", limits.memoryLimitBytes)
        .num("max_procs", limits.maxProcesses)
        .num("timeout_ms", limits.timeoutMs);
    write(r);
}

void ProtocolWriter::note(std::string_view code, std::string_view text)
{
    write(Record("note").word("code", code).text("text", text));
}

void ProtocolWriter::sample(const Sample &s)
{
    Record r("sample");
    r.num("t_ms", s.elapsedMs)
        .fixed("cpu_pct", s.cpuPercent, 1)
        .num("rss_kib", s.rssKib)
        .num("procs", s.processes)
        .known("threads", s.threads);
    write(r);
}

void ProtocolWriter::result(const RunResult &x)
{
    Record r("result");
    r.known("wall_ns", x.wallNs)
        .known("user_us", x.userUs)
        .known("sys_us", x.sysUs)
        .known("maxrss_kib", x.maxRssKib)
        .num("exit", x.exitCode)
        .num("signal", x.signal)
        .num("core_dumped", x.coreDumped ? 1 : 0)
        .num("timed_out", x.timedOut ? 1 : 0)
        .num("cancelled", x.cancelled ? 1 : 0)
        .known("oom_killed", x.oomKilled)
        .known("nvcsw", x.voluntaryContextSwitches)
        .known("nivcsw", x.involuntaryContextSwitches)
        .known("minflt", x.minorFaults)
        .known("majflt", x.majorFaults)
        .known("faults", x.pageFaults)
        .num("stdout_bytes", x.stdoutBytes)
        .num("stdout_dropped", x.stdoutDropped)
        .num("stderr_bytes", x.stderrBytes)
        .num("stderr_dropped", x.stderrDropped)
        .known("cgroup_peak_kib", x.cgroupPeakKib)
        .known("commit_peak_kib", x.commitPeakKib)
        .known("footprint_peak_kib", x.footprintPeakKib)
        .known("instructions", x.instructions)
        .known("cycles", x.cycles)
        .known("proc_limit_hits", x.processLimitHits)
        .known("leftover_procs", x.leftoverProcesses)
        .known("spawn_ns", x.spawnNs)
        .known("launcher_maxrss_kib", x.launcherMaxRssKib);
    write(r);
}

void ProtocolWriter::error(std::string_view code, int systemError, std::string_view text)
{
    Record r("error");
    r.word("code", code);
    if (systemError != 0)
        r.num("errno", systemError);
    r.text("text", text);
    write(r);
}

} // namespace fcl
