#include "session.h"

#include <cstdlib>

namespace fcl {

namespace {

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

bool splitRequest(std::string_view line, std::vector<std::string> *words, std::string *error)
{
    words->clear();
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    std::size_t i = 0;
    const std::size_t n = line.size();
    while (i < n) {
        if (line[i] == ' ') {
            ++i;
            continue;
        }
        std::string word;
        if (line[i] != '"') {
            while (i < n && line[i] != ' ') {
                const char c = line[i];
                if (c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20) {
                    *error = "bad character in a bare word at column " + std::to_string(i + 1);
                    return false;
                }
                word += c;
                ++i;
            }
            words->push_back(std::move(word));
            continue;
        }
        ++i; // the opening quote
        bool closed = false;
        while (i < n) {
            const char c = line[i++];
            if (c == '"') {
                closed = true;
                break;
            }
            if (c != '\\') {
                word += c;
                continue;
            }
            if (i >= n)
                break;
            const char e = line[i++];
            switch (e) {
            case 'n':
                word += '\n';
                break;
            case 'r':
                word += '\r';
                break;
            case 't':
                word += '\t';
                break;
            case '\\':
            case '"':
                word += e;
                break;
            case 'x': {
                const int hi = i < n ? hexDigit(line[i]) : -1;
                const int lo = i + 1 < n ? hexDigit(line[i + 1]) : -1;
                if (hi < 0 || lo < 0) {
                    *error = "bad \\x escape at column " + std::to_string(i);
                    return false;
                }
                word += static_cast<char>(hi * 16 + lo);
                i += 2;
                break;
            }
            default:
                *error = "unknown escape at column " + std::to_string(i);
                return false;
            }
        }
        if (!closed) {
            *error = "unterminated quoted word";
            return false;
        }
        if (i < n && line[i] != ' ') {
            *error =
                "a quoted word must be followed by a space, at column " + std::to_string(i + 1);
            return false;
        }
        words->push_back(std::move(word));
    }
    return true;
}

void LineBuffer::append(const char *data, std::size_t size)
{
    for (std::size_t i = 0; i < size; ++i) {
        if (data[i] == '\n') {
            m_lines.push_back(std::move(m_partial));
            m_partial.clear();
        } else if (m_partial.size() < kMaxLine) {
            m_partial += data[i];
        }
    }
}

std::string LineBuffer::takeLine()
{
    std::string line = std::move(m_lines.front());
    m_lines.pop_front();
    return line;
}

bool isCancelRequest(std::string_view line, std::int64_t *seq)
{
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    constexpr std::string_view kCancel = "cancel";
    if (line.substr(0, kCancel.size()) != kCancel)
        return false;
    line.remove_prefix(kCancel.size());
    *seq = 0;
    if (line.empty())
        return true;
    if (line[0] != ' ')
        return false;
    *seq = std::strtoll(std::string(line.substr(1)).c_str(), nullptr, 10);
    return true;
}

} // namespace fcl
