#pragma once

#include <QtGlobal>

namespace fc {

/// How a comparison is run. The defaults are the documented ones (docs/measurement.md).
struct RunPlan
{
    enum class Mode
    {
        Fixed,
        Adaptive
    };
    Mode mode = Mode::Adaptive;
    int runs = 10;                ///< counted runs per side in Fixed mode
    int minRuns = 10;             ///< Adaptive: never fewer
    int maxRuns = 1000;           ///< Adaptive: never more
    double targetCiPercent = 1.0; ///< Adaptive: stop when each median's 95% CI is within ±this %
    double timeBudgetS = 30.0;    ///< Adaptive: or when this much time was spent running
    int warmup = 1;               ///< per side, not counted; its output is the one kept
    double timeoutS = 30.0;       ///< per run, like the original service
    double memoryLimitMiB = 0;    ///< 0 = no cap
    int processLimit = 512;       ///< threads count too on Linux
    bool sandbox = false;
    qint64 outputCapBytes = 1 << 20;
    bool checkOutputs = false; ///< compare the kept stdout of both sides
    /// "Faster" only when the ratio's 95% CI lies wholly beyond ±this % (Verdict::decide).
    double thresholdPercent = 1.0;
    /// Linux: both sides' programs pinned to this CPU (sched_setaffinity); -1: not pinned.
    int cpu = -1;

    bool operator==(const RunPlan &) const = default;
};

} // namespace fc
