#pragma once

#include <QList>

namespace fc::stats {

/// The median of two values, lower <= upper, computed as sortedMedian() does for an even count.
double midpoint(double lower, double upper);

/// Median of values sorted ascending; the mean of the two middle values for an even count.
/// NaN for an empty list.
double sortedMedian(const QList<double> &sorted);

/// Quantile p in [0, 1] of values sorted ascending, by linear interpolation between order
/// statistics at h = (n - 1) p: Hyndman & Fan type 7, R's default, numpy's default "linear".
/// NaN for an empty list.
double sortedQuantile(const QList<double> &sorted, double p);

} // namespace fc::stats
