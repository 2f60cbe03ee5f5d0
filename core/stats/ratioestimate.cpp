#include "stats/ratioestimate.h"

#include "stats/quantile.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace fc {

namespace {

QList<double> finiteSorted(const QList<double> &values)
{
    QList<double> out;
    out.reserve(values.size());
    for (double x : values) {
        if (std::isfinite(x))
            out.append(x);
    }
    std::sort(out.begin(), out.end());
    return out;
}

// Median of one bootstrap resample of `source`, drawn into `scratch`.
double resampleMedian(const QList<double> &source, std::vector<double> &scratch,
                      std::mt19937_64 &engine)
{
    const auto n = static_cast<quint64>(source.size());
    scratch.resize(source.size());
    for (double &x : scratch)
        x = source[static_cast<qsizetype>(stats::boundedIndex(engine, n))];
    const auto mid = scratch.begin() + static_cast<std::ptrdiff_t>(n / 2);
    std::nth_element(scratch.begin(), mid, scratch.end());
    if (n % 2 == 1)
        return *mid;
    const double below = *std::max_element(scratch.begin(), mid);
    return stats::midpoint(below, *mid);
}

// The ratio of two medians, with the limits a replicate can reach when a resampled median of A
// is 0 (data with zeros): +inf sorts after every finite ratio instead of poisoning the sort as
// NaN would.
double medianRatio(double medianA, double medianB)
{
    if (medianA > 0.0)
        return medianB / medianA;
    return medianB > 0.0 ? std::numeric_limits<double>::infinity() : 1.0;
}

} // namespace

RatioEstimate estimateRatio(const QList<double> &a, const QList<double> &b,
                            const BootstrapOptions &options)
{
    RatioEstimate estimate;
    const QList<double> sa = finiteSorted(a);
    const QList<double> sb = finiteSorted(b);
    if (sa.isEmpty() || sb.isEmpty())
        return estimate;
    const double medianA = stats::sortedMedian(sa);
    const double medianB = stats::sortedMedian(sb);
    if (!(medianA > 0.0) || !(medianB > 0.0))
        return estimate; // a ratio of a zero or negative median says nothing about "times faster"
    estimate.ratio = medianB / medianA;

    if (sa.size() < 2 || sb.size() < 2 || options.resamples < 2 ||
        !(options.level > 0.0 && options.level < 1.0))
        return estimate;
    estimate.resamples = options.resamples;
    estimate.seed = options.seed;

    std::mt19937_64 engine(options.seed);
    std::vector<double> scratch;
    QList<double> replicates;
    replicates.reserve(options.resamples);
    for (int r = 0; r < options.resamples; ++r) {
        const double ma = resampleMedian(sa, scratch, engine);
        const double mb = resampleMedian(sb, scratch, engine);
        replicates.append(medianRatio(ma, mb));
    }
    std::sort(replicates.begin(), replicates.end());
    const double tail = (1.0 - options.level) / 2.0;
    estimate.ci.lower = stats::sortedQuantile(replicates, tail);
    estimate.ci.upper = stats::sortedQuantile(replicates, 1.0 - tail);
    estimate.ci.level = options.level;
    return estimate;
}

} // namespace fc
