#include "session.h"

#include "quoting.h"

#include <cstdlib>

namespace fcl {

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
        switch (readQuoted(line, &i, &word)) {
        case Unquoted::Ok:
            break;
        case Unquoted::BadHexEscape:
            *error = "bad \\x escape at column " + std::to_string(i);
            return false;
        case Unquoted::UnknownEscape:
            *error = "unknown escape at column " + std::to_string(i);
            return false;
        case Unquoted::Unterminated:
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
