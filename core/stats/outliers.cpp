#include "stats/outliers.h"

#include <cmath>

namespace fc::stats {

QList<double> modifiedZScores(const QList<double> &values, double median, double mad)
{
    QList<double> scores;
    scores.reserve(values.size());
    if (values.isEmpty())
        return scores;
    // Iglewicz & Hoaglin's constant: 0.6745 ~ the 75th percentile of N(0, 1), so that
    // MAD / 0.6745 estimates sigma for normal data.
    double scale = mad / 0.6745;
    if (!(scale > 0.0)) {
        double sum = 0.0;
        for (double x : values)
            sum += std::abs(x - median);
        // 1.253314 ~ sqrt(pi / 2): MeanAD * 1.253314 estimates sigma for normal data.
        scale = 1.253314 * (sum / static_cast<double>(values.size()));
    }
    for (double x : values)
        scores.append(scale > 0.0 ? (x - median) / scale : 0.0);
    return scores;
}

QList<qsizetype> outlierIndices(const QList<double> &values, double median, double mad)
{
    QList<qsizetype> indices;
    const QList<double> scores = modifiedZScores(values, median, mad);
    for (qsizetype i = 0; i < scores.size(); ++i) {
        if (std::abs(scores[i]) > kOutlierThreshold)
            indices.append(i);
    }
    return indices;
}

} // namespace fc::stats
