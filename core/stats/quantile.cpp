#include "stats/quantile.h"

#include <cmath>
#include <limits>

namespace fc::stats {

namespace {

// numpy's _lerp: the two-sided form keeps the result exact at t = 0 and t = 1 and monotone.
// Written with explicit fused multiply-adds: compilers may or may not contract a + d * t into
// one depending on the target (aarch64, Apple clang), and the bootstrap's bounds are promised
// to be the same bits everywhere.
double lerp(double a, double b, double t)
{
    if (a == b) // also keeps inf == inf from becoming NaN in bootstrap replicates
        return a;
    const double diff = b - a;
    return t >= 0.5 ? std::fma(-diff, 1.0 - t, b) : std::fma(diff, t, a);
}

} // namespace

double midpoint(double lower, double upper)
{
    return lerp(lower, upper, 0.5);
}

double sortedMedian(const QList<double> &sorted)
{
    const qsizetype n = sorted.size();
    if (n == 0)
        return std::numeric_limits<double>::quiet_NaN();
    const qsizetype mid = n / 2;
    if (n % 2 == 1)
        return sorted[mid];
    return midpoint(sorted[mid - 1], sorted[mid]);
}

double sortedQuantile(const QList<double> &sorted, double p)
{
    const qsizetype n = sorted.size();
    if (n == 0 || !(p >= 0.0 && p <= 1.0))
        return std::numeric_limits<double>::quiet_NaN();
    const double h = static_cast<double>(n - 1) * p;
    const double lowerIndex = std::floor(h);
    const auto lo = static_cast<qsizetype>(lowerIndex);
    if (lo >= n - 1)
        return sorted[n - 1];
    return lerp(sorted[lo], sorted[lo + 1], h - lowerIndex);
}

} // namespace fc::stats
