#pragma once

#include <QList>
#include <limits>

namespace fc {

/// Two-sided Mann–Whitney U test (Wilcoxon rank-sum) of A against B, computed as
/// scipy.stats.mannwhitneyu(a, b, alternative='two-sided') does with method='exact' or
/// method='asymptotic' (continuity correction on); see docs/statistics.md.
struct MannWhitney
{
    static constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    static constexpr qsizetype minRunsPerSide = 4;
    /// The exact null distribution is used when there are no ties and nA·nB is at most this
    /// (e.g. 50 runs per side); its cost grows with (nA·nB)².
    static constexpr qsizetype exactLimit = 2500;

    enum class Method
    {
        None,       ///< not enough runs: fewer than minRunsPerSide on a side, no p-value
        Exact,      ///< exact permutation distribution of U (no ties)
        Asymptotic, ///< normal approximation, tie-corrected variance, continuity correction
    };

    Method method = Method::None;
    qsizetype nA = 0;
    qsizetype nB = 0;
    double uA = nan; ///< U of A: pairs with a > b, plus half the tied pairs (scipy's statistic)
    double uB = nan; ///< nA·nB - uA
    double z = nan;  ///< standardised statistic (asymptotic method only)
    double p = nan;  ///< two-sided p-value, in [0, 1]
    bool ties = false;

    bool isValid() const { return method != Method::None; }
};

/// Runs the test; non-finite values are left out, as in summarize().
MannWhitney mannWhitney(const QList<double> &a, const QList<double> &b);

namespace stats {
/// P(U >= u) under the null hypothesis for sample sizes m and n without ties, from the exact
/// distribution of U (the recursion of Mann & Whitney 1947, in probabilities).
double mannWhitneyExactSf(double u, qsizetype m, qsizetype n);
} // namespace stats

} // namespace fc
