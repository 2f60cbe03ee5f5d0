#pragma once

#include "stats/interval.h"

#include <QList>

namespace fc::stats {

/// The order statistics that bound a distribution-free confidence interval for the median.
struct MedianCiRanks
{
    qsizetype lower = 0; ///< 1-based rank of the lower bound; 0 when no interval reaches the level
    qsizetype upper = 0; ///< 1-based rank of the upper bound, n + 1 - lower
    double coverage = 0; ///< exact coverage 1 - 2 P(B <= lower - 1), B ~ Binomial(n, 1/2)

    bool isValid() const { return lower > 0; }
};

/// Ranks of the narrowest symmetric order-statistic interval [X(k), X(n+1-k)] whose coverage
/// is at least `level`: k = qbinom((1 - level) / 2, n, 1/2), as in Conover, "Practical
/// Nonparametric Statistics", 3rd ed., §3.2. Invalid for n < 6 at the 95% level.
MedianCiRanks medianCiRanks(qsizetype n, double level = 0.95);

/// That interval for values sorted ascending.
ConfidenceInterval sortedMedianCi(const QList<double> &sorted, double level = 0.95);

} // namespace fc::stats
