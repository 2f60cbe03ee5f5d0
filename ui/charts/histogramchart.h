#pragma once

#include <QList>

class QChart;

namespace fc {
struct Comparison;
}

namespace fc::ui {

/// Bin edges for a histogram of values: about √n bins (5 to 30) over their range, spaced on a
/// log scale when `logScale` (for sides that differ by an order of magnitude or more).
QList<double> histogramEdges(const QList<double> &values, bool logScale);
/// How many values fall in each bin (the last bin includes its upper edge).
QList<int> histogramCounts(const QList<double> &values, const QList<double> &edges);

/// Histogram of the counted runs' wall times, A and B overlaid as translucent steps.
QChart *createHistogramChart(const fc::Comparison &comparison);

} // namespace fc::ui
