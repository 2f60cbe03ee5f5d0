#pragma once

#include <QList>
#include <chrono>

namespace fc {

struct Summary;

/// When an adaptive run plan stops (design §3, issue 3 "Defaults").
struct StopRule
{
    qsizetype minRuns = 10;   ///< per side, always run, even past the time budget
    qsizetype maxRuns = 1000; ///< per side, never exceeded
    double target = 0.01;     ///< relative half-width of each median's 95% CI; <= 0: never
    std::chrono::milliseconds budget{30000}; ///< for the counted runs; <= 0: no budget
};

enum class StopReason
{
    KeepGoing,
    TargetReached, ///< every side's median is known to within the target
    MaxRuns,
    BudgetSpent,
};

/// max(median - lower, upper - median) / |median| of the summary's 95% median CI; +inf when the
/// CI does not exist yet (fewer than 6 runs) or the median is 0.
double relativeHalfWidth(const Summary &summary);

/// The decision after each round of runs. `runsPerSide` is the smallest count of counted runs
/// over the sides, `worstHalfWidth` the largest relativeHalfWidth() over the sides (and metrics
/// the plan watches). Precedence: fewer than minRuns -> KeepGoing; then MaxRuns; then
/// TargetReached; then BudgetSpent.
StopReason shouldStop(const StopRule &rule, qsizetype runsPerSide, double worstHalfWidth,
                      std::chrono::milliseconds elapsed);

/// The same from the sides' summaries of the watched metric (usually wall time).
StopReason shouldStop(const StopRule &rule, const QList<Summary> &sides,
                      std::chrono::milliseconds elapsed);

} // namespace fc
