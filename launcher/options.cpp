#include "options.h"

#include <cerrno>
#include <cstdlib>

namespace fcl {

namespace {

bool parseCount(const std::string &text, std::int64_t *value)
{
    if (text.empty() || text[0] < '0' || text[0] > '9')
        return false;
    errno = 0;
    char *end = nullptr;
    const long long v = std::strtoll(text.c_str(), &end, 10);
    if (errno != 0 || *end != '\0' || v < 0)
        return false;
    *value = v;
    return true;
}

struct Cursor
{
    explicit Cursor(const std::vector<std::string> &a)
        : args(a)
    {}

    const std::vector<std::string> &args;
    std::size_t index = 0;
    std::string name;
    std::string inlineValue;
    bool hasInlineValue = false;

    // The value of the current option, from `--name=value` or the next argument.
    bool value(std::string *out)
    {
        if (hasInlineValue) {
            *out = inlineValue;
            return true;
        }
        if (index + 1 >= args.size())
            return false;
        *out = args[++index];
        return true;
    }
};

} // namespace

const char *usageText()
{
    return "usage: fastercodes-launcher [options] -- PROGRAM [ARGS...]\n"
           "Runs PROGRAM, reaps it and reports its figures as protocol lines on stdout.\n"
           "  --cwd DIR               working directory of the program\n"
           "  --stdin FILE            standard input (default: the null device)\n"
           "  --stdout FILE           keep the program's stdout in FILE (default: null device)\n"
           "  --stderr FILE           keep the program's stderr in FILE (default: null device)\n"
           "  --output-cap BYTES      keep at most BYTES of each stream (default 1048576)\n"
           "  --timeout-ms MS         kill the process tree after MS ms (default 0: none)\n"
           "  --memory-limit BYTES    memory cap for the tree via cgroups/job (default 0: none)\n"
           "  --max-procs N           process cap, threads count on Linux (default 512, 0: none)\n"
           "  --cpu N                 Linux: pin the program to CPU N (default: not pinned)\n"
           "  --require-proc-cap      refuse to run when the process cap cannot be enforced\n"
           "  --sample-ms MS          live sample interval (default 20, 0: off)\n"
           "  --user NAME|UID         run the program as this user (POSIX, needs root)\n"
           "  --no-cgroup             do not use cgroups (Linux)\n"
           "  --no-spawner            create the program with fork, not through\n"
           "                          fastercodes-spawner (Linux sessions)\n"
           "  --cancel-on-stdin-eof   kill the tree and report `cancelled` when stdin closes\n"
           "  --env NAME=VALUE        the program's environment instead of the launcher's\n"
           "                          (repeat it: all of them together are the environment)\n"
           "  --session               stay alive: read `run OPTIONS -- PROGRAM ARGS` requests\n"
           "                          on stdin, one per line (Linux; docs/measurement.md)\n"
           "  --version, --help\n";
}

ParsedOptions parseOptions(const std::vector<std::string> &args)
{
    ParsedOptions parsed;
    Options &o = parsed.options;
    Cursor c{args};
    auto fail = [&parsed](std::string message) {
        parsed.error = std::move(message);
        return parsed;
    };
    for (; c.index < args.size(); ++c.index) {
        const std::string &arg = args[c.index];
        if (arg == "--") {
            o.command.assign(args.begin() + static_cast<std::ptrdiff_t>(c.index) + 1, args.end());
            break;
        }
        if (arg.rfind("--", 0) != 0) {
            // The first bare word starts the command, so `launcher prog args` works too.
            o.command.assign(args.begin() + static_cast<std::ptrdiff_t>(c.index), args.end());
            break;
        }
        const auto eq = arg.find('=');
        c.name = arg.substr(0, eq);
        c.hasInlineValue = eq != std::string::npos;
        c.inlineValue = c.hasInlineValue ? arg.substr(eq + 1) : std::string();

        struct Flag
        {
            const char *name;
            bool *target;
        };
        const Flag flags[] = {{"--no-cgroup", nullptr},
                              {"--no-spawner", nullptr},
                              {"--require-proc-cap", &o.requireProcessCap},
                              {"--cancel-on-stdin-eof", &o.cancelOnStdinEof},
                              {"--session", &o.session},
                              {"--help", &o.help},
                              {"--version", &o.version}};
        bool handled = false;
        for (const Flag &f : flags) {
            if (c.name != f.name)
                continue;
            if (c.hasInlineValue)
                return fail(c.name + " takes no value");
            if (f.target)
                *f.target = true;
            else if (c.name == "--no-cgroup")
                o.useCgroups = false;
            else
                o.useSpawner = false;
            handled = true;
        }
        if (handled)
            continue;

        struct Text
        {
            const char *name;
            std::string *target;
        };
        const Text texts[] = {{"--cwd", &o.workingDirectory},
                              {"--stdin", &o.stdinPath},
                              {"--stdout", &o.stdoutPath},
                              {"--stderr", &o.stderrPath},
                              {"--user", &o.user}};
        for (const Text &t : texts) {
            if (c.name != t.name)
                continue;
            if (!c.value(t.target) || t.target->empty())
                return fail(c.name + " needs a value");
            handled = true;
        }
        if (handled)
            continue;
        if (c.name == "--env") {
            std::string entry;
            if (!c.value(&entry) || entry.find('=') == std::string::npos || entry[0] == '=')
                return fail("--env needs NAME=VALUE");
            o.environment.push_back(entry);
            continue;
        }

        struct Count
        {
            const char *name;
            std::int64_t *target;
        };
        const Count counts[] = {{"--output-cap", &o.outputCapBytes},
                                {"--timeout-ms", &o.timeoutMs},
                                {"--memory-limit", &o.memoryLimitBytes},
                                {"--max-procs", &o.maxProcesses},
                                {"--cpu", &o.cpu},
                                {"--sample-ms", &o.sampleMs}};
        for (const Count &n : counts) {
            if (c.name != n.name)
                continue;
            std::string text;
            if (!c.value(&text))
                return fail(c.name + " needs a value");
            if (!parseCount(text, n.target))
                return fail(c.name + ": not a non-negative integer: " + text);
            handled = true;
        }
        if (!handled)
            return fail("unknown option " + c.name);
    }
    if (o.command.empty() && !o.help && !o.version && !o.session)
        return fail("no program given");
    parsed.ok = true;
    return parsed;
}

} // namespace fcl
