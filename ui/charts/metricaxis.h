#pragma once

#include "stats/metric.h"

#include <QString>

namespace fc::ui {

/// How a metric is drawn on an axis: times in ms, memory in MiB (the data holds KiB).
struct MetricAxis
{
    QString title; ///< with the unit, e.g. "wall time (ms)"
    double scale;  ///< multiply a stored value by this to get the axis value
};

MetricAxis metricAxis(fc::Metric metric);
/// "Wall time", "CPU time", "Peak memory".
QString metricTitle(fc::Metric metric);
/// "wall-time", "cpu-time", "peak-memory" (file names).
QString metricSlug(fc::Metric metric);

} // namespace fc::ui
