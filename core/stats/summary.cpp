#include "stats/summary.h"

#include "stats/medianci.h"
#include "stats/outliers.h"
#include "stats/quantile.h"

#include <algorithm>
#include <cmath>

namespace fc {

namespace {

// 1 / Φ⁻¹(3/4), the factor scipy.stats.median_abs_deviation(scale='normal') applies.
constexpr double kNormalMadFactor = 1.0 / 0.67448975019608171;

} // namespace

Summary summarize(const QList<double> &values)
{
    Summary s;
    QList<double> finite;
    QList<qsizetype> originalIndex; // outlier indices must point into the caller's list
    finite.reserve(values.size());
    originalIndex.reserve(values.size());
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (std::isfinite(values[i])) {
            finite.append(values[i]);
            originalIndex.append(i);
        } else {
            ++s.nonFinite;
        }
    }
    s.n = finite.size();
    if (s.n == 0)
        return s;

    QList<double> sorted = finite;
    std::sort(sorted.begin(), sorted.end());
    s.min = sorted.first();
    s.max = sorted.last();
    s.median = stats::sortedMedian(sorted);
    s.p5 = stats::sortedQuantile(sorted, 0.05);
    s.p95 = stats::sortedQuantile(sorted, 0.95);

    // Two passes (mean, then squared deviations) rather than a running sum of squares, which
    // loses every digit when the spread is small next to the mean, as with timings.
    double sum = 0.0;
    for (double x : sorted)
        sum += x;
    s.mean = sum / static_cast<double>(s.n);
    if (s.n > 1) {
        double squares = 0.0;
        for (double x : sorted)
            squares += (x - s.mean) * (x - s.mean);
        s.stddev = std::sqrt(squares / static_cast<double>(s.n - 1));
    }

    QList<double> deviations;
    deviations.reserve(s.n);
    for (double x : sorted)
        deviations.append(std::abs(x - s.median));
    std::sort(deviations.begin(), deviations.end());
    s.mad = stats::sortedMedian(deviations);
    s.madScaled = s.mad * kNormalMadFactor;

    s.medianCi = stats::sortedMedianCi(sorted, 0.95);

    for (qsizetype i : stats::outlierIndices(finite, s.median, s.mad))
        s.outliers.append(originalIndex[i]);
    return s;
}

} // namespace fc
