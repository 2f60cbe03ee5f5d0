#pragma once

#include "stats/mannwhitney.h"
#include "stats/metric.h"
#include "stats/ratioestimate.h"
#include "stats/summary.h"
#include "stats/verdict.h"

#include <QList>

namespace fc {

/// Everything the statistics say about one metric of one comparison.
struct MetricComparison
{
    Metric metric = Metric::WallTime;
    Summary a;
    Summary b;
    RatioEstimate ratio; ///< median(B) / median(A) with its bootstrap CI
    MannWhitney test;
    Verdict verdict;
};

/// Summarises both sides, estimates the ratio, runs the test and decides with the practical
/// threshold `threshold` (a fraction, see Verdict::decide), e.g.
/// compareMetric(wallMsA, wallMsB).verdict.sentence(). Deterministic: the same values (in the
/// same order) give the same result, bootstrap included.
MetricComparison compareMetric(const QList<double> &a, const QList<double> &b,
                               Metric metric = Metric::WallTime,
                               const BootstrapOptions &bootstrap = {},
                               double threshold = Verdict::defaultThreshold);

} // namespace fc
