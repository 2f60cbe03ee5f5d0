// fastercodes-launcher: starts one program, reaps it and reports the OS's own figures for it as
// protocol lines on stdout (docs/measurement.md). Plain C++ without Qt: its small image keeps
// the app's memory out of the measured program's peak.
#include "options.h"
#include "probe.h"
#include "protocol.h"

#include <cstdio>
#include <string>
#include <vector>

#ifdef _WIN32
// clang-format off: shellapi.h needs windows.h before it
#include <fcntl.h>
#include <io.h>
#include <windows.h>
#include <shellapi.h>
// clang-format on

namespace {
std::string toUtf8(const wchar_t *text)
{
    const int size = WideCharToMultiByte(CP_UTF8, 0, text, -1, nullptr, 0, nullptr, nullptr);
    std::string out(size > 0 ? static_cast<std::size_t>(size - 1) : 0, '\0');
    if (size > 1)
        WideCharToMultiByte(CP_UTF8, 0, text, -1, out.data(), size, nullptr, nullptr);
    return out;
}

// The UTF-8 arguments, whatever the console code page is.
std::vector<std::string> arguments(int, char **)
{
    int count = 0;
    wchar_t **wide = CommandLineToArgvW(GetCommandLineW(), &count);
    std::vector<std::string> args;
    for (int i = 1; i < count; ++i)
        args.push_back(toUtf8(wide[i]));
    LocalFree(wide);
    return args;
}
} // namespace
#else
namespace {
std::vector<std::string> arguments(int argc, char **argv)
{
    return std::vector<std::string>(argv + 1, argv + argc);
}
} // namespace
#endif

#ifndef FASTERCODES_VERSION
#define FASTERCODES_VERSION "0"
#endif

int main(int argc, char **argv)
{
#ifdef _WIN32
    _setmode(_fileno(stdout), _O_BINARY); // protocol lines end in \n on every OS
#endif
    const fcl::ParsedOptions parsed = fcl::parseOptions(arguments(argc, argv));
    if (parsed.ok && parsed.options.help) {
        std::fputs(fcl::usageText(), stdout);
        return 0;
    }
    fcl::ProtocolWriter out(stdout);
    if (parsed.ok && parsed.options.version) {
        out.header(fcl::probeOsName(), FASTERCODES_VERSION);
        return 0;
    }
    out.header(fcl::probeOsName(), FASTERCODES_VERSION, parsed.ok && parsed.options.session);
    if (!parsed.ok) {
        out.error("usage", 0, parsed.error);
        std::fprintf(stderr, "fastercodes-launcher: %s\n%s", parsed.error.c_str(),
                     fcl::usageText());
        return 2;
    }
    if (parsed.options.session)
        return fcl::runSession(parsed.options, out);
    return fcl::runProbe(parsed.options, out);
}
