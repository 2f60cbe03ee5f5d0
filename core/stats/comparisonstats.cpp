#include "stats/comparisonstats.h"

namespace fc {

MetricComparison compareMetric(const QList<double> &a, const QList<double> &b, Metric metric,
                               const BootstrapOptions &bootstrap, double threshold)
{
    MetricComparison c;
    c.metric = metric;
    c.a = summarize(a);
    c.b = summarize(b);
    c.test = mannWhitney(a, b);
    // The bootstrap is the only costly part; without a test there is no verdict it could change.
    if (c.test.isValid()) {
        c.ratio = estimateRatio(a, b, bootstrap);
    } else {
        BootstrapOptions none = bootstrap;
        none.resamples = 0;
        c.ratio = estimateRatio(a, b, none);
    }
    c.verdict = Verdict::decide(metric, c.ratio, c.test, threshold);
    return c;
}

} // namespace fc
