#pragma once

#include "stats/metric.h"

#include <QString>

namespace fc {

/// A value of a metric with its unit and 3 significant digits: "812 ms", "2.31 s", "35.2 MiB".
/// Time is in ms and memory in KiB, as in the comparison's records.
QString formatMetric(Metric metric, double value);
/// Milliseconds as "812 ms" / "2.31 s" / "412 µs".
QString formatMs(double ms);
/// KiB as "35.2 MiB" / "812 KiB" / "1.20 GiB".
QString formatKiB(double kib);
/// A metric's name for people: "Wall time", "CPU time", "Peak memory".
QString metricName(Metric metric);

} // namespace fc
