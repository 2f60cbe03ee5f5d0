#pragma once

#include <QString>

class QChart;

namespace fc {
struct Comparison;
}

namespace fc::ui {

class RunTraces;

/// Which sampled quantity a time-series chart shows.
enum class TraceQuantity
{
    Cpu,
    Memory
};

/// The index (RunRecord::index) of the counted run whose wall time is closest to the side's
/// median; -1 when the side has no counted run.
int medianRunIndex(const fc::Comparison &comparison, int side);

/// CPU % or memory over time of each side's median run, from the live samples.
QChart *createTimeSeriesChart(TraceQuantity quantity, const fc::Comparison &comparison,
                              const RunTraces &traces);

} // namespace fc::ui
