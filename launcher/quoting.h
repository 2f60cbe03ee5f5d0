// How the launcher's protocol writes a word that may need quoting, in both directions: the
// launcher's records (protocol.cpp) and the requests the app sends a session
// (core/probe/launchersession.cpp). Plain C++ without Qt, header-only, so that the app can use
// it without linking anything of the launcher. The readers are core/probe/launcherprotocol.cpp
// and session.cpp's splitRequest.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

namespace fcl {

// Whether `word` can stand bare: not empty, no space, quote, backslash or control character (a
// reader would take them for the word's end or an escape), nor any of `alsoQuoted`.
inline bool isBareWord(std::string_view word, std::string_view alsoQuoted = {})
{
    if (word.empty())
        return false;
    for (char c : word) {
        if (c == ' ' || c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20 ||
            alsoQuoted.find(c) != std::string_view::npos)
            return false;
    }
    return true;
}

// Appends `text` as one quoted word: "…" with \" \\ \n \r \t, and \xHH for any other control
// character, so that the line stays one line.
inline void appendQuoted(std::string &out, std::string_view text)
{
    out += '"';
    for (char c : text) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\x%02x", static_cast<unsigned char>(c));
                out += escaped;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

} // namespace fcl
