#include "stats/medianci.h"

#include <cmath>

namespace fc::stats {

MedianCiRanks medianCiRanks(qsizetype n, double level)
{
    MedianCiRanks ranks;
    if (n <= 0 || !(level > 0.0 && level < 1.0))
        return ranks;
    const double tail = (1.0 - level) / 2.0;
    // Walk the Binomial(n, 1/2) CDF in log space: 2^-n underflows doubles beyond n ~ 1070,
    // and adaptive runs may go well past that.
    const double dn = static_cast<double>(n);
    double logPmf = -dn * std::log(2.0); // log P(B = 0)
    double cdf = 0.0;                    // P(B <= k - 1) before step k
    for (qsizetype k = 0; k <= n / 2; ++k) {
        const double next = cdf + std::exp(logPmf);
        if (next >= tail) { // k = qbinom(tail, n, 1/2)
            if (k == 0)
                return ranks; // even [min, max] covers less than `level`
            ranks.lower = k;
            ranks.upper = n + 1 - k;
            ranks.coverage = 1.0 - 2.0 * cdf;
            return ranks;
        }
        cdf = next;
        const double dk = static_cast<double>(k);
        logPmf += std::log((dn - dk) / (dk + 1.0));
    }
    return ranks; // unreachable for level > 0: P(B <= n/2) >= 1/2
}

ConfidenceInterval sortedMedianCi(const QList<double> &sorted, double level)
{
    ConfidenceInterval ci;
    const MedianCiRanks ranks = medianCiRanks(sorted.size(), level);
    if (!ranks.isValid())
        return ci;
    ci.lower = sorted[ranks.lower - 1];
    ci.upper = sorted[ranks.upper - 1];
    ci.level = ranks.coverage;
    return ci;
}

} // namespace fc::stats
