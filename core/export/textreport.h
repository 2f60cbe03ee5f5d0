#pragma once

#include "model/analysis.h"

namespace fc {

/// The command line's human-readable report: per side median with its CI, mean ± σ, min–max,
/// CPU, peak memory, compile time, failures with their reason; then the verdict.
QString comparisonToText(const Comparison &comparison, const Analysis &analysis);

} // namespace fc
