#include "stats/mannwhitney.h"

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace fc {

namespace stats {

double mannWhitneyExactSf(double u, qsizetype m, qsizetype n)
{
    if (m < 0 || n < 0)
        return std::numeric_limits<double>::quiet_NaN();
    const auto mn = static_cast<double>(m) * static_cast<double>(n);
    if (u <= 0.0)
        return 1.0;
    if (u > mn)
        return 0.0;
    // dist[j][k] = P(U = k) for i values of A and j of B. The largest of the i + j values is
    // from A with probability i / (i + j), adding j to U, otherwise from B, adding nothing.
    std::vector<std::vector<double>> previous(static_cast<size_t>(n) + 1, std::vector<double>{1.0});
    std::vector<std::vector<double>> current(static_cast<size_t>(n) + 1);
    for (qsizetype i = 1; i <= m; ++i) {
        current[0] = {1.0};
        for (qsizetype j = 1; j <= n; ++j) {
            auto &dist = current[static_cast<size_t>(j)];
            dist.assign(static_cast<size_t>(i * j + 1), 0.0);
            const double fromA = static_cast<double>(i) / static_cast<double>(i + j);
            const double fromB = 1.0 - fromA;
            const auto &withoutA = previous[static_cast<size_t>(j)];
            for (size_t k = 0; k < withoutA.size(); ++k)
                dist[k + static_cast<size_t>(j)] += fromA * withoutA[k];
            const auto &withoutB = current[static_cast<size_t>(j - 1)];
            for (size_t k = 0; k < withoutB.size(); ++k)
                dist[k] += fromB * withoutB[k];
        }
        std::swap(previous, current);
    }
    const auto &dist = previous[static_cast<size_t>(n)];
    // Sum the upper tail from its small end up, for accuracy with tiny p.
    double sf = 0.0;
    const auto first = static_cast<size_t>(std::ceil(u));
    for (size_t k = dist.size(); k-- > first;)
        sf += dist[k];
    return std::min(sf, 1.0);
}

} // namespace stats

namespace {

QList<double> finiteValues(const QList<double> &values)
{
    QList<double> out;
    out.reserve(values.size());
    for (double x : values) {
        if (std::isfinite(x))
            out.append(x);
    }
    return out;
}

} // namespace

MannWhitney mannWhitney(const QList<double> &a, const QList<double> &b)
{
    MannWhitney t;
    const QList<double> va = finiteValues(a);
    const QList<double> vb = finiteValues(b);
    t.nA = va.size();
    t.nB = vb.size();
    if (t.nA < MannWhitney::minRunsPerSide || t.nB < MannWhitney::minRunsPerSide)
        return t;

    // Midranks of the pooled sample; tie groups give the variance correction sum(t^3 - t).
    struct Entry
    {
        double value;
        bool fromA;
    };
    std::vector<Entry> pooled;
    pooled.reserve(static_cast<size_t>(t.nA + t.nB));
    for (double x : va)
        pooled.push_back({x, true});
    for (double x : vb)
        pooled.push_back({x, false});
    std::sort(pooled.begin(), pooled.end(),
              [](const Entry &l, const Entry &r) { return l.value < r.value; });
    double rankSumA = 0.0;
    double tieTerm = 0.0;
    for (size_t start = 0; start < pooled.size();) {
        size_t end = start + 1;
        while (end < pooled.size() && pooled[end].value == pooled[start].value)
            ++end;
        const auto count = static_cast<double>(end - start);
        const double midrank = (static_cast<double>(start + 1) + static_cast<double>(end)) / 2.0;
        for (size_t k = start; k < end; ++k) {
            if (pooled[k].fromA)
                rankSumA += midrank;
        }
        tieTerm += count * count * count - count;
        start = end;
    }
    t.ties = tieTerm > 0.0;

    const auto n1 = static_cast<double>(t.nA);
    const auto n2 = static_cast<double>(t.nB);
    t.uA = rankSumA - n1 * (n1 + 1.0) / 2.0;
    t.uB = n1 * n2 - t.uA;
    const double u = std::max(t.uA, t.uB); // two-sided: double the upper tail of the larger U

    if (!t.ties && t.nA * t.nB <= MannWhitney::exactLimit) {
        t.method = MannWhitney::Method::Exact;
        t.p = std::min(1.0, 2.0 * stats::mannWhitneyExactSf(u, t.nA, t.nB));
        return t;
    }

    t.method = MannWhitney::Method::Asymptotic;
    const double n = n1 + n2;
    const double sigma = std::sqrt(n1 * n2 / 12.0 * ((n + 1.0) - tieTerm / (n * (n - 1.0))));
    if (!(sigma > 0.0)) { // every value is the same: no evidence of any difference
        t.p = 1.0;
        return t;
    }
    // The continuity correction moves U half a step towards the mean, i.e. always subtract
    // since u >= the mean.
    t.z = (u - n1 * n2 / 2.0 - 0.5) / sigma;
    t.p = std::clamp(std::erfc(t.z / std::sqrt(2.0)), 0.0, 1.0); // 2 * normal sf(z)
    return t;
}

} // namespace fc
