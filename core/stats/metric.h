#pragma once

namespace fc {

/// What was measured; all three are "lower is better", which the verdict's wording relies on.
enum class Metric
{
    WallTime,
    CpuTime,
    PeakMemory,
};

} // namespace fc
