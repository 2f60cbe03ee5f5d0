#pragma once

#include <cmath>
#include <limits>

namespace fc {

/// A two-sided confidence interval. `level` is the coverage the method guarantees, which for
/// order-statistic intervals is at least, not exactly, the nominal level (see docs/statistics.md).
struct ConfidenceInterval
{
    double lower = std::numeric_limits<double>::quiet_NaN();
    double upper = std::numeric_limits<double>::quiet_NaN();
    double level = std::numeric_limits<double>::quiet_NaN();

    /// False when there were too few values to reach the nominal level; lower/upper are NaN then.
    bool isValid() const { return !std::isnan(lower) && !std::isnan(upper); }
    bool contains(double x) const { return isValid() && lower <= x && x <= upper; }
};

} // namespace fc
