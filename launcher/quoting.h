// How the launcher's protocol writes a word that may need quoting, in both directions: the
// launcher's records (protocol.cpp) and the requests the app sends a session
// (core/probe/launchersession.cpp). Plain C++ without Qt, header-only, so that the app can use
// it without linking anything of the launcher. Reading a quoted word back is here too, for both
// readers: core/probe/launcherprotocol.cpp (the records) and session.cpp's splitRequest.
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

inline int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

enum class Unquoted
{
    Ok,
    BadHexEscape,  // \x without two hex digits
    UnknownEscape, // a backslash before anything appendQuoted does not write
    Unterminated,  // the line ended before the closing quote
};

// Reads what appendQuoted wrote, from after the opening quote: the text into *value, *i past
// the closing quote. On an error *i is the 1-based column of the escape's letter.
inline Unquoted readQuoted(std::string_view line, std::size_t *i, std::string *value)
{
    const std::size_t n = line.size();
    while (*i < n) {
        const char c = line[(*i)++];
        if (c == '"')
            return Unquoted::Ok;
        if (c != '\\') {
            *value += c;
            continue;
        }
        if (*i >= n)
            break;
        const char e = line[(*i)++];
        switch (e) {
        case 'n':
            *value += '\n';
            break;
        case 'r':
            *value += '\r';
            break;
        case 't':
            *value += '\t';
            break;
        case '\\':
        case '"':
            *value += e;
            break;
        case 'x': {
            const int hi = *i + 1 < n ? hexDigit(line[*i]) : -1;
            const int lo = *i + 1 < n ? hexDigit(line[*i + 1]) : -1;
            if (hi < 0 || lo < 0)
                return Unquoted::BadHexEscape;
            *value += static_cast<char>(hi * 16 + lo);
            *i += 2;
            break;
        }
        default:
            return Unquoted::UnknownEscape;
        }
    }
    return Unquoted::Unterminated;
}

} // namespace fcl
