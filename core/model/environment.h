#pragma once

#include <QString>

namespace fc {

/// Where a comparison ran. A result without it cannot be judged later.
struct Environment
{
    QString cpuModel;
    int cores = 0;
    QString os;
    QString kernel;
    QString arch;
    QString hostname;
    QString appVersion;
    QString qtVersion;
    double memoryTotalKiB = 0;

    /// This machine, now.
    static Environment current();
    bool operator==(const Environment &) const = default;
};

} // namespace fc
