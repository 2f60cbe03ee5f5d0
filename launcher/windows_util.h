// Small Windows helpers of the launcher: text conversions, system messages, the clock, and the
// quoting of a command line.
#pragma once

#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <cstdint>
#include <string>
#include <windows.h>

namespace fcl::windows {

std::wstring widen(const std::string &text);
std::string narrow(const std::wstring &text);
// The system's text for an error code, without its trailing newline and period.
std::string systemMessage(DWORD code);
// QueryPerformanceCounter in nanoseconds.
std::int64_t nowNs();
// One argument quoted so that CommandLineToArgvW and the C runtime read it back unchanged.
void appendQuoted(std::wstring *line, const std::wstring &arg);

} // namespace fcl::windows
