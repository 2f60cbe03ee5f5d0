#pragma once

#include "stats/interval.h"

#include <QList>
#include <limits>

namespace fc {

/// Descriptive statistics of one side's measurements of one metric. Every figure is NaN when it
/// is undefined for the sample (n = 0; the standard deviation for n = 1; the median's CI for
/// n < 6). docs/statistics.md defines each figure.
struct Summary
{
    static constexpr double nan = std::numeric_limits<double>::quiet_NaN();

    qsizetype n = 0;         ///< finite values summarised
    qsizetype nonFinite = 0; ///< NaN/inf values in the input, left out of every figure
    double mean = nan;
    double median = nan;
    double stddev = nan;    ///< sample standard deviation (divisor n - 1)
    double mad = nan;       ///< raw median absolute deviation, median |x - median|
    double madScaled = nan; ///< MAD / Φ⁻¹(3/4) ≈ 1.4826 MAD, estimates σ for normal data
    double min = nan;
    double max = nan;
    double p5 = nan;             ///< 5th percentile (linear interpolation, numpy/R type 7)
    double p95 = nan;            ///< 95th percentile (same definition)
    ConfidenceInterval medianCi; ///< distribution-free 95% CI of the median (order statistics)
    QList<qsizetype> outliers;   ///< indices into the input with |modified z| > 3.5, never dropped

    bool isEmpty() const { return n == 0; }
    bool isOutlier(qsizetype index) const { return outliers.contains(index); }
};

/// Summarises `values` (e.g. the wall times of one side's counted runs, in run order).
Summary summarize(const QList<double> &values);

} // namespace fc
