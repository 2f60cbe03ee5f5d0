#include "stats/adaptive.h"

#include "stats/summary.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace fc {

double relativeHalfWidth(const Summary &summary)
{
    constexpr double unknown = std::numeric_limits<double>::infinity();
    if (!summary.medianCi.isValid() || summary.median == 0.0 || std::isnan(summary.median))
        return unknown;
    const double halfWidth =
        std::max(summary.median - summary.medianCi.lower, summary.medianCi.upper - summary.median);
    return halfWidth / std::abs(summary.median);
}

StopReason shouldStop(const StopRule &rule, qsizetype runsPerSide, double worstHalfWidth,
                      std::chrono::milliseconds elapsed)
{
    if (runsPerSide < rule.minRuns)
        return StopReason::KeepGoing;
    if (runsPerSide >= rule.maxRuns)
        return StopReason::MaxRuns;
    if (rule.target > 0.0 && worstHalfWidth <= rule.target)
        return StopReason::TargetReached;
    if (rule.budget.count() > 0 && elapsed >= rule.budget)
        return StopReason::BudgetSpent;
    return StopReason::KeepGoing;
}

StopReason shouldStop(const StopRule &rule, const QList<Summary> &sides,
                      std::chrono::milliseconds elapsed)
{
    if (sides.isEmpty())
        return StopReason::KeepGoing;
    qsizetype runs = std::numeric_limits<qsizetype>::max();
    double worst = 0.0;
    for (const Summary &s : sides) {
        runs = std::min(runs, s.n);
        worst = std::max(worst, relativeHalfWidth(s));
    }
    return shouldStop(rule, runs, worst, elapsed);
}

} // namespace fc
