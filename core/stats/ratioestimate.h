#pragma once

#include "stats/interval.h"
#include "stats/sideid.h"

#include <QList>
#include <cmath>
#include <limits>

namespace fc {

/// How the ratio's bootstrap runs. The defaults are what every comparison uses, so that the
/// same measurements always give the same interval.
struct BootstrapOptions
{
    static constexpr quint64 defaultSeed = 0x5eedfa57c0de2024ULL;

    int resamples = 10000;
    quint64 seed = defaultSeed;
    double level = 0.95;
};

/// The ratio of medians B / A (< 1: B is lower, i.e. faster or smaller) with a percentile
/// bootstrap confidence interval.
struct RatioEstimate
{
    double ratio = std::numeric_limits<double>::quiet_NaN();
    ConfidenceInterval ci; ///< invalid when a side has fewer than 2 values or the ratio is invalid
    int resamples = 0;
    quint64 seed = 0;

    /// False when a side is empty or a median is not positive (no meaningful ratio).
    bool isValid() const { return std::isfinite(ratio); }
    /// The side with the lower median by the point estimate alone (None when equal or invalid).
    /// Whether that is a finding is the verdict's business, not this.
    SideId lowerSide() const
    {
        if (!isValid() || ratio == 1.0)
            return SideId::None;
        return ratio < 1.0 ? SideId::B : SideId::A;
    }
};

/// Resamples A and B independently with replacement, `resamples` times, from one
/// std::mt19937_64 seeded with `options.seed` (for each replicate, nA indices into A's sorted
/// values, then nB into B's),
/// and takes the type-7 quantiles (1 ± level) / 2 of the replicate ratios. Bit-for-bit the same
/// indices on every platform: the generator is fully specified by the C++ standard and the
/// mapping to an index is ours (rejection sampling), not std::uniform_int_distribution's.
/// Non-finite values are left out, as in summarize().
RatioEstimate estimateRatio(const QList<double> &a, const QList<double> &b,
                            const BootstrapOptions &options = {});

namespace stats {
/// Uniform integer in [0, bound) from the generator's 64-bit output, by rejection sampling
/// (Lemire 2019, "Fast random integer generation in an interval", the unbiased modulo form).
/// `next` is called until an unbiased draw arrives; bound must be > 0.
template<typename Generator> quint64 boundedIndex(Generator &next, quint64 bound)
{
    const quint64 threshold = (quint64(0) - bound) % bound; // 2^64 mod bound
    for (;;) {
        const quint64 x = next();
        if (x >= threshold)
            return x % bound;
    }
}
} // namespace stats

} // namespace fc
