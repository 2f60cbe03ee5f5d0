// The files of the launcher's own cgroups, each opened once and then read and written at offset
// 0: in a session, a path lookup in cgroupfs per access cost more than a short run's own
// set-up. Limits already in force are not written again.
#pragma once

#include <string>
#include <unordered_map>

namespace fcl::linuxcg {

class GroupFiles
{
public:
    GroupFiles() = default;
    GroupFiles(const GroupFiles &) = delete;
    GroupFiles &operator=(const GroupFiles &) = delete;
    ~GroupFiles() { clear(); }

    // The whole file; empty when it cannot be read.
    std::string read(const std::string &path);
    // Writes `value` (an action such as a reset: always done). False with errno on failure.
    bool write(const std::string &path, const std::string &value);
    // Makes `value` the setting of `path` (a limit): not written when it already is.
    bool set(const std::string &path, const std::string &value);
    bool exists(const std::string &path);
    // Closes everything: before the groups are removed.
    void clear();

private:
    int descriptor(const std::string &path, int flags);

    std::unordered_map<std::string, int> m_readFds;
    std::unordered_map<std::string, int> m_writeFds;
    std::unordered_map<std::string, std::string> m_settings; // what set() last wrote
    std::unordered_map<std::string, bool> m_exists;
};

} // namespace fcl::linuxcg
