#pragma once

#include "model/comparison.h"
#include "model/health.h"
#include "stats/comparisonstats.h"

#include <QJsonObject>
#include <array>

namespace fc {

/// The statistics of a comparison, derived from its run records (never stored as the truth:
/// a document read back is analysed again from its runs).
struct Analysis
{
    /// Wall time, CPU time, peak memory, in the order of fc::Metric.
    std::array<MetricComparison, 3> metrics;
    /// The headline: the wall-time verdict, or "failed" with the failing side's reason.
    Verdict verdict;
    /// How the runs were measured, said beside the verdict (model/health.h).
    QList<HealthWarning> health;

    const MetricComparison &metric(Metric m) const { return metrics[size_t(m)]; }
};

Analysis analyze(const Comparison &comparison);

/// comparisonToJson() plus the statistics: per side `summary`, top-level `comparison`,
/// `verdict` and `health` (its warnings). This is the document written to files, history and the
/// backend.
QJsonObject comparisonDocument(const Comparison &comparison);
QJsonObject comparisonDocument(const Comparison &comparison, const Analysis &analysis);

} // namespace fc
