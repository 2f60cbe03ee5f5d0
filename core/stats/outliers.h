#pragma once

#include <QList>

namespace fc::stats {

/// |modified z| above this marks an outlier (Iglewicz & Hoaglin 1993).
inline constexpr double kOutlierThreshold = 3.5;

/// Modified z-scores 0.6745 (x - median) / MAD (Iglewicz & Hoaglin, "How to Detect and Handle
/// Outliers", 1993). When MAD is 0 (more than half the values are equal) the score falls back
/// to (x - median) / (1.253314 MeanAD), MeanAD = mean |x - median|, as IBM Cognos Analytics does;
/// when that is 0 too, every value equals the median and all scores are 0.
QList<double> modifiedZScores(const QList<double> &values, double median, double mad);

/// Indices (into `values`) whose |modified z| exceeds kOutlierThreshold. Outliers are flagged for
/// the reader, never removed from any figure.
QList<qsizetype> outlierIndices(const QList<double> &values, double median, double mad);

} // namespace fc::stats
