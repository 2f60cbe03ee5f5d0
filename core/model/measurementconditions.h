#pragma once

#include <QtGlobal>
#include <optional>

namespace fc {

/// What the machine was doing while a comparison's runs were measured, sampled by the runner
/// (core/runner/conditionsampler.h). Not derivable from the runs, so it is stored with them;
/// the health warnings are derived from it (model/health.h). A figure that could not be read is
/// empty, never a guess.
struct MeasurementConditions
{
    int samples = 0;                       ///< 0: nothing was sampled (e.g. an older document)
    double windowMs = 0;                   ///< wall time between the first and the last sample
    int cpus = 0;                          ///< CPUs counted in /proc/stat
    std::optional<double> loadAvgFirst;    ///< 1-minute load average at the first sample
    std::optional<double> loadAvgMax;      ///< and the highest one seen
    std::optional<double> busyCpuMs;       ///< non-idle CPU time of all CPUs over the window
    std::optional<double> ownCpuMs;        ///< of that, our runs' and this process's
    bool frequencyReadable = false;        ///< cpufreq's scaling_cur_freq could be read
    std::optional<double> frequencyMinMHz; ///< lowest of the samples' fastest-core frequency
    std::optional<double> frequencyMaxMHz; ///< highest of them

    /// Other processes' CPU during the runs, in cores (busy minus ours, over the window).
    std::optional<double> otherCpuCores() const
    {
        if (!busyCpuMs || !ownCpuMs || windowMs <= 0)
            return std::nullopt;
        return qMax(0.0, (*busyCpuMs - *ownCpuMs) / windowMs);
    }

    bool operator==(const MeasurementConditions &) const = default;
};

} // namespace fc
