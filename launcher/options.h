// The launcher's command line, the same on every platform.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace fcl {

struct Options
{
    std::vector<std::string> command; // program and its arguments, after `--`
    std::string workingDirectory;
    std::string stdinPath;  // empty: the null device
    std::string stdoutPath; // empty: the null device
    std::string stderrPath;
    std::string user; // run as this user (POSIX, needs root)
    // NAME=VALUE; when not empty, the program's whole environment (and its PATH lookup)
    std::vector<std::string> environment;
    std::int64_t outputCapBytes = 1 << 20;
    std::int64_t timeoutMs = 0; // 0: none
    std::int64_t memoryLimitBytes = 0;
    std::int64_t maxProcesses = 512; // 0: none
    std::int64_t cpu = -1;           // Linux: run the program on this CPU only; -1: anywhere
    std::int64_t sampleMs = 20;      // 0: no samples
    bool useCgroups = true;
    bool useSpawner = true; // Linux sessions: create the program through fastercodes-spawner
    bool requireProcessCap = false;
    bool cancelOnStdinEof = false;
    bool session = false; // read run requests from stdin, one per line (session.h)
    bool help = false;
    bool version = false;
};

struct ParsedOptions
{
    bool ok = false;
    std::string error;
    Options options;
};

// args excludes argv[0].
ParsedOptions parseOptions(const std::vector<std::string> &args);
const char *usageText();

} // namespace fcl
