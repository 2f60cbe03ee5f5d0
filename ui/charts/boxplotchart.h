#pragma once

#include "stats/metric.h"

class QChart;

namespace fc {
struct Comparison;
}

namespace fc::ui {

/// A box plot of one metric, A and B side by side: the box spans the quartiles, the line is the
/// median, the whiskers reach the minimum and maximum (outliers are not hidden).
QChart *createBoxPlotChart(fc::Metric metric, const fc::Comparison &comparison);

} // namespace fc::ui
